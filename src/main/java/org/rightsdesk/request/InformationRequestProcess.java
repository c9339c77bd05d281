package org.rightsdesk.request;

/** Names shared between the InformationRequest BPMN, its forms and the code. */
public final class InformationRequestProcess {

  public static final String PROCESS_ID = "InformationRequest";

  /** Process variables: only what the flow needs; the case itself lives in our tables. */
  public static final String CASE_REFERENCE = "caseReference";
  public static final String REGIME = "regime";
  public static final String SUBJECT_TYPE = "subjectType";
  public static final String SCHOOL = "school";
  public static final String VALID_REQUEST = "validRequest";
  public static final String VALIDITY_NOTE = "validityNote";
  public static final String SPLIT_SAR = "splitSar";
  public static final String SPLIT_FOI = "splitFoi";
  public static final String SPLIT_EIR = "splitEir";
  public static final String SPLIT_REQUESTED = "splitRequested";
  public static final String RESPONSE_GROUP = "responseGroup";
  public static final String NEEDS_CLARIFICATION = "needsClarification";
  public static final String CLARIFICATION_QUESTION = "clarificationQuestion";
  public static final String CLARIFICATION_NEEDED = "clarificationNeeded";
  public static final String IDENTITY_CHECK_NEEDED = "identityCheckNeeded";
  public static final String OUTCOME = "outcome";
  public static final String RESPONSE_TEXT = "responseText";

  /** The team that validates every request first (seed 003 4.5.2: forwarded for validation). */
  public static final String TRIAGE_GROUP = "caseworkers";

  private InformationRequestProcess() {}
}
