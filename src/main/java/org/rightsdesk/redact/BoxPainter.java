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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the opaque boxes, each labelled with its exemption code. On a PDF page the label is drawn as filled
 * outlines rather than text, so it can never be confused with document text by a search or by verification.
 * One painter serves one document: it keeps each label's drawing to reuse on every page.
 */
final class BoxPainter {

  /** A box and the exemption code shown in it. */
  record LabelledBox(Rectangle2D box, String label) {}

  private static final float MAX_LABEL_SIZE = 8;
  private static final float MIN_LABEL_SIZE = 3;

  private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<String, GeneralPath> outlines = new HashMap<>();
  private final Map<String, Float> widths = new HashMap<>();
  private final Map<String, PDFormXObject> labels = new HashMap<>();

  void paint(PDDocument document, PDPage page, List<LabelledBox> boxes) throws IOException {
    try (PDPageContentStream out =
        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      out.setNonStrokingColor(0f);
      for (LabelledBox box : boxes) {
        Rectangle2D r = box.box();
        out.addRect((float) r.getX(), (float) r.getY(), (float) r.getWidth(), (float) r.getHeight());
      }
      out.fill();
      for (LabelledBox box : boxes) {
        drawLabel(document, out, box);
      }
    }
  }

  /** Each label is drawn once per document as a form XObject and placed in every box that shows it. */
  private void drawLabel(PDDocument document, PDPageContentStream out, LabelledBox box) throws IOException {
    Rectangle2D r = box.box();
    float width = widths.computeIfAbsent(box.label(), this::labelWidth);
    float size = (float) Math.min(MAX_LABEL_SIZE, Math.min(r.getHeight() * 0.7, (r.getWidth() - 2) * 1000 / width));
    if (size < MIN_LABEL_SIZE) {
      return;
    }
    PDFormXObject label = labels.get(box.label());
    if (label == null) {
      label = labelForm(document, box.label());
      labels.put(box.label(), label);
    }
    float x = (float) (r.getX() + (r.getWidth() - width * size / 1000) / 2);
    float y = (float) (r.getY() + (r.getHeight() - size * 0.7) / 2);
    out.saveGraphicsState();
    out.transform(new Matrix(size / 1000, 0, 0, size / 1000, x, y));
    out.drawForm(label);
    out.restoreGraphicsState();
  }

  /** The label's outlines, white, in 1000-unit glyph space. */
  private PDFormXObject labelForm(PDDocument document, String text) throws IOException {
    GeneralPath outline = outline(text);
    PDFormXObject form = new PDFormXObject(document);
    Rectangle2D bounds = outline.getBounds2D();
    form.setBBox(new PDRectangle((float) bounds.getX(), (float) bounds.getY(), (float) bounds.getWidth(),
        (float) bounds.getHeight()));
    form.setResources(new PDResources());
    StringBuilder ops = new StringBuilder("1 g\n");
    float[] c = new float[6];
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> ops.append(n(lastX = c[0])).append(n(lastY = c[1])).append("m\n");
        case PathIterator.SEG_LINETO -> ops.append(n(lastX = c[0])).append(n(lastY = c[1])).append("l\n");
        case PathIterator.SEG_QUADTO -> {
          // a quadratic segment as the cubic with the same curve
          ops.append(n(lastX + 2 * (c[0] - lastX) / 3)).append(n(lastY + 2 * (c[1] - lastY) / 3))
              .append(n(c[2] + 2 * (c[0] - c[2]) / 3)).append(n(c[3] + 2 * (c[1] - c[3]) / 3))
              .append(n(c[2])).append(n(c[3])).append("c\n");
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          ops.append(n(c[0])).append(n(c[1])).append(n(c[2])).append(n(c[3])).append(n(c[4])).append(n(c[5]))
              .append("c\n");
          lastX = c[4];
          lastY = c[5];
        }
        default -> ops.append("h\n");
      }
    }
    ops.append("f\n");
    try (OutputStream stream = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
      stream.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return form;
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f ", value);
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
