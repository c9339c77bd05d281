package org.rightsdesk.request;

/** What triage decides a request is; a mixed letter is split into one case per type. */
public enum RequestType {
  SAR("Subject access request"),
  FOI("Freedom of Information request"),
  EIR("Environmental Information Regulations request"),
  BUSINESS_AS_USUAL("Not an information request (business as usual)");

  private final String label;

  RequestType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
