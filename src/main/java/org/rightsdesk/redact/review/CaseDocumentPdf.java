package org.rightsdesk.redact.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rightsdesk.collate.CaseDocument;
import org.rightsdesk.gate.Cleaned;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.FileType;
import org.rightsdesk.letters.LetterWriter;
import org.rightsdesk.web.InvalidInputException;

/**
 * Every document to release becomes a PDF, so the bundle is one format and one redaction engine sees it
 * all. Word documents (.docx and .doc) go through the disclosure gate's safe copy (tracked changes resolved; hidden text,
 * comments and properties gone). Text, email and workbooks are laid out from the text extracted when they were
 * added (a workbook's is its visible cells only; an email's, .eml or Outlook .msg, keeps sender, date and
 * subject but not the other recipients). Images are decoded and re-encoded, which drops EXIF and other metadata. What cannot be
 * converted is an error naming the document, never a silent skip.
 */
final class CaseDocumentPdf {

  private CaseDocumentPdf() {}

  static byte[] convert(CaseDocument document, byte[] content, String extractedText, DisclosureGate gate) {
    return switch (document.type()) {
      case PDF -> content;
      case TEXT, SPREADSHEET -> fromText(document, extractedText);
      case EMAIL, MSG -> fromText(document, withoutOtherRecipients(extractedText));
      case DOCX, DOC, ODT -> fromWord(document, content, gate);
      case JPEG, PNG -> fromImage(document, content);
    };
  }

  private static byte[] fromWord(CaseDocument document, byte[] content, DisclosureGate gate) {
    Cleaned safe = gate.clean(document.fileName(), content);
    if (safe.content() == null || safe.type() != FileType.PDF) {
      throw cannot(document, "the Word document could not be read (it may be encrypted or damaged)");
    }
    return safe.content();
  }

  /** To and Cc name other people; the sender, date and subject say what the email is. */
  private static String withoutOtherRecipients(String text) {
    if (text == null) {
      return null;
    }
    int blank = text.indexOf("\n\n");
    String headers = blank < 0 ? text : text.substring(0, blank);
    String rest = blank < 0 ? "" : text.substring(blank);
    return headers.lines().filter(line -> !line.startsWith("To: ") && !line.startsWith("Cc: "))
        .collect(java.util.stream.Collectors.joining("\n")) + rest;
  }

  private static byte[] fromText(CaseDocument document, String text) {
    if (text == null || text.isBlank()) {
      throw cannot(document, "no text could be read from it");
    }
    try (LetterWriter w = new LetterWriter()) {
      for (String line : text.replace("\r\n", "\n").split("\n")) {
        w.paragraph(line.isBlank() ? " " : line, w.regular, 10, LetterWriter.MARGIN, LetterWriter.WIDTH);
      }
      return w.toPdf();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] fromImage(CaseDocument document, byte[] content) {
    try (PDDocument pdf = new PDDocument()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
      if (image == null) {
        throw cannot(document, "the image could not be decoded");
      }
      PDImageXObject pixels = LosslessFactory.createFromImage(pdf, image);
      PDRectangle a4 = PDRectangle.A4;
      float scale = Math.min((a4.getWidth() - 40) / image.getWidth(), (a4.getHeight() - 40) / image.getHeight());
      scale = Math.min(scale, 1f);
      PDPage page = new PDPage(a4);
      pdf.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
        stream.drawImage(pixels, 20, a4.getHeight() - 20 - image.getHeight() * scale, image.getWidth() * scale,
            image.getHeight() * scale);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw cannot(document, "the image could not be read");
    }
  }

  private static InvalidInputException cannot(CaseDocument document, String why) {
    return new InvalidInputException("documents", document.fileName() + " cannot be converted to PDF: " + why);
  }
}
