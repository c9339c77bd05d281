package org.rightsdesk.gate;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Outlook messages (.msg), read with POI's HSMF into the same shape as a parsed .eml, so the email gate's
 * checks and its cleaned copy apply unchanged: the recipients and the transport headers Outlook kept become
 * headers of a MIME message that is inspected, never released.
 */
final class MsgGate {

  private static final Session SESSION = Session.getInstance(new Properties());
  /** PR_RECIPIENT_TYPE values (MS-OXOMSG 2.2.3.1). */
  private static final int CC = 2;
  private static final int BCC = 3;

  private MsgGate() {}

  static EmailGate.Parsed parse(POIFSFileSystem fs) throws IOException {
    MAPIMessage msg = new MAPIMessage(fs);
    msg.setReturnNullOnMissingChunk(true);
    try {
      MimeMessage message = new MimeMessage(SESSION);
      InternetAddress sender = sender(msg);
      if (sender != null) {
        message.setFrom(sender);
      }
      Calendar date = msg.getMessageDate();
      if (date != null) {
        message.setSentDate(date.getTime());
      }
      if (msg.getSubject() != null) {
        message.setSubject(msg.getSubject(), "UTF-8");
      }
      recipients(msg, message);
      String[] transport = msg.getHeaders();
      if (transport != null) {
        copyTransportHeaders(String.join("\r\n", transport), message);
      }
      List<EmailGate.Attachment> attachments = new ArrayList<>();
      for (AttachmentChunks attachment : msg.getAttachmentFiles()) {
        attachments.add(attachment(attachment));
      }
      String text = msg.getTextBody();
      boolean html = text == null && msg.getHtmlBody() != null;
      return new EmailGate.Parsed(message, html ? msg.getHtmlBody() : text == null ? "" : text, html, attachments);
    } catch (MessagingException | org.apache.poi.hsmf.exceptions.ChunkNotFoundException e) {
      throw new IOException("Not a readable Outlook message (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static InternetAddress sender(MAPIMessage msg) throws org.apache.poi.hsmf.exceptions.ChunkNotFoundException {
    var chunk = msg.getMainChunks().getEmailFromChunk();
    String address = chunk == null ? null : chunk.getValue();
    String name = msg.getDisplayFrom();
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      return new InternetAddress(address.strip(), name, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  /**
   * Each recipient with its own address and type; a message saved without recipient details still names its
   * recipients in the display fields, so those are counted instead.
   */
  private static void recipients(MAPIMessage msg, MimeMessage message)
      throws MessagingException, org.apache.poi.hsmf.exceptions.ChunkNotFoundException {
    RecipientChunks[] details = msg.getRecipientDetailsChunks();
    if (details != null && details.length > 0) {
      for (RecipientChunks recipient : details) {
        String address = recipient.getRecipientEmailAddress();
        String label = address != null ? address : recipient.getRecipientName();
        if (label != null) {
          message.addRecipient(type(recipient), unchecked(label));
        }
      }
      return;
    }
    addDisplayed(message, Message.RecipientType.TO, msg.getDisplayTo());
    addDisplayed(message, Message.RecipientType.CC, msg.getDisplayCC());
    addDisplayed(message, Message.RecipientType.BCC, msg.getDisplayBCC());
  }

  private static Message.RecipientType type(RecipientChunks recipient) {
    List<PropertyValue> values = recipient.getProperties().get(MAPIProperty.RECIPIENT_TYPE);
    Object value = values == null || values.isEmpty() ? null : values.get(0).getValue();
    if (value instanceof Number number) {
      return switch (number.intValue()) {
        case CC -> Message.RecipientType.CC;
        case BCC -> Message.RecipientType.BCC;
        default -> Message.RecipientType.TO;
      };
    }
    return Message.RecipientType.TO;
  }

  private static void addDisplayed(MimeMessage message, Message.RecipientType type, String displayed)
      throws MessagingException {
    if (displayed == null) {
      return;
    }
    for (String name : displayed.split(";")) {
      if (!name.isBlank()) {
        message.addRecipient(type, unchecked(name.strip()));
      }
    }
  }

  /** Exchange addresses (X.500) and display names are not RFC 822 addresses; they are counted, not sent. */
  private static InternetAddress unchecked(String address) {
    InternetAddress internet = new InternetAddress();
    internet.setAddress(address);
    return internet;
  }

  /** Only the headers the email gate judges; the MIME structure of the original transport is not rebuilt. */
  private static void copyTransportHeaders(String headers, MimeMessage message) throws MessagingException {
    List<String> wanted = new ArrayList<>(EmailGate.ORIGINATING_IP_HEADERS);
    wanted.add("Received");
    String unfolded = headers.replaceAll("\r?\n[ \t]+", " ");
    for (String line : unfolded.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      if (wanted.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
        message.addHeader(name, line.substring(colon + 1).strip());
      }
    }
  }

  /**
   * An attached file. An Outlook item attached as an item (not as a file) is a storage inside this one, not a
   * file: it comes back without content, so the gate reports it instead of passing it unread.
   */
  private static EmailGate.Attachment attachment(AttachmentChunks attachment) {
    String name = firstNonBlank(attachment.getAttachLongFileName(), attachment.getAttachFileName(),
        attachment.getAttachDisplayName());
    if (attachment.isEmbeddedMessage()) {
      return new EmailGate.Attachment(name == null ? "attached message" : name, null,
          FileType.MSG.mediaType());
    }
    byte[] data = attachment.getEmbeddedAttachmentObject();
    String mime = attachment.getAttachMimeTag() == null ? null : attachment.getAttachMimeTag().getValue();
    return new EmailGate.Attachment(name == null ? "attachment" : name, data == null ? new byte[0] : data,
        mime == null || mime.isBlank() ? "application/octet-stream" : mime);
  }

  private static String firstNonBlank(org.apache.poi.hsmf.datatypes.StringChunk... chunks) {
    for (var chunk : chunks) {
      if (chunk != null && chunk.getValue() != null && !chunk.getValue().isBlank()) {
        return chunk.getValue().strip();
      }
    }
    return null;
  }
}
