package org.rightsdesk.letters;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays text out top to bottom on A4 pages, wrapping lines and starting a new page when one fills.
 *
 * <p>Text is set in Helvetica, a standard 14 font, which can only show WinAnsi characters. A character outside
 * WinAnsi (a Polish, Greek or Cyrillic name) falls back to Liberation Sans, which PDFBox ships in its own jar
 * and which is embedded as a subset only when a letter needs it. Anything neither font can show, or that
 * would need right-to-left shaping (Arabic, Hebrew), prints as "?" rather than failing the letter; combining
 * marks and joiners that belong to such a character are dropped.
 */
public final class LetterWriter implements Closeable {

  public static final float MARGIN = 56; // 2 cm
  public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  public final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  public final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDDocument document = new PDDocument();
  private PDFont fallback;
  private boolean fallbackMissing;
  private PDPageContentStream page;
  private float y;

  /** A stretch of text in one font. */
  private record Run(PDFont font, String text) {}

  public PDDocument document() {
    return document;
  }

  /** Writes a paragraph wrapped to the width, each line in {@code size} pt, starting at {@code x}. */
  public void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
    for (String line : wrap(text, font, size, width)) {
      line(line, font, size, x);
    }
  }

  /** Writes one line at {@code x} and moves down. */
  public void line(String text, PDFont font, float size, float x) throws IOException {
    room(leading(size));
    y -= size;
    show(text, font, size, x, y);
    y -= leading(size) - size;
  }

  /** Writes text on the current baseline with its right edge at {@code right}, without moving down. */
  public void rightAligned(String text, PDFont font, float size, float right, float baseline) throws IOException {
    show(text, font, size, right - width(text, font, size), baseline);
  }

  /** Writes text on the given baseline at {@code x}, without moving down. */
  public void textAt(String text, PDFont font, float size, float x, float baseline) throws IOException {
    show(text, font, size, x, baseline);
  }

  /** Draws a picture at the left margin below the current position, and moves below it. */
  public void picture(PDImageXObject picture, float width, float height) throws IOException {
    room(height);
    y -= height;
    page.drawImage(picture, MARGIN, y, width, height);
  }

  /** Strokes a rectangle on the current page; {@code top} is its upper edge. */
  public void box(float x, float top, float width, float height) throws IOException {
    page.setLineWidth(0.5f);
    page.addRect(x, top - height, width, height);
    page.stroke();
  }

  private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
    page.beginText();
    page.newLineAtOffset(x, baseline);
    for (Run run : runs(text, font)) {
      page.setFont(run.font(), size);
      page.showText(run.text());
    }
    page.endText();
  }

  public void rule(float thickness) throws IOException {
    room(thickness + 4);
    y -= 2;
    page.setLineWidth(thickness);
    page.moveTo(MARGIN, y);
    page.lineTo(MARGIN + WIDTH, y);
    page.stroke();
    y -= 2 + thickness;
  }

  public void gap(float points) {
    y -= points;
  }

  public float y() {
    return y;
  }

  public void moveTo(float newY) {
    y = newY;
  }

  /** Starts a new page unless {@code height} points still fit above the bottom margin. */
  public void room(float height) throws IOException {
    if (page == null || y - height < MARGIN) {
      newPage();
    }
  }

  public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : clean(text).split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      for (String word : paragraph.trim().split(" +")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (width(candidate, font, size) <= width) {
          current.setLength(0);
          current.append(candidate);
          continue;
        }
        if (!current.isEmpty()) {
          lines.add(current.toString());
          current.setLength(0);
        }
        // a word wider than the line (a long email address or URL) breaks wherever it must
        for (int cp : word.codePoints().toArray()) {
          String next = current + Character.toString(cp);
          if (!current.isEmpty() && width(next, font, size) > width) {
            lines.add(current.toString());
            current.setLength(0);
          }
          current.appendCodePoint(cp);
        }
      }
      lines.add(current.toString());
    }
    return lines;
  }

  public float width(String text, PDFont font, float size) throws IOException {
    float width = 0;
    for (Run run : runs(text, font)) {
      width += run.font().getStringWidth(run.text()) / 1000 * size;
    }
    return width;
  }

  public static float leading(float size) {
    return size * 1.35f;
  }

  public byte[] toPdf() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    if (page != null) {
      page.close();
    }
    document.close();
  }

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** Line breaks normalised to \n, tabs and other controls to spaces, accents composed (NFC). */
  private static String clean(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().forEach(cp -> out.appendCodePoint(cp != '\n' && Character.isISOControl(cp) ? ' ' : cp));
    return out.toString();
  }

  private List<Run> runs(String text, PDFont font) throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFont runFont = null;
    StringBuilder runText = new StringBuilder();
    for (int cp : clean(text).replace('\n', ' ').codePoints().toArray()) {
      String ch = Character.toString(cp);
      PDFont chosen;
      if (canShow(font, ch)) {
        chosen = font;
      } else if (!rightToLeft(cp) && fallback() != null && canShow(fallback, ch)) {
        chosen = fallback;
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.FORMAT) {
        continue;
      } else {
        chosen = font;
        ch = "?";
      }
      if (chosen != runFont && !runText.isEmpty()) {
        runs.add(new Run(runFont, runText.toString()));
        runText.setLength(0);
      }
      runFont = chosen;
      runText.append(ch);
    }
    if (!runText.isEmpty()) {
      runs.add(new Run(runFont, runText.toString()));
    }
    return runs;
  }

  private static boolean canShow(PDFont font, String ch) throws IOException {
    try {
      font.encode(ch);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean rightToLeft(int cp) {
    byte direction = Character.getDirectionality(cp);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** Liberation Sans from the PDFBox jar, loaded into this document the first time a character needs it. */
  private PDFont fallback() throws IOException {
    if (fallback == null && !fallbackMissing) {
      try (InputStream ttf = PDDocument.class.getResourceAsStream(FALLBACK_FONT)) {
        if (ttf == null) {
          fallbackMissing = true;
        } else {
          fallback = PDType0Font.load(document, ttf, true);
        }
      }
    }
    return fallback;
  }
}
