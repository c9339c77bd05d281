package org.rightsdesk.gate;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Emails (.eml). Other people's addresses in To and Cc are blocking: releasing them discloses who else was
 * told. An originating IP header is blocking too: an IP address tied to a person is personal data (ICO
 * guidance on online identifiers). The Received chain is advisory: it names mail servers, mostly the
 * organisation's own, and is dropped from the cleaned copy either way.
 */
final class EmailGate {

  static final List<String> ORIGINATING_IP_HEADERS =
      List.of("X-Originating-IP", "X-Sender-IP", "X-Client-IP", "X-Forwarded-For", "X-MS-Exchange-Organization-OriginalClientIPAddress");
  private static final Session SESSION = Session.getInstance(new Properties());

  /** A part that is an attached file, with its bytes (null for an Outlook item that is not a file). */
  record Attachment(String name, byte[] content, String contentType) {}

  /** The parts of an email the gate keeps or inspects. */
  record Parsed(MimeMessage message, String text, boolean textIsHtml, List<Attachment> attachments) {}

  private EmailGate() {}

  static Parsed parse(byte[] content) throws IOException {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(content));
      List<Attachment> attachments = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean[] html = {false};
      walk(message, text, html, attachments);
      return new Parsed(message, text.toString(), html[0], attachments);
    } catch (MessagingException e) {
      throw new IOException("Not a readable email (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static void walk(Part part, StringBuilder text, boolean[] html, List<Attachment> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i), text, html, attachments);
      }
      return;
    }
    String fileName = part.getFileName();
    // a forwarded message travels as a message/rfc822 part, often without a file name: inspect it like a file
    boolean forwarded = part.isMimeType("message/rfc822");
    if (fileName != null || forwarded || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      attachments.add(new Attachment(fileName != null ? fileName : forwarded ? "forwarded.eml" : "attachment",
          part.getInputStream().readAllBytes(), part.getContentType()));
    } else if (part.isMimeType("text/plain") && (text.isEmpty() || html[0])) {
      text.setLength(0);
      text.append(part.getContent());
      html[0] = false;
    } else if (part.isMimeType("text/html") && text.isEmpty()) {
      text.append(part.getContent());
      html[0] = true;
    }
  }

  static List<Finding> headers(Parsed parsed) throws IOException {
    List<Finding> findings = new ArrayList<>();
    try {
      MimeMessage message = parsed.message();
      int recipients = count(message.getRecipients(Message.RecipientType.TO))
          + count(message.getRecipients(Message.RecipientType.CC))
          + count(message.getRecipients(Message.RecipientType.BCC));
      if (recipients > 1) {
        findings.add(Finding.blocking(FindingKind.RECIPIENTS, "headers To, Cc",
            recipients + " recipients' email addresses"));
      } else if (recipients == 1) {
        findings.add(Finding.advisory(FindingKind.RECIPIENTS, "header To", "a recipient's email address"));
      }
      String[] received = message.getHeader("Received");
      if (received != null) {
        findings.add(Finding.advisory(FindingKind.RECEIVED_CHAIN, "headers Received",
            received.length + " Received headers naming the servers the message passed through"));
      }
      for (String header : ORIGINATING_IP_HEADERS) {
        if (message.getHeader(header) != null) {
          findings.add(Finding.blocking(FindingKind.ORIGINATING_IP, "header " + header,
              "the IP address the message was sent from"));
        }
      }
    } catch (MessagingException e) {
      throw new IOException("Unreadable email headers (" + e.getClass().getSimpleName() + ")", e);
    }
    return findings;
  }

  private static int count(Address[] addresses) {
    return addresses == null ? 0 : addresses.length;
  }

  /**
   * A new message with the sender, date, subject and text of the original and the given attachments; no
   * recipients, Received chain or other headers.
   */
  static byte[] rebuild(Parsed parsed, List<Attachment> attachments) throws IOException {
    try {
      MimeMessage original = parsed.message();
      MimeMessage copy = new MimeMessage(SESSION);
      copy.addFrom(original.getFrom() == null ? new Address[0] : original.getFrom());
      copy.setSentDate(original.getSentDate());
      copy.setSubject(original.getSubject(), "UTF-8");
      MimeMultipart body = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText(parsed.text(), "UTF-8", parsed.textIsHtml() ? "html" : "plain");
      body.addBodyPart(text);
      for (Attachment attachment : attachments) {
        BodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.name());
        part.setDisposition(Part.ATTACHMENT);
        body.addBodyPart(part);
      }
      copy.setContent(body);
      copy.saveChanges();
      copy.removeHeader("Message-ID");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IOException("The cleaned email could not be written", e);
    }
  }
}
