package org.zhifagongkai.api.complaint;

/**
 * Who reads a complaint. Every complaint the API answers carries its reader, and {@link
 * ComplaintVisibility} decides from it what of the complaint they see.
 */
public enum Viewer {
  /** The contact point or supervision body handling the order now. */
  HANDLER,
  /** A supervision body the order was sent or escalated to. */
  SUPERVISOR,
  /** The 12345 hotline, for the orders it holds a copy of. */
  HOTLINE,
  /** The enforcement body complained about: it sees who complained only if they agreed. */
  AGENCY,
  /**
   * A handler the order has left by the step it just took (an objection, a new category): it sees
   * the outcome of its step, no longer who complained.
   */
  FORMER_HANDLER,
  /** The enterprise that filed it, by its tracking number and access code. */
  FILER,
  /** Nobody yet: a complaint read but not given to a reader shows nothing. */
  NOBODY
}
