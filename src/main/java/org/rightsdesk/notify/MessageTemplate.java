package org.rightsdesk.notify;

/**
 * The messages we send requesters, consultees and staff. Each has an HTML and a plain-text Thymeleaf template under
 * templates/mail/ and is sent at most once per case (the outbox enforces it).
 */
public enum MessageTemplate {
  ACKNOWLEDGEMENT("acknowledgement", "Your request %s has been received"),
  TRIAGE_NOTICE("triage-notice", "Your request %s: how we are handling it"),
  RESPONSE("response", "Our response to your request %s"),
  CLARIFICATION_REQUEST("clarification", "Your request %s: please tell us more"),
  CLARIFICATION_REMINDER("clarification", "Reminder: your request %s is waiting for your answer"),
  CLARIFICATION_LAPSED("clarification", "Your request %s has been closed"),
  IDENTITY_REQUEST("identity", "Your request %s: please confirm who you are"),
  IDENTITY_REMINDER("identity", "Reminder: your request %s is waiting for proof of identity"),
  IDENTITY_LAPSED("identity", "Your request %s has been closed"),
  IDENTITY_NOT_CONFIRMED("identity", "Your request %s: we could not confirm your identity"),
  CHILD_REFUSED("identity", "Your request %s"),
  COST_LIMIT_REFUSAL("fee", "Your request %s: refused because of the cost of answering it"),
  FEE_NOTICE("fee", "Your request %s: fees notice"),
  FEE_REMINDER("fee", "Reminder: your request %s is waiting for payment"),
  FEE_LAPSED("fee", "Your request %s has been closed"),
  FEE_DECLINED("fee", "Your request %s has been withdrawn"),
  PUBLIC_INTEREST_EXTENSION("public-interest-extension", "Your request %s: we need more time to consider the public interest"),
  CONSULTATION_REQUEST("consultation", "Request %s: your view before we disclose information"),
  CONSULTATION_REMINDER("consultation", "Reminder: request %s is waiting for your view"),
  DOWNLOAD_LINK("download-link", "Your request %s: a new link to download the information"),
  PROOF_OF_DELIVERY_REMINDER("proof-reminder", "Case %s: no proof of delivery yet"),
  DEADLINE_REMINDER("deadline-reminder", "Case %s is due soon"),
  OVERDUE_ALERT("overdue-alert", "Case %s is overdue");

  private final String templateName;
  private final String subjectPattern;

  MessageTemplate(String templateName, String subjectPattern) {
    this.templateName = templateName;
    this.subjectPattern = subjectPattern;
  }

  String templateName() {
    return templateName;
  }

  /** Subjects carry the reference only: mail subjects travel through many logs. */
  String subject(String caseReference) {
    return subjectPattern.formatted(caseReference);
  }
}
