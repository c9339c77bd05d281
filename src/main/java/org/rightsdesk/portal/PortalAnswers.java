package org.rightsdesk.portal;

import java.util.List;

/**
 * The phases behind the requester's links. Implemented by the process side: each answer correlates a
 * message to the case's waiting process instance. The portal calls an answer inside the transaction
 * that marks the link used, so an exception leaves the link open and nothing changed; an answer that
 * arrives twice must return {@link AnswerOutcome#ALREADY_ANSWERED} and change nothing.
 */
public interface PortalAnswers {

  /** The case as the requester may see it for this purpose, or null if nothing is awaited from them. */
  PortalCaseView view(String caseReference, PortalPurpose purpose);

  AnswerOutcome answerClarification(String caseReference, String answer);

  /** The files have passed {@link UploadInspector}; keep them with {@code identity.EvidenceStore}. */
  AnswerOutcome submitEvidence(String caseReference, List<UploadedFile> files);

  AnswerOutcome respondToFee(String caseReference, boolean accept);
}
