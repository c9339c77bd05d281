package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.finding;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentGateTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void everyWordHidingPlaceIsFoundWhereItIs() throws Exception {
    Inspection inspection = gate.inspect("letter.docx", Corpus.letterWithEverything());

    assertThat(inspection.type()).isEqualTo(FileType.DOCX);
    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.TRACKED_CHANGE)
        .extracting(Finding::location).containsOnly("/word/document.xml paragraph 2");
    assertThat(finding(inspection, FindingKind.TRACKED_CHANGE).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.HIDDEN_TEXT).location()).isEqualTo("/word/document.xml paragraph 3");
    assertThat(finding(inspection, FindingKind.COMMENT).location()).isEqualTo("/word/comments.xml");
    assertThat(finding(inspection, FindingKind.DOCUMENT_PROPERTIES).detail()).contains("author", "company");
    assertThat(finding(inspection, FindingKind.EMBEDDED_OBJECT).location())
        .isEqualTo("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx");
    assertThat(finding(inspection, FindingKind.CUSTOM_XML).location()).isEqualTo("/customXml/item1.xml");
    assertThat(finding(inspection, FindingKind.ALT_TEXT).location()).isEqualTo("/word/document.xml paragraph 4");
    assertThat(finding(inspection, FindingKind.HEADER_FOOTER).severity()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void cleanedLetterIsAPdfOfTheVisibleTextWithChangesAccepted() throws Exception {
    Cleaned cleaned = gate.clean("letter.docx", Corpus.letterWithEverything());

    assertThat(cleaned.fileName()).isEqualTo("letter.pdf");
    assertThat(cleaned.type()).isEqualTo(FileType.PDF);
    String text = pdfText(cleaned.content());
    assertThat(text).contains("Dear requester,", "We hold the inserted words you asked for.", "Visible sentence.",
        "Yours sincerely", "Section 40(2) applies to staff names.");
    assertThat(text).doesNotContain("Secret");
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Alice Author", "Example Council");
    assertThat(cleaned.fixes()).allSatisfy(f -> assertThat(f.fix()).contains("PDF of the visible text"));
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void anOrdinaryLetterRaisesNoBlockingFinding() {
    Inspection inspection = gate.inspect("reply.docx", Corpus.plainLetter());

    assertThat(inspection.type()).isEqualTo(FileType.DOCX);
    assertThat(inspection.findings()).noneMatch(Finding::isBlocking);
  }
}
