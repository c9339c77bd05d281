package org.rightsdesk.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.OdtGateTest;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.MutableClock;
import org.rightsdesk.request.CaseWorkService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An OpenDocument text (.odt) added to a case: the case holds only what a reader of it sees. */
class OpenDocumentTextDocumentsTest {

  JdbcClient jdbc;
  CollateService collate;
  String reference;

  @BeforeEach
  void given_a_case() {
    jdbc = JdbcClient.create(MigratedDatabase.h2());
    collate = new CollateService(mock(CaseWorkService.class),
        new DocumentInspector(new DisclosureGate(), 1024 * 1024, 4 * 1024 * 1024, 100),
        new DatabaseDocumentStorage(jdbc), new CollateRepository(jdbc), new MutableClock(CollateServiceTest.NOW));
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  void an_odt_is_accepted_and_the_case_holds_its_visible_text_with_changes_accepted() throws Exception {
    byte[] odt = OdtGateTest.letterWithoutMacros();

    CaseDocument added = collate.addDocument(reference, "letter.odt", odt, "Shared drive", "caseworker");

    assertThat(added.type()).isEqualTo(DocumentType.ODT);
    assertThat(collate.content(reference, added.id()).content()).isEqualTo(odt);
    assertThat(collate.text(reference, added.id())).hasValueSatisfying(text -> assertThat(text)
        .contains("Dear requester,", "We hold the inserted words you asked for.", "Visible sentence.", "North")
        .doesNotContain("DeletedSecret", "CommentSecret", "StyleHiddenSecret", "WhiteSecret", "HeaderSecret"));
  }

  @Test
  void an_odt_with_macros_is_refused() throws Exception {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> collate.addDocument(reference, "letter.odt",
            OdtGateTest.letterWithEverything(), "Shared drive", "caseworker"))
        .isInstanceOfSatisfying(org.rightsdesk.web.InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("macros"));
    assertThat(collate.documents(reference)).isEmpty();
  }
}
