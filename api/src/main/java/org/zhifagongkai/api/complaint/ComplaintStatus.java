package org.zhifagongkai.api.complaint;

/**
 * Where a complaint's work order stands. MERGED: a duplicate joined to an earlier order whose
 * progress it shows; filings no longer join orders, so only orders joined before have it.
 */
public enum ComplaintStatus {
  RECEIVED,
  DISPATCHED,
  ACCEPTED,
  REFUSED,
  IN_PROGRESS,
  EXTENSION_REQUESTED,
  ANSWERED,
  RATED,
  CLOSED,
  MERGED
}
