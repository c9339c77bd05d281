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
import org.rightsdesk.letters.LetterWriter;
import org.rightsdesk.web.InvalidInputException;

/**
 * Every document to release becomes a PDF, so the bundle is one format and one redaction engine sees it
 * all. Text, email and Word documents are laid out from the text extracted when they were added (their
 * formatting is not carried over); images are decoded and re-encoded, which also drops EXIF and other
 * metadata. What cannot be converted is an error naming the document, never a silent skip.
 */
final class CaseDocumentPdf {

  private CaseDocumentPdf() {}

  static byte[] convert(CaseDocument document, byte[] content, String extractedText) {
    return switch (document.type()) {
      case PDF -> content;
      case TEXT, EMAIL, SPREADSHEET -> fromText(document, extractedText);
      case DOCX -> fromText(document, extractedText);
      case JPEG, PNG -> fromImage(document, content);
    };
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
