package org.rightsdesk.request;

/** How a request ended; the categories managers report on. */
public enum Outcome {
  PROVIDED_IN_FULL("Information provided in full"),
  PROVIDED_IN_PART("Information provided in part"),
  NOT_HELD("Information not held"),
  REFUSED("Request refused"),
  WITHDRAWN("Request withdrawn"),
  LAPSED("Request lapsed: what we asked for did not arrive"),
  IDENTITY_NOT_CONFIRMED("Closed: identity or authority not confirmed"),
  HANDLED_AS_BUSINESS_AS_USUAL("Handled as business as usual"),
  NOT_VALID("Not a valid request");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
