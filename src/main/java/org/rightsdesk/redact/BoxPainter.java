package org.rightsdesk.redact;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws the opaque boxes, each labelled with its exemption code. On a PDF page the label is drawn as filled
 * outlines rather than text, so it can never be confused with document text by a search or by verification.
 */
final class BoxPainter {

  /** A box and the exemption code shown in it. */
  record LabelledBox(Rectangle2D box, String label) {}

  private static final float MAX_LABEL_SIZE = 8;
  private static final float MIN_LABEL_SIZE = 3;

  private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<String, GeneralPath> outlines = new HashMap<>();
  private final Map<String, Float> widths = new HashMap<>();

  void paint(PDDocument document, PDPage page, List<LabelledBox> boxes) throws IOException {
    try (PDPageContentStream out =
        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      out.setNonStrokingColor(0f);
      for (LabelledBox box : boxes) {
        Rectangle2D r = box.box();
        out.addRect((float) r.getX(), (float) r.getY(), (float) r.getWidth(), (float) r.getHeight());
      }
      out.fill();
      out.setNonStrokingColor(1f);
      for (LabelledBox box : boxes) {
        drawLabel(out, box);
      }
    }
  }

  private void drawLabel(PDPageContentStream out, LabelledBox box) throws IOException {
    Rectangle2D r = box.box();
    float width = widths.computeIfAbsent(box.label(), this::labelWidth);
    float size = (float) Math.min(MAX_LABEL_SIZE, Math.min(r.getHeight() * 0.7, (r.getWidth() - 2) * 1000 / width));
    if (size < MIN_LABEL_SIZE) {
      return;
    }
    double x = r.getX() + (r.getWidth() - width * size / 1000) / 2;
    double y = r.getY() + (r.getHeight() - size * 0.7) / 2;
    AffineTransform place = new AffineTransform(size / 1000, 0, 0, size / 1000, x, y);
    PathIterator it = outlines.computeIfAbsent(box.label(), this::outline).getPathIterator(place);
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> out.moveTo(lastX = c[0], lastY = c[1]);
        case PathIterator.SEG_LINETO -> out.lineTo(lastX = c[0], lastY = c[1]);
        case PathIterator.SEG_QUADTO -> {
          // a quadratic segment as the cubic with the same curve
          out.curveTo(lastX + 2 * (c[0] - lastX) / 3, lastY + 2 * (c[1] - lastY) / 3,
              c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, c[2], c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        default -> out.closePath();
      }
    }
    out.fill();
  }

  private float labelWidth(String label) {
    try {
      return Math.max(1, helvetica.getStringWidth(printable(label)));
    } catch (IOException | IllegalArgumentException e) {
      return 1000f * label.length();
    }
  }

  /** The label's glyph outlines in 1000-unit glyph space, laid out left to right. */
  private GeneralPath outline(String label) {
    GeneralPath path = new GeneralPath();
    float x = 0;
    for (char ch : printable(label).toCharArray()) {
      try {
        // outlines come from the fallback font in its own units; the font matrix brings them to 1000 per em
        double toThousand = helvetica.getFontMatrix().getScaleX() * 1000;
        GeneralPath glyph = helvetica.getPath(helvetica.codeToName(ch));
        AffineTransform at = AffineTransform.getTranslateInstance(x, 0);
        at.scale(toThousand, toThousand);
        path.append(glyph.getPathIterator(at), false);
        x += helvetica.getWidth(ch);
      } catch (IOException e) {
        x += 500;
      }
    }
    return path;
  }

  private static String printable(String label) {
    return label.replaceAll("[^\\x20-\\x7E]", "?");
  }

  /** The same boxes painted into a page image whose pixel (0, 0) is the user-space point (left, top). */
  static void paint(Graphics2D g, List<LabelledBox> boxes, double left, double top, double scale) {
    for (LabelledBox box : boxes) {
      Rectangle2D r = box.box();
      int x = (int) Math.floor((r.getMinX() - left) * scale);
      int y = (int) Math.floor((top - r.getMaxY()) * scale);
      int w = (int) Math.ceil(r.getWidth() * scale) + 1;
      int h = (int) Math.ceil(r.getHeight() * scale) + 1;
      g.setColor(Color.BLACK);
      g.fillRect(x, y, w, h);
      int size = (int) Math.min(MAX_LABEL_SIZE * scale, h * 0.7);
      if (size >= MIN_LABEL_SIZE * scale) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(box.label()) < w) {
          g.setColor(Color.WHITE);
          g.drawString(box.label(), x + (w - metrics.stringWidth(box.label())) / 2, y + (h + size * 7 / 10) / 2);
        }
      }
    }
  }
}
