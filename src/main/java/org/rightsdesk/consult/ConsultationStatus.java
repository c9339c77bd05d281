package org.rightsdesk.consult;

/** Where a consultation stands. */
public enum ConsultationStatus {
  /** Added by the caseworker; the request goes when the collation step is done. */
  PLANNED,
  /** Sent, waiting for the reply. */
  REQUESTED,
  ANSWERED,
  /** No reply by the due date: the caseworker decides without it. */
  TIMED_OUT
}
