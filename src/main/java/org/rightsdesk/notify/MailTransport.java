package org.rightsdesk.notify;

/** Port: hands an email to whatever delivers mail in this deployment. */
public interface MailTransport {

  /**
   * Delivers the message, keeping its Message-ID so a re-send after a crash is recognisably the same
   * message. Throws when delivery failed; the caller's job retries.
   *
   * @param attachments files that go with it, in order; usually none
   * @return the status the message has once this transport accepted it
   */
  OutboxStatus deliver(OutboxMessage message, java.util.List<Attachment> attachments);
}
