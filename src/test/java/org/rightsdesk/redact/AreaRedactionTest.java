package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.redact.Extraction.key;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Areas: for what text search cannot find, such as a scanned page. */
class AreaRedactionTest {

  private final RedactionService service = new RedactionService(ReasonCodes.fromCatalogue());

  @Test
  void an_area_over_a_scan_replaces_the_pixels_in_the_image_itself() throws Exception {
    byte[] original = TrickyPdfs.scannedPage();
    // the scan's grey band runs across y 402..442 in PDF points (rows 400..440 from the top of an 842-row image)
    RedactionRequest.Area area = new RedactionRequest.Area(2, 100, 402, 200, 40, "DPA-Sch2-third-party");

    RedactionResult result = service.redact(original, "scan.pdf", new RedactionRequest(List.of(), List.of(),
        List.of(area), null));

    assertThat(result.log()).singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(RedactionLogEntry.Action.IMAGE_PIXELS_REPLACED));
    try (PDDocument document = Loader.loadPDF(result.pdf())) {
      PDResources resources = document.getPage(1).getResources();
      // the page's images apart from the label masks drawn in the boxes
      List<PDImageXObject> images = new ArrayList<>();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image && !image.isStencil()) {
          images.add(image);
        }
      }
      assertThat(images).hasSize(1);
      BufferedImage pixels = images.get(0).getImage();
      // inside the area: black in the image, not only under a box
      assertThat(brightness(pixels.getRGB(200, 842 - 420))).isLessThan(20);
      // outside it: the scan as it was (white paper, grey band)
      assertThat(brightness(pixels.getRGB(50, 100))).isGreaterThan(235);
      assertThat(brightness(pixels.getRGB(450, 842 - 420))).isBetween(100, 160);
    }
  }

  @Test
  void an_area_over_text_cuts_the_glyphs_under_it_and_leaves_the_rest() throws Exception {
    byte[] original = TrickyPdfs.pdf(d -> TrickyPdfs.rawPage(d, """
        BT /F1 12 Tf 72 700 Td (Signature: J. Smithers-Walton) Tj ET
        BT /F1 12 Tf 72 680 Td (In short: the decision letter is attached.) Tj ET
        """));
    // "Signature: " is about 58 points wide at 12 pt, so the area starts after it, over the signature only
    RedactionRequest.Area area = new RedactionRequest.Area(1, 135, 695, 200, 16, "FOIA-s40(2)");

    RedactionResult result = service.redact(original, "signed.pdf", new RedactionRequest(List.of(), List.of(),
        List.of(area), null));

    String text = key(Extraction.pdftotext(result.pdf()));
    assertThat(text).contains("signature:", key("In short: the decision letter is attached."))
        .doesNotContain("smithers", "walton");
    assertThat(result.log()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(RedactionLogEntry.Action.TEXT_REMOVED);
      assertThat(e.removedTextSha256()).isEqualTo(PageRedactor.sha256(result.removedText().get(e.removedTextSha256())));
    });
    assertThat(result.removedText().values()).singleElement().asString().contains("Smithers-Walton");
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
