package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.redact.Extraction.key;
import static org.rightsdesk.redact.TrickyPdfs.DEJAVU;
import static org.rightsdesk.redact.TrickyPdfs.NAME;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A long document is redacted and written in parts so memory does not grow with its pages. The output must
 * still be one well-formed file: every page in order, fonts stored once, and nothing of a page from another
 * part copied in through a link.
 */
class RedactionInPartsTest {

  private static final int PAGES = 7;

  @Test
  void every_page_keeps_its_place_the_name_is_gone_and_the_font_is_stored_once() throws Exception {
    byte[] original = document(false);
    List<RedactionLogEntry> log = new ArrayList<>();

    RedactionResult result = inParts(3).redact(original, "long.pdf", TrickyPdfRedactionTest.request(NAME));
    log.addAll(result.log());

    try (PDDocument redacted = Loader.loadPDF(result.pdf())) {
      assertThat(redacted.getNumberOfPages()).isEqualTo(PAGES);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= PAGES; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(redacted)).contains("Page " + page + " of the file").doesNotContain("Smithers");
      }
      assertThat(redacted.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      long fontPrograms = redacted.getDocument().getXrefTable().keySet().stream()
          .map(key -> redacted.getDocument().getObjectFromPool(key).getObject())
          .filter(object -> object instanceof COSStream stream && stream.containsKey(COSName.LENGTH1))
          .count();
      assertThat(fontPrograms).as("the embedded font, shared by all three parts").isEqualTo(1);
    }
    assertThat(key(Extraction.pdftotext(result.pdf()))).doesNotContain("smithers").contains("page7ofthefile");
    assertThat(log).hasSize(PAGES).allSatisfy(entry -> assertThat(entry.action())
        .isEqualTo(RedactionLogEntry.Action.TEXT_REMOVED));
    assertThat(log).extracting(RedactionLogEntry::page).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void a_link_to_a_page_in_another_part_is_dropped_and_that_page_is_not_copied_in() throws Exception {
    byte[] original = document(true);

    byte[] redacted = inParts(2).redact(original, "linked.pdf", TrickyPdfRedactionTest.request(NAME)).pdf();

    String raw = new String(redacted, StandardCharsets.ISO_8859_1);
    assertThat(raw.split("/Type /Page\\b(?!s)", -1)).as("page objects in the file").hasSize(PAGES + 1);
    try (PDDocument document = Loader.loadPDF(redacted)) {
      PDAnnotationLink link = (PDAnnotationLink) document.getPage(0).getAnnotations().get(0);
      assertThat(((PDPageDestination) link.getDestination()).getPage()).isNull();
      assertThat(document.getDocumentCatalog().getDocumentOutline()).as("bookmarks point at pages").isNull();
    }
    assertThat(key(Extraction.pdftotext(redacted))).doesNotContain("smithers");
  }

  @Test
  void a_document_redacted_in_one_part_keeps_its_bookmarks_and_links() throws Exception {
    byte[] redacted = inParts(PAGES).redact(document(true), "linked.pdf", TrickyPdfRedactionTest.request(NAME))
        .pdf();

    try (PDDocument document = Loader.loadPDF(redacted)) {
      PDAnnotationLink link = (PDAnnotationLink) document.getPage(0).getAnnotations().get(0);
      assertThat(((PDPageDestination) link.getDestination()).getPage().getCOSObject())
          .isSameAs(document.getPage(4).getCOSObject());
      PDOutlineItem bookmark = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertThat(bookmark.getTitle()).isEqualTo("Chapter five");
      assertThat(((PDPageDestination) bookmark.getDestination()).retrievePageNumber()).isEqualTo(4);
    }
  }

  @Test
  void a_file_encrypted_for_its_owner_only_is_written_decrypted_and_readable() throws Exception {
    byte[] original = TrickyPdfs.pdf(document -> {
      for (int page = 1; page <= 3; page++) {
        PDPage p = new PDPage(PDRectangle.A4);
        document.addPage(p);
        try (PDPageContentStream out = new PDPageContentStream(document, p)) {
          TrickyPdfs.text(out, TrickyPdfs.helvetica(), 72, 760, "Page " + page + " of the file");
          TrickyPdfs.text(out, TrickyPdfs.helvetica(), 72, 740, "Written by " + NAME + " for the panel");
        }
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
    });

    byte[] redacted = inParts(2).redact(original, "protected.pdf", TrickyPdfRedactionTest.request(NAME)).pdf();

    try (PDDocument document = Loader.loadPDF(redacted)) {
      assertThat(document.isEncrypted()).isFalse();
      assertThat(new PDFTextStripper().getText(document)).contains("Page 3 of the file").doesNotContain("Smithers");
    }
    assertThat(key(Extraction.pdftotext(redacted))).contains("page1ofthefile").doesNotContain("smithers");
  }

  private static RedactionService inParts(int pages) {
    return new RedactionService(ReasonCodes.fromCatalogue(), pages);
  }

  /** Seven A4 pages in one embedded font, each naming the person; optionally a link and a bookmark to page 5. */
  private static byte[] document(boolean linked) {
    return TrickyPdfs.pdf(document -> {
      PDFont font = PDType0Font.load(document, DEJAVU.toFile());
      for (int page = 1; page <= PAGES; page++) {
        PDPage p = new PDPage(PDRectangle.A4);
        document.addPage(p);
        try (PDPageContentStream out = new PDPageContentStream(document, p)) {
          TrickyPdfs.text(out, font, 72, 760, "Page " + page + " of the file");
          TrickyPdfs.text(out, font, 72, 740, "Written by " + NAME + " for the panel");
        }
      }
      if (linked) {
        PDPageFitDestination toPageFive = new PDPageFitDestination();
        toPageFive.setPage(document.getPage(4));
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 700, 100, 20));
        link.setDestination(toPageFive);
        document.getPage(0).getAnnotations().add(link);
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem bookmark = new PDOutlineItem();
        bookmark.setTitle("Chapter five");
        bookmark.setDestination(toPageFive);
        outline.addLast(bookmark);
        document.getDocumentCatalog().setDocumentOutline(outline);
      }
    });
  }
}
