package org.rightsdesk.notify;

/** A message could not be handed over; the sending job will retry it. */
public class MailDeliveryException extends RuntimeException {
  public MailDeliveryException(String message) {
    super(message);
  }
}
