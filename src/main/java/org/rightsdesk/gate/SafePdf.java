package org.rightsdesk.gate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rightsdesk.letters.LetterWriter;

/**
 * The cleaned copy of a word-processing document: what its reader sees, laid out afresh. Paragraphs are
 * wrapped text, tables a grid of cells, and pictures are drawn from their decoded pixels, so nothing a picture
 * file carried beside them (EXIF, GPS position, author) reaches the copy.
 */
final class SafePdf {

  /** One piece of visible content, in document order. */
  sealed interface Block permits Paragraph, Table, Picture {}

  record Paragraph(String text) implements Block {}

  /** Rows of cells, each cell's visible text. */
  record Table(List<List<String>> rows) implements Block {}

  /** A picture's file as stored in the document, and its media type. */
  record Picture(byte[] content, String mediaType) implements Block {}

  private static final float SIZE = 11;
  private static final float CELL_PADDING = 3;
  /** Pixels beyond this are not decoded: a picture can claim any size, and decoding it would fill memory. */
  private static final long MAX_PIXELS = 40_000_000L;
  private static final float MAX_PICTURE_HEIGHT = PDRectangle.A4.getHeight() / 2;

  private SafePdf() {}

  static byte[] render(List<? extends Block> blocks) throws IOException {
    try (LetterWriter writer = new LetterWriter()) {
      writer.room(0);
      for (Block block : blocks) {
        if (block instanceof Paragraph paragraph) {
          paragraph(writer, paragraph.text());
        } else if (block instanceof Table table) {
          table(writer, table.rows());
        } else if (block instanceof Picture picture) {
          picture(writer, picture);
        }
        writer.gap(4);
      }
      return writer.toPdf();
    }
  }

  private static void paragraph(LetterWriter writer, String text) throws IOException {
    writer.paragraph(text, writer.regular, SIZE, LetterWriter.MARGIN, LetterWriter.WIDTH);
  }

  /** Columns share the width equally; a row moves to the next page whole unless it is taller than a page. */
  private static void table(LetterWriter writer, List<List<String>> rows) throws IOException {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (columns == 0) {
      return;
    }
    float columnWidth = LetterWriter.WIDTH / columns;
    float leading = LetterWriter.leading(SIZE);
    float pageHeight = PDRectangle.A4.getHeight() - 2 * LetterWriter.MARGIN;
    for (List<String> row : rows) {
      List<List<String>> cells = new ArrayList<>();
      int lines = 1;
      for (String cell : row) {
        List<String> wrapped = writer.wrap(cell, writer.regular, SIZE, columnWidth - 2 * CELL_PADDING);
        cells.add(wrapped);
        lines = Math.max(lines, wrapped.size());
      }
      float height = lines * leading + 2 * CELL_PADDING;
      if (height > pageHeight) {
        // a cell longer than a page cannot be a grid row: its text follows as paragraphs
        for (String cell : row) {
          paragraph(writer, cell);
        }
        continue;
      }
      writer.room(height);
      float top = writer.y();
      for (int column = 0; column < columns; column++) {
        float x = LetterWriter.MARGIN + column * columnWidth;
        writer.box(x, top, columnWidth, height);
        if (column < cells.size()) {
          float baseline = top - CELL_PADDING - SIZE;
          for (String line : cells.get(column)) {
            writer.textAt(line, writer.regular, SIZE, x + CELL_PADDING, baseline);
            baseline -= leading;
          }
        }
      }
      writer.moveTo(top - height);
    }
  }

  private static void picture(LetterWriter writer, Picture picture) throws IOException {
    BufferedImage pixels = decode(picture.content());
    if (pixels == null) {
      paragraph(writer, "[picture left out: a " + picture.mediaType() + " picture that cannot be redrawn from its pixels]");
      return;
    }
    // 96 pixels to the inch, as Word lays pictures out, shrunk to fit the width and half a page
    float width = pixels.getWidth() * 0.75f;
    float height = pixels.getHeight() * 0.75f;
    float scale = Math.min(1, Math.min(LetterWriter.WIDTH / width, MAX_PICTURE_HEIGHT / height));
    PDImageXObject image = "image/jpeg".equals(picture.mediaType())
        ? JPEGFactory.createFromImage(writer.document(), pixels, 0.9f)
        : LosslessFactory.createFromImage(writer.document(), pixels);
    writer.picture(image, width * scale, height * scale);
  }

  /** The picture's pixels, or null when it is not a raster format Java reads or claims too many pixels. */
  private static BufferedImage decode(byte[] content) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          return null;
        }
        return reader.read(0);
      } catch (IOException | RuntimeException unreadable) {
        return null;
      } finally {
        reader.dispose();
      }
    }
  }
}
