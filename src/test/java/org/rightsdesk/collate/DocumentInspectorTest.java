package org.rightsdesk.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsdesk.web.InvalidInputException;

/** Each accepted type with its extracted text, and each kind of bad file refused naming the field "file". */
class DocumentInspectorTest {

  final DocumentInspector inspector = new DocumentInspector(new org.rightsdesk.gate.DisclosureGate(), 1024 * 1024, 512 * 1024, 50);

  @Test
  void a_workbook_is_accepted_and_only_its_visible_cells_are_read() throws Exception {
    byte[] workbook;
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      book.createSheet("Summary").createRow(0).createCell(0).setCellValue("Total incidents 2025: 14");
      book.createSheet("Staff").createRow(0).createCell(0).setCellValue("PC Janet Hidden, collar 4471");
      book.setSheetHidden(1, true);
      var out = new java.io.ByteArrayOutputStream();
      book.write(out);
      workbook = out.toByteArray();
    }

    DocumentInspector.Inspected inspected = inspector.inspect(workbook);

    assertThat(inspected.type()).isEqualTo(DocumentType.SPREADSHEET);
    assertThat(inspected.text()).contains("Total incidents 2025: 14").doesNotContain("Janet Hidden").doesNotContain("4471");
  }

  @Test
  void a_pdf_is_accepted_with_its_text() {
    DocumentInspector.Inspected pdf = inspector.inspect(TestFiles.pdf("Minutes of the governing body"));

    assertThat(pdf.type()).isEqualTo(DocumentType.PDF);
    assertThat(pdf.text()).contains("Minutes of the governing body");
  }

  @Test
  void a_docx_is_accepted_with_the_text_of_its_paragraphs() {
    DocumentInspector.Inspected docx = inspector.inspect(TestFiles.docx("Behaviour log", "Year 5 & 6"));

    assertThat(docx.type()).isEqualTo(DocumentType.DOCX);
    assertThat(docx.text()).isEqualTo("Behaviour log\nYear 5 & 6\n");
  }

  @Test
  void an_email_is_accepted_with_its_headers_and_plain_text_body() {
    DocumentInspector.Inspected email = inspector.inspect(TestFiles.email());

    assertThat(email.type()).isEqualTo(DocumentType.EMAIL);
    assertThat(email.text())
        .contains("From: Head Teacher <head@school.example>", "Subject: Playground incident",
            "Please keep the incident log for Year 5.")
        .doesNotContain("<b>");
  }

  @Test
  void images_are_accepted_without_text() {
    assertThat(inspector.inspect(TestFiles.image("png"))).isEqualTo(new DocumentInspector.Inspected(DocumentType.PNG, ""));
    assertThat(inspector.inspect(TestFiles.image("jpeg")).type()).isEqualTo(DocumentType.JPEG);
  }

  @Test
  void utf8_text_is_accepted_as_it_is() {
    String note = "Phone note: parent asked about the trip to Cromer — £12 deposit.\n";

    assertThat(inspector.inspect(TestFiles.utf8("\uFEFF" + note))).isEqualTo(new DocumentInspector.Inspected(DocumentType.TEXT, note));
  }

  @Test
  void an_empty_file_is_refused() {
    assertRefused(new byte[0], "is empty.");
  }

  @Test
  void a_file_over_the_limit_is_refused() {
    assertRefused(TestFiles.utf8("a".repeat(1024 * 1024 + 1)), "is larger than the limit of 1 MB.");
  }

  @Test
  void a_corrupt_pdf_is_refused() {
    byte[] pdf = TestFiles.pdf("x");
    byte[] broken = Arrays.copyOf(pdf, 60);

    assertRefused(broken, "is a damaged PDF");
  }

  @Test
  void a_zip_bomb_is_refused_before_it_is_unpacked() {
    byte[] bomb = TestFiles.zipBomb(5 * 1024 * 1024);

    assertThat(bomb.length).isLessThan(64 * 1024);
    assertRefused(bomb, "may be a ZIP bomb");
  }

  @Test
  void a_zip_with_too_many_entries_is_refused() {
    assertRefused(TestFiles.zipWithEntries(51), "more than 50 entries");
  }

  @Test
  void a_zip_that_is_not_a_docx_is_refused() {
    assertRefused(TestFiles.zip(Map.of("photos/a.txt", "hello")), "not a Word (.docx) document");
  }

  @Test
  void a_docx_with_macros_is_refused() {
    assertRefused(TestFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<d/>",
        "word/vbaProject.bin", "x")), "with macros");
  }

  @Test
  void html_pretending_to_be_text_is_refused() {
    assertRefused(TestFiles.utf8("  <!DOCTYPE html><html><script>alert(1)</script></html>"), "is a web page");
  }

  @Test
  void text_with_a_nul_or_invalid_utf8_is_refused() {
    assertRefused(TestFiles.utf8("abc\0def"), "binary file");
    assertRefused(new byte[] {'a', (byte) 0xC3, '(', 'b'}, "not UTF-8");
  }

  @Test
  void a_program_is_refused() {
    assertRefused(new byte[] {'M', 'Z', 0, 0, 1}, "is a program");
  }

  @Test
  void a_picture_with_a_broken_body_is_refused() {
    byte[] png = TestFiles.image("png");

    assertRefused(Arrays.copyOf(png, 40), "PNG image that cannot be read");
  }

  private void assertRefused(byte[] content, String message) {
    assertThatThrownBy(() -> inspector.inspect(content))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.errors()).hasSize(1);
          assertThat(e.errors().get(0).field()).isEqualTo("file");
          assertThat(e.errors().get(0).message()).contains(message);
        });
  }
}
