package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The cleaned copy of a Word document keeps what its reader sees beyond plain text: a table stays a grid whose
 * cells read in row order, and a picture is redrawn from its pixels, leaving behind what the picture file held
 * (GPS position, artist, camera serial number).
 */
class WordSafePdfTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void a_table_keeps_its_rows_and_a_photo_is_redrawn_without_its_exif() throws Exception {
    byte[] docx = letterWithTableAndPhoto(Corpus.jpegWithGps());

    Cleaned cleaned = gate.clean("report.docx", docx);

    try (PDDocument pdf = Loader.loadPDF(cleaned.content())) {
      List<PDImageXObject> images = images(pdf.getPage(0).getResources());
      assertThat(images).hasSize(1);
      assertThat(images.get(0).getWidth()).isEqualTo(ImageSize.of(Corpus.jpegWithGps())[0]);
      byte[] stored;
      try (InputStream in = images.get(0).getCOSObject().createRawInputStream()) {
        stored = in.readAllBytes();
      }
      assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "ArtistSecret", "SN-Secret-42");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      assertThat(text).containsSubsequence("Site visit report", "Item", "Cost", "Fence repair", "1,200",
          "Gate lock", "85", "The photograph shows the fence.");
      assertThat(text.lines().map(String::strip)).contains("Item Cost", "Fence repair 1,200", "Gate lock 85");
    }
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain("ArtistSecret", "SN-Secret-42");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings())
        .noneMatch(f -> f.severity() == Severity.BLOCKING);
  }

  @Test
  void a_picture_in_a_format_that_cannot_be_redrawn_is_named_not_copied() throws Exception {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("A drawing follows.");
      document.createParagraph().createRun().addPicture(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}),
          PictureType.EMF, "drawing.emf", Units.toEMU(50), Units.toEMU(50));
      document.write(out);
      docx = out.toByteArray();
    }

    String text = GateAssertions.pdfText(gate.clean("drawing.docx", docx).content());

    assertThat(text).contains("A drawing follows.", "[picture left out: a image/x-emf picture");
  }

  private static byte[] letterWithTableAndPhoto(byte[] photo) throws Exception {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Site visit report");
      XWPFTable table = document.createTable(3, 2);
      String[][] cells = {{"Item", "Cost"}, {"Fence repair", "1,200"}, {"Gate lock", "85"}};
      for (int row = 0; row < 3; row++) {
        for (int column = 0; column < 2; column++) {
          table.getRow(row).getCell(column).setText(cells[row][column]);
        }
      }
      int[] size = ImageSize.of(photo);
      document.createParagraph().createRun().addPicture(new ByteArrayInputStream(photo), PictureType.JPEG,
          "photo.jpg", Units.pixelToEMU(size[0]), Units.pixelToEMU(size[1]));
      document.createParagraph().createRun().setText("The photograph shows the fence.");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static List<PDImageXObject> images(PDResources resources) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }

  private static final class ImageSize {
    static int[] of(byte[] picture) throws IOException {
      var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(picture));
      return new int[] {image.getWidth(), image.getHeight()};
    }
  }
}
