package org.rightsdesk.redact.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.rightsdesk.collate.CaseDocument;
import org.rightsdesk.collate.DocumentType;
import org.rightsdesk.gate.DisclosureGate;

/** What a document becomes before redaction: nothing its reader could not see goes into the PDF. */
class CaseDocumentPdfTest {

  final DisclosureGate gate = new DisclosureGate();

  @Test
  void a_word_document_loses_its_hidden_text_and_keeps_what_is_visible() throws Exception {
    byte[] docx;
    try (XWPFDocument word = new XWPFDocument()) {
      word.createParagraph().createRun().setText("The duty teacher dealt with the incident.");
      XWPFRun hidden = word.createParagraph().createRun();
      hidden.setText("Note to self: the parent is Jane Hidden.");
      hidden.setVanish(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      word.write(out);
      docx = out.toByteArray();
    }

    String text = text(CaseDocumentPdf.convert(document(DocumentType.DOCX), docx, null, gate));

    assertThat(text).contains("The duty teacher dealt with the incident.").doesNotContain("Jane Hidden");
  }

  @Test
  void an_email_keeps_sender_date_and_subject_but_not_the_other_recipients() throws Exception {
    String extracted = "From: head@school.example\nTo: parent.one@example.org, parent.two@example.org\n"
        + "Cc: governor@example.org\nSubject: Trip\n\nThe trip is on Friday.";

    String text = text(CaseDocumentPdf.convert(document(DocumentType.EMAIL), new byte[0], extracted, gate));

    assertThat(text).contains("head@school.example").contains("Subject: Trip").contains("The trip is on Friday.")
        .doesNotContain("parent.one").doesNotContain("governor@example.org");
  }

  private static CaseDocument document(DocumentType type) {
    return new CaseDocument("00000000-0000-0000-0000-000000000001", "IR-2026-000001", "file", type, 1, "0", "here",
        "caseworker", Instant.parse("2026-03-04T10:00:00Z"));
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
