package org.rightsdesk.portal;

/**
 * The consultations behind consultees' links, implemented by the consult side. Like {@link PortalAnswers},
 * a reply is handed over inside the transaction that marks the link used, and a second reply to the same
 * consultation changes nothing.
 */
public interface ConsulteeAnswers {

  /** What the consultee's page shows, or null if the consultation no longer waits for a reply. */
  ConsultationView consultation(String caseReference, String consultationId);

  /** The reply is one of the view's choices; reasons are required where that choice says so. */
  AnswerOutcome replyToConsultation(String caseReference, String consultationId, String reply, String reasons);
}
