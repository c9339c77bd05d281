package org.rightsdesk.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.FileType;

/** The documents page reads each document's report once, not at every view. */
class DocumentInspectionsTest {

  private final CollateService collate = mock(CollateService.class);
  private final DocumentInspections inspections = new DocumentInspections(collate, new DisclosureGate());

  @Test
  void a_document_is_inspected_once_and_its_report_shown_again_from_memory() {
    CaseDocument letter = document("d1", "aaa");
    when(collate.content("IR-1", "d1")).thenReturn(content(letter, "Dear Sir"));

    assertThat(inspections.of(letter).type()).isEqualTo(FileType.TEXT);
    assertThat(inspections.of(letter).type()).isEqualTo(FileType.TEXT);

    verify(collate, times(1)).content("IR-1", "d1");
  }

  @Test
  void different_content_is_inspected_on_its_own() {
    CaseDocument first = document("d1", "aaa");
    CaseDocument second = document("d2", "bbb");
    when(collate.content("IR-1", "d1")).thenReturn(content(first, "Dear Sir"));
    when(collate.content("IR-1", "d2")).thenReturn(content(second, "Dear Madam"));

    inspections.of(first);
    inspections.of(second);

    verify(collate).content("IR-1", "d1");
    verify(collate).content("IR-1", "d2");
  }

  private static CaseDocument document(String id, String sha256) {
    return new CaseDocument(id, "IR-1", "letter.txt", DocumentType.TEXT, 8, sha256, "email", "cw", Instant.EPOCH);
  }

  private static DocumentContent content(CaseDocument document, String text) {
    return new DocumentContent(document, text.getBytes(StandardCharsets.UTF_8));
  }
}
