package org.rightsdesk.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.LegacyOfficeCorpus;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.MutableClock;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Word 97-2003 (.doc) and Outlook (.msg) files added to a case: the case holds only what a reader sees. */
class LegacyOfficeDocumentsTest {

  private static byte[] doc;

  JdbcClient jdbc;
  CollateService collate;
  String reference;

  /** LibreOffice writes the .doc from a DOCX with a tracked change, hidden text, a comment and a header. */
  @BeforeAll
  static void convertLetter() throws Exception {
    doc = LegacyOfficeCorpus.toDoc(LegacyOfficeCorpus.docxWithEverything());
  }

  @BeforeEach
  void given_a_case() {
    jdbc = JdbcClient.create(MigratedDatabase.h2());
    collate = new CollateService(mock(CaseWorkService.class),
        new DocumentInspector(new DisclosureGate(), 1024 * 1024, 4 * 1024 * 1024, 100),
        new DatabaseDocumentStorage(jdbc), new CollateRepository(jdbc), new MutableClock(CollateServiceTest.NOW));
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  void a_doc_is_accepted_and_the_case_holds_its_visible_text_with_changes_accepted() {
    CaseDocument added = collate.addDocument(reference, "letter.doc", doc, "Shared drive", "caseworker");

    assertThat(added.type()).isEqualTo(DocumentType.DOC);
    assertThat(collate.content(reference, added.id()).content()).isEqualTo(doc);
    assertThat(collate.text(reference, added.id())).hasValueSatisfying(text -> assertThat(text)
        .contains("Dear requester,", "We hold the inserted words you asked for.", "Visible sentence.", "North | 12")
        .doesNotContain("DeletedSecret", "HiddenSecret", "CommentSecret", "HeaderSecret"));
  }

  @Test
  void a_doc_with_macros_is_refused() throws Exception {
    byte[] macros = LegacyOfficeCorpus.withMacroAndEmbeddedWorkbook(doc);

    assertThatThrownBy(() -> collate.addDocument(reference, "letter.doc", macros, "Shared drive", "caseworker"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message()).contains("macros"));
    assertThat(collate.documents(reference)).isEmpty();
  }

  @Test
  void a_msg_is_accepted_as_an_email_with_sender_date_subject_and_body_but_not_the_other_recipients()
      throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithEverything(LegacyOfficeCorpus.docxWithEverything(), "letter.docx");

    CaseDocument added = collate.addDocument(reference, "message.msg", msg, "Outlook", "caseworker");

    assertThat(added.type()).isEqualTo(DocumentType.MSG);
    assertThat(collate.content(reference, added.id()).content()).isEqualTo(msg);
    assertThat(collate.text(reference, added.id())).hasValueSatisfying(text -> assertThat(text)
        .contains("From: Council Officer <" + LegacyOfficeCorpus.SENDER + ">", "Subject: Figures you asked for",
            "Date: Thu, 28 May 2026", "Please find the figures attached.")
        .doesNotContain(LegacyOfficeCorpus.OTHER_RECIPIENTS.get(0), LegacyOfficeCorpus.OTHER_RECIPIENTS.get(1),
            "192.0.2.10", "HiddenSecret"));
  }
}
