package org.rightsdesk.redact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text extraction by tools that share no code with the redaction engine: poppler's pdftotext and PDFBox. */
final class Extraction {

  private Extraction() {}

  static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("leak-check", ".pdf");
    try {
      Files.write(file, pdf);
      Process process = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", file.toString(), "-")
          .redirectErrorStream(false)
          .start();
      byte[] text = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("pdftotext failed with exit code " + process.exitValue());
      }
      return new String(text, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static String pdfbox(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** Text in the form leak checks compare: no whitespace, lower case, compatibility forms folded. */
  static String key(String text) {
    return PageRedactor.key(text);
  }

  /** Where the first glyph of {@code word} sits on page 1: x and y in the stripper's display coordinates. */
  static float[] positionOf(byte[] pdf, String word) throws IOException {
    List<TextPosition> positions = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> textPositions) {
        positions.addAll(textPositions);
      }
    };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(document);
    }
    StringBuilder text = new StringBuilder();
    positions.forEach(p -> text.append(p.getUnicode().charAt(0)));
    int at = text.indexOf(word);
    if (at < 0) {
      throw new AssertionError("'" + word + "' is not on page 1");
    }
    return new float[] {positions.get(at).getXDirAdj(), positions.get(at).getYDirAdj()};
  }
}
