package org.rightsdesk.redact;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws the opaque boxes, each labelled with its exemption code. On a PDF page the label is an image mask
 * rather than text, so it can never be confused with document text by a search or by verification. One painter
 * serves one document: it keeps each label's image to reuse on every page.
 */
final class BoxPainter {

  /** A box and the exemption code shown in it. */
  record LabelledBox(Rectangle2D box, String label) {}

  private static final float MAX_LABEL_SIZE = 8;
  private static final float MIN_LABEL_SIZE = 3;

  /** Height of the label images in pixels: sharp at the largest label size up to 1200 dpi. */
  private static final int LABEL_PIXELS = 64;

  private final Map<String, PDImageXObject> labels = new HashMap<>();

  /** Operators that fill the boxes and place their labels, with the label images added to the resources. */
  byte[] draw(PDDocument document, PDResources resources, List<LabelledBox> boxes) throws IOException {
    if (boxes.isEmpty()) {
      return new byte[0];
    }
    StringBuilder ops = new StringBuilder("q 0 g\n");
    for (LabelledBox box : boxes) {
      Rectangle2D r = box.box();
      ops.append(n(r.getX())).append(n(r.getY())).append(n(r.getWidth())).append(n(r.getHeight())).append("re\n");
    }
    ops.append("f\n1 g\n");
    for (LabelledBox box : boxes) {
      PDImageXObject label = labels.get(box.label());
      if (label == null) {
        label = labelMask(document, box.label());
        labels.put(box.label(), label);
      }
      Rectangle2D r = box.box();
      float aspect = (float) label.getWidth() / label.getHeight();
      double height = Math.min(MAX_LABEL_SIZE, Math.min(r.getHeight() * 0.8, (r.getWidth() - 2) / aspect));
      if (height >= MIN_LABEL_SIZE) {
        double width = height * aspect;
        ops.append("q ").append(n(width)).append("0 0 ").append(n(height))
            .append(n(r.getX() + (r.getWidth() - width) / 2)).append(n(r.getY() + (r.getHeight() - height) / 2))
            .append("cm /").append(resources.add(label).getName()).append(" Do Q\n");
      }
    }
    return ops.append("Q\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.3f ", value);
  }

  /**
   * The label as a one-bit image mask, painted in the current (white) colour. A picture rather than text or
   * outlines: no extractor reads it as document text, and no content stream has to be parsed to draw it.
   */
  private static PDImageXObject labelMask(PDDocument document, String text) throws IOException {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, LABEL_PIXELS);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D measure = probe.createGraphics();
    FontMetrics metrics = measure.getFontMetrics(font);
    measure.dispose();
    int width = Math.max(1, metrics.stringWidth(text) + 2);
    int height = metrics.getAscent() + metrics.getDescent();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(font);
      g.drawString(text, 1, metrics.getAscent());
    } finally {
      g.dispose();
    }
    // rows of packed bits, 0 where the glyphs are: an image mask paints its 0 samples
    int rowBytes = (width + 7) / 8;
    byte[] bits = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0) {
          bits[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
        }
      }
    }
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
      out.write(bits);
    }
    PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()),
        COSName.FLATE_DECODE, width, height, 1, null);
    mask.getCOSObject().setBoolean(COSName.IMAGE_MASK, true);
    return mask;
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
