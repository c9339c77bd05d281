package org.rightsdesk.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.MutableClock;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents and searches stored on H2; {@link CollateServiceOnPostgresTest} runs the same on PostgreSQL. */
class CollateServiceTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  JdbcClient jdbc;
  CollateService collate;
  String reference;

  DataSource dataSource() {
    return MigratedDatabase.h2();
  }

  @BeforeEach
  void given_a_case() {
    jdbc = JdbcClient.create(dataSource());
    collate = new CollateService(mock(CaseWorkService.class), new DocumentInspector(new org.rightsdesk.gate.DisclosureGate(), 1024 * 1024, 4 * 1024 * 1024, 100),
        new DatabaseDocumentStorage(jdbc), new CollateRepository(jdbc), new MutableClock(NOW));
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  void a_document_is_kept_with_its_hash_where_it_was_found_who_added_it_and_its_text() throws Exception {
    byte[] pdf = TestFiles.pdf("Governors minutes 2025");

    CaseDocument added = collate.addDocument(reference, "C:\\Shared\\minutes.pdf", pdf, " SharePoint/Governors ", "caseworker");

    assertThat(added.type()).isEqualTo(DocumentType.PDF);
    assertThat(added.fileName()).isEqualTo("minutes.pdf");
    assertThat(added.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(collate.documents(reference)).containsExactly(
        new CaseDocument(added.id(), reference, "minutes.pdf", DocumentType.PDF, pdf.length, added.sha256(),
            "SharePoint/Governors", "caseworker", NOW));
    assertThat(collate.content(reference, added.id()).content()).isEqualTo(pdf);
    assertThat(collate.text(reference, added.id())).hasValueSatisfying(t -> assertThat(t).contains("Governors minutes 2025"));
  }

  @Test
  void a_document_is_read_only_through_its_own_case() {
    String other = MigratedDatabase.newCase(jdbc);
    CaseDocument added = collate.addDocument(reference, "note.txt", TestFiles.utf8("hello"), "Email", "caseworker");

    assertThat(collate.documents(other)).isEmpty();
    assertThatThrownBy(() -> collate.content(other, added.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_bad_file_and_a_missing_place_are_both_named_and_nothing_is_kept() {
    long stored = jdbc.sql("SELECT COUNT(*) FROM document_content").query(Long.class).single();

    assertThatThrownBy(() -> collate.addDocument(reference, "x.txt", new byte[0], " ", "caseworker"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(InvalidInputException.FieldError::field).containsExactly("foundIn", "file"));
    assertThatThrownBy(() -> collate.addDocument(reference, "big.txt", TestFiles.utf8("a".repeat(1024 * 1024 + 1)),
            "Drive", "caseworker"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("larger than the limit of 1 MB"));
    assertThat(collate.documents(reference)).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM document_content").query(Long.class).single()).isEqualTo(stored);
  }

  @Test
  void a_large_binary_document_round_trips_byte_for_byte() {
    byte[] png = TestFiles.image("png");
    CaseDocument added = collate.addDocument(reference, null, png, "Photos folder", "caseworker");

    assertThat(added.fileName()).isEqualTo("document.png");
    assertThat(collate.content(reference, added.id()).content()).isEqualTo(png);
  }

  @Test
  void searches_are_logged_and_their_minutes_totalled_for_the_cost_estimate() {
    SearchRecord first = collate.logSearch(reference, new NewSearch("Arbor MIS", null, 20, null), "caseworker");
    collate.logSearch(reference, new NewSearch("Email archive", "school-office", 45, "Searched 2025 only"), "caseworker");
    collate.logSearch(MigratedDatabase.newCase(jdbc), new NewSearch("Other case", null, 600, null), "caseworker");

    assertThat(first.searchedBy()).isEqualTo("caseworker");
    assertThat(collate.searches(reference)).extracting(SearchRecord::system).containsExactly("Arbor MIS", "Email archive");
    assertThat(collate.searches(reference).get(1).note()).isEqualTo("Searched 2025 only");
    assertThat(collate.totalSearchMinutes(reference)).isEqualTo(65);
  }

  @Test
  void a_search_without_a_system_or_with_impossible_minutes_is_refused_naming_each_field() {
    assertThatThrownBy(() -> collate.logSearch(reference, new NewSearch(" ", "", -1, "x".repeat(2001)), "caseworker"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(InvalidInputException.FieldError::field)
            .containsExactly("system", "searchedBy", "minutes", "note"));
    assertThatThrownBy(() -> collate.logSearch(reference, new NewSearch("MIS", null, null, null), "caseworker"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("minutes"));
    assertThat(collate.totalSearchMinutes(reference)).isZero();
  }
}
