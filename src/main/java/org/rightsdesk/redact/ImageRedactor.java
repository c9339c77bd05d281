package org.rightsdesk.redact;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Paints redacted areas black in an image's own pixels and encodes a new image, leaving the original unused. */
final class ImageRedactor {

  private static final float JPEG_QUALITY = 0.9f;

  private ImageRedactor() {}

  /**
   * @param ctm the transformation that placed the image's unit square on the page
   * @param areas rectangles in page user space
   */
  static PDImageXObject redact(PDDocument document, PDImageXObject image, Matrix ctm, List<Rectangle2D> areas)
      throws IOException {
    AffineTransform toUnitSquare;
    try {
      toUnitSquare = ctm.createAffineTransform().createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IOException("The image is placed with a degenerate matrix", e);
    }
    BufferedImage original = image.getImage();
    int width = original.getWidth();
    int height = original.getHeight();
    BufferedImage painted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = painted.createGraphics();
    try {
      g.drawImage(original, 0, 0, null);
      g.setColor(Color.BLACK);
      for (Rectangle2D area : areas) {
        Rectangle2D unit = toUnitSquare.createTransformedShape(area).getBounds2D();
        // image rows run top down while the unit square's y runs bottom up
        int x0 = (int) Math.floor(Math.max(0, unit.getMinX()) * width);
        int x1 = (int) Math.ceil(Math.min(1, unit.getMaxX()) * width);
        int y0 = (int) Math.floor(Math.max(0, 1 - unit.getMaxY()) * height);
        int y1 = (int) Math.ceil(Math.min(1, 1 - unit.getMinY()) * height);
        if (x1 > x0 && y1 > y0) {
          g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
      }
    } finally {
      g.dispose();
    }
    boolean photographic = image.getCOSObject().getDictionaryObject(COSName.FILTER) != null
        && image.getSuffix() != null && image.getSuffix().equals("jpg");
    PDImageXObject redacted = photographic
        ? JPEGFactory.createFromImage(document, painted, JPEG_QUALITY)
        : LosslessFactory.createFromImage(document, painted);
    // transparency stays as it was; the mask holds shape, not the redacted content
    if (image.getCOSObject().containsKey(COSName.SMASK)) {
      redacted.getCOSObject().setItem(COSName.SMASK, image.getCOSObject().getItem(COSName.SMASK));
    }
    return redacted;
  }
}
