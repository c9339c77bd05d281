package org.rightsdesk.redact;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * PDFs built to be hard to redact, each holding the name {@link #NAME} somewhere awkward and {@link #KEEP}
 * where it must survive. Built here, not stored, so each difficulty is visible in the code that makes it.
 */
final class TrickyPdfs {

  static final String NAME = "Jonathan Smithers";
  static final String KEEP = "the decision letter is attached";
  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private TrickyPdfs() {}

  interface Build {
    void into(PDDocument document) throws IOException;
  }

  static byte[] pdf(Build build) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      build.into(document);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** A page whose content stream is exactly {@code content}, with Helvetica as /F1. */
  static PDPage rawPage(PDDocument document, String content) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    PDResources resources = new PDResources();
    resources.put(COSName.getPDFName("F1"), helvetica());
    page.setResources(resources);
    PDStream stream = new PDStream(document);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
    page.setContents(stream);
    document.addPage(page);
    return page;
  }

  /** The name cut into pieces shown by separate operators, with a line move in the middle of a word. */
  static byte[] splitAcrossOperators() {
    return pdf(d -> rawPage(d, """
        BT /F1 12 Tf 72 700 Td (Dear Jona) Tj (than Sm) Tj (ithers wrote to us.) Tj ET
        BT /F1 12 Tf 72 660 Td (Copy to Jonathan) Tj 96 0 Td (Smithers.) Tj ET
        BT /F1 12 Tf 72 680 Td (In short: ) Tj (%s.) Tj ET
        """.formatted(KEEP)));
  }

  /** The name inside a TJ array with kerning numbers between and within its words. */
  static byte[] kerningArray() {
    return pdf(d -> rawPage(d, """
        BT /F1 12 Tf 72 700 Td [(Dear ) -15 (Jo) 30 (na) -10 (than) -250 (Smi) 20 (thers) ( wrote to us.)] TJ ET
        BT /F1 12 Tf 72 680 Td [(In short: ) 10 (%s.)] TJ ET
        """.formatted(KEEP)));
  }

  /** Hex strings, the ' and " operators and character and word spacing in force. */
  static byte[] hexStringsAndQuotes() {
    return pdf(d -> rawPage(d, """
        BT /F1 12 Tf 14 TL 1 Tc 2 Tw 72 700 Td <44656172204A6F6E617468616E> Tj
        (Smithers wrote to us.) '
        3 0.5 (In short: %s.) "
        ET
        """.formatted(KEEP)));
  }

  /** A Type0 font (Identity-H, two-byte codes) from a TrueType file. */
  static byte[] cidFont() {
    return pdf(d -> {
      PDFont font = PDType0Font.load(d, DEJAVU.toFile());
      PDPage page = new PDPage(PDRectangle.A4);
      d.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(d, page)) {
        text(out, font, 72, 700, "Dear " + NAME + ", ŁÓDŹ office");
        text(out, font, 72, 680, "In short: " + KEEP + ".");
      }
    });
  }

  /** A page turned by /Rotate 90, with text set along a rotated matrix as well. */
  static byte[] rotatedPage() {
    return pdf(d -> {
      PDPage page = rawPage(d, """
          BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Dear %s wrote to us.) Tj ET
          BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET
          """.formatted(NAME, KEEP));
      page.setRotation(90);
    });
  }

  /** The name in a form XObject drawn on two pages, one of which also shows it in its own content. */
  static byte[] formXObject() {
    return pdf(d -> {
      PDFormXObject form = new PDFormXObject(d);
      form.setBBox(new PDRectangle(0, 0, 400, 40));
      PDResources formResources = new PDResources();
      formResources.put(COSName.getPDFName("F1"), helvetica());
      form.setResources(formResources);
      try (OutputStream out = form.getContentStream().createOutputStream()) {
        out.write("BT /F1 10 Tf 0 10 Td (Signed by %s, caseworker) Tj ET".formatted(NAME)
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      for (int i = 0; i < 2; i++) {
        PDPage page = rawPage(d, "BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET /Stamp Do".formatted(KEEP));
        page.getResources().put(COSName.getPDFName("Stamp"), form);
      }
    });
  }

  /** The name only in a FreeText annotation: its appearance stream and its /Contents. */
  static byte[] annotationAppearance() {
    return pdf(d -> {
      PDPage page = rawPage(d, "BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET".formatted(KEEP));
      PDAnnotationMarkup note = new PDAnnotationMarkup();
      note.getCOSObject().setName(COSName.SUBTYPE, "FreeText");
      note.setRectangle(new PDRectangle(72, 500, 300, 40));
      note.setContents("Call " + NAME + " back");
      PDAppearanceStream appearance = new PDAppearanceStream(d);
      appearance.setBBox(new PDRectangle(0, 0, 300, 40));
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), helvetica());
      appearance.setResources(resources);
      try (OutputStream out = appearance.getContentStream().createOutputStream()) {
        out.write("BT /F1 10 Tf 2 15 Td (Call %s back) Tj ET".formatted(NAME).getBytes(StandardCharsets.ISO_8859_1));
      }
      PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
      dictionary.setNormalAppearance(appearance);
      note.setAppearance(dictionary);
      page.getAnnotations().add(note);
    });
  }

  /** The name in the document information dictionary and in XMP, not on the page. */
  static byte[] metadata() {
    return pdf(d -> {
      rawPage(d, "BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET".formatted(KEEP));
      PDDocumentInformation info = d.getDocumentInformation();
      info.setAuthor(NAME);
      info.setTitle("Letter to " + NAME);
      info.setCreationDate(Calendar.getInstance());
      PDMetadata xmp = new PDMetadata(d);
      xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator xmlns:dc=\"http://purl.org/dc/"
          + "elements/1.1/\">" + NAME + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
      d.getDocumentCatalog().setMetadata(xmp);
    });
  }

  /**
   * A first revision that shows the name, then an incremental update that rewrites the page without it: the
   * old revision is still in the file's bytes, uncompressed.
   */
  static byte[] incrementalUpdate() {
    byte[] first = pdf(d -> rawPage(d, "BT /F1 12 Tf 72 700 Td (Dear %s,) Tj ET".formatted(NAME)));
    try (PDDocument document = Loader.loadPDF(first); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      out.write(first);
      PDPage page = document.getPage(0);
      PDStream stream = new PDStream(document);
      try (OutputStream content = stream.createOutputStream()) {
        content.write("BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET".formatted(KEEP)
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      page.setContents(stream);
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream update = new ByteArrayOutputStream();
      document.saveIncremental(update);
      return update.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The name in a form XObject that the page lists in its resources but never draws: invisible to anything that
   * follows the content, but extractable from the file.
   */
  static byte[] undrawnForm() {
    return pdf(d -> {
      PDPage page = rawPage(d, "BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET".formatted(KEEP));
      PDFormXObject form = new PDFormXObject(d);
      form.setBBox(new PDRectangle(0, 0, 400, 40));
      PDResources formResources = new PDResources();
      formResources.put(COSName.getPDFName("F1"), helvetica());
      form.setResources(formResources);
      try (OutputStream out = form.getContentStream().createOutputStream()) {
        out.write("BT /F1 10 Tf 0 10 Td (%s) Tj ET".formatted(NAME).getBytes(StandardCharsets.ISO_8859_1));
      }
      page.getResources().put(COSName.getPDFName("Unused"), form);
    });
  }

  /**
   * The name only as the ActualText of a marked-content span whose shown glyphs are initials: what a screen
   * reader would say, invisible to search by what is shown.
   */
  static byte[] actualText() {
    return pdf(d -> rawPage(d, """
        BT /F1 12 Tf 72 700 Td /Span <</ActualText (%s)>> BDC (J. S.) Tj EMC ET
        BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET
        """.formatted(NAME, KEEP)));
  }

  /** A text page followed by a page that is only a scanned image, with nothing findable as text. */
  static byte[] scannedPage() {
    return pdf(d -> {
      rawPage(d, "BT /F1 12 Tf 72 680 Td (In short: %s.) Tj ET".formatted(KEEP));
      PDPage page = new PDPage(PDRectangle.A4);
      d.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(d, page)) {
        out.drawImage(scan(d), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
    });
  }

  /** A white "scan" 595 x 842 pixels (72 dpi, one pixel per point) with a grey band across the middle. */
  static PDImageXObject scan(PDDocument document) throws IOException {
    BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 595, 842);
    g.setColor(Color.GRAY);
    g.fillRect(0, 400, 595, 40);
    g.dispose();
    return JPEGFactory.createFromImage(document, image, 0.9f);
  }

  static void text(PDPageContentStream out, PDFont font, float x, float y, String text) throws IOException {
    out.beginText();
    out.setFont(font, 12);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
