package org.rightsdesk.request;

import java.util.Set;

/** What the caseworker decided at triage. */
public record TriageDecision(
    RequestType regime,
    Boolean validRequest,
    String validityNote,
    SubjectType subjectType,
    String school,
    Set<RequestType> splitInto,
    String clarificationQuestion) {

  /** The request is unclear: the requester is asked, and triage comes back with the answer. */
  public boolean needsClarification() {
    return clarificationQuestion != null;
  }

  /** Business as usual, or not a valid request: the requester is told and the case closes. */
  public boolean closesAtTriage() {
    return !needsClarification()
        && (regime == RequestType.BUSINESS_AS_USUAL || !Boolean.TRUE.equals(validRequest));
  }
}
