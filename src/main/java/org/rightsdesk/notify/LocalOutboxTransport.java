package org.rightsdesk.notify;

/**
 * The embedded default when no SMTP server is configured: nothing leaves the machine, and staff read
 * what requesters would have received at /staff/outbox.
 */
class LocalOutboxTransport implements MailTransport {

  @Override
  public OutboxStatus deliver(OutboxMessage message, java.util.List<Attachment> attachments) {
    return OutboxStatus.KEPT_LOCAL;
  }
}
