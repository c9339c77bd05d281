package org.rightsdesk.redact;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Replaces a page by a picture of itself with the boxes painted into the pixels: the fallback for pages whose
 * text cannot be edited safely. Nothing of the old page survives except its size and rotation.
 */
final class PageRasteriser {

  static final float DPI = 150;
  private static final float JPEG_QUALITY = 0.85f;

  private PageRasteriser() {}

  static void rasterise(PDDocument document, PDPage page, int pageIndex, List<BoxPainter.LabelledBox> boxes)
      throws IOException {
    int rotation = page.getRotation();
    PDRectangle crop = page.getCropBox();
    // render unrotated so the boxes map straight from user space; the new page keeps the rotation
    page.setRotation(0);
    float scale = DPI / 72;
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
    Graphics2D g = image.createGraphics();
    try {
      BoxPainter.paint(g, boxes, crop.getLowerLeftX(), crop.getUpperRightY(), scale);
    } finally {
      g.dispose();
    }
    PDImageXObject picture = JPEGFactory.createFromImage(document, image, JPEG_QUALITY);
    PDResources resources = new PDResources();
    page.setResources(resources);
    page.getCOSObject().removeItem(COSName.ANNOTS);
    page.getCOSObject().removeItem(COSName.getPDFName("StructParents"));
    page.setMediaBox(crop);
    page.setCropBox(null);
    page.setBleedBox(null);
    page.setTrimBox(null);
    page.setArtBox(null);
    try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE,
        true)) {
      out.drawImage(picture, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
    }
    page.setRotation(rotation);
  }
}
