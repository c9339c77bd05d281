package org.rightsdesk.portal;

/** What became of a requester's answer once it reached the case's process. */
public enum AnswerOutcome {
  /** The waiting process instance received the answer. */
  ACCEPTED,
  /** The same answer had already been received; nothing changed. */
  ALREADY_ANSWERED,
  /** The case is not waiting for this answer any more (it moved on or closed). */
  NOT_WAITING
}
