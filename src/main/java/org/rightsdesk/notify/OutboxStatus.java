package org.rightsdesk.notify;

/** Where an outbox message stands. */
public enum OutboxStatus {
  /** Written, not yet handed to a mail server; the sending job retries until it is. */
  PENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** No mail server is configured (the embedded default): kept for staff to read at /staff/outbox. */
  KEPT_LOCAL,
  /** A letter: waiting for staff to print and post it. */
  PRINT_READY
}
