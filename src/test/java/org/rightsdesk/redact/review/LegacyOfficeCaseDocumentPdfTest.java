package org.rightsdesk.redact.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rightsdesk.collate.CaseDocument;
import org.rightsdesk.collate.DocumentType;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.LegacyOfficeCorpus;

/** Word 97-2003, OpenDocument text and Outlook documents become PDFs for the disclosure bundle with nothing a reader could not see. */
class LegacyOfficeCaseDocumentPdfTest {

  final DisclosureGate gate = new DisclosureGate();

  @Test
  void a_doc_becomes_the_gates_pdf_of_its_visible_text() throws Exception {
    byte[] doc = LegacyOfficeCorpus.toDoc(LegacyOfficeCorpus.docxWithEverything());

    String text = text(CaseDocumentPdf.convert(document(DocumentType.DOC), doc, null, gate));

    assertThat(text).contains("We hold the inserted words you asked for.", "Visible sentence.")
        .doesNotContain("DeletedSecret", "HiddenSecret", "CommentSecret", "HeaderSecret");
  }

  @Test
  void an_odt_becomes_the_gates_pdf_of_its_visible_text() throws Exception {
    byte[] odt = org.rightsdesk.gate.OdtGateTest.letterWithoutMacros();

    String text = text(CaseDocumentPdf.convert(document(DocumentType.ODT), odt, null, gate));

    assertThat(text).contains("We hold the inserted words you asked for.", "Visible sentence.", "Yours faithfully")
        .doesNotContain("DeletedSecret", "CommentSecret", "StyleHiddenSecret", "HeaderSecret");
  }

  @Test
  void a_msg_keeps_sender_date_and_subject_but_not_the_other_recipients() throws Exception {
    String extracted = "From: officer@council.example\nTo: colleague@council.example\nCc: manager@council.example\n"
        + "Subject: Figures\n\nPlease find the figures attached.";

    String text = text(CaseDocumentPdf.convert(document(DocumentType.MSG), new byte[0], extracted, gate));

    assertThat(text).contains("officer@council.example", "Subject: Figures", "Please find the figures attached.")
        .doesNotContain("colleague@council.example", "manager@council.example");
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
