package org.rightsdesk.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server configured with the standard spring.mail.* properties. */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;
  private final String from;

  SmtpMailTransport(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public OutboxStatus deliver(OutboxMessage message, List<Attachment> attachments) {
    try {
      MimeMessage mime = new FixedIdMimeMessage(sender.createMimeMessage().getSession(), message.messageId());
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
      helper.setFrom(new InternetAddress(from));
      helper.setTo(new InternetAddress(message.recipient(), true));
      helper.setSubject(message.subject());
      helper.setText(message.bodyText(), message.bodyHtml());
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
      sender.send(mime);
      return OutboxStatus.SENT;
    } catch (MessagingException e) {
      throw new MailDeliveryException("The message could not be built: " + e.getClass().getSimpleName());
    }
  }

  /** JavaMail replaces Message-ID on every save; a retried message must keep the one we stored. */
  private static final class FixedIdMimeMessage extends MimeMessage {
    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
