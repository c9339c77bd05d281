package org.rightsdesk.request;

import java.util.Set;

/** What the caseworker decided at triage. */
public record TriageDecision(
    RequestType regime,
    Boolean validRequest,
    String validityNote,
    SubjectType subjectType,
    String school,
    Set<RequestType> splitInto) {

  /** Business as usual, or not a valid request: the requester is told and the case closes. */
  public boolean closesAtTriage() {
    return regime == RequestType.BUSINESS_AS_USUAL || !Boolean.TRUE.equals(validRequest);
  }
}
