package org.zhifagongkai.api.complaint.filing;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.complaint.Complaint;

/**
 * The answer to a filing: the tracking number and access code of a stored complaint, or the route
 * to another channel and nothing stored. The access code is shown this once.
 */
public record Filing(
    @Nullable String trackingNumber,
    @Nullable String accessCode,
    @Nullable Complaint complaint,
    OtherChannels.@Nullable Redirect redirect) {

  static Filing redirected(OtherChannels.Redirect redirect) {
    return new Filing(null, null, null, redirect);
  }
}
