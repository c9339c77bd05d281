package org.rightsdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.MutableClock;
import org.rightsdesk.portal.UploadedFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Identity evidence on H2; {@link EvidenceStoreOnPostgresTest} runs the same on PostgreSQL. */
class EvidenceStoreTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  final MutableClock clock = new MutableClock(NOW);
  JdbcClient jdbc;
  EvidenceStore store;
  String reference;

  DataSource dataSource() {
    return MigratedDatabase.h2();
  }

  @BeforeEach
  void given_a_case() {
    jdbc = JdbcClient.create(dataSource());
    store = new EvidenceStore(jdbc, clock);
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  void a_stored_file_is_listed_without_content_and_read_back_whole() throws Exception {
    byte[] content = binary(300_000);

    String id = store.store(reference, new UploadedFile("Passport", "passport.pdf", "application/pdf", content));

    assertThat(store.list(reference))
        .containsExactly(new StoredEvidence(id, reference, "Passport", "application/pdf", 300_000, sha256(content), NOW, null));
    EvidenceContent read = store.read(reference, id).orElseThrow();
    assertThat(read.content()).isEqualTo(content);
    assertThat(read.evidence().contentAvailable()).isTrue();
    assertThat(read.evidence().fileName()).isEqualTo(reference + "-evidence-" + id.substring(0, 8) + ".pdf");
  }

  @Test
  void a_file_is_read_only_through_its_own_case() {
    String other = MigratedDatabase.newCase(jdbc);
    String id = store.store(reference, new UploadedFile("Passport", "p.png", "image/png", binary(10)));

    assertThat(store.read(other, id)).isEmpty();
    assertThat(store.list(other)).isEmpty();
  }

  @Test
  void deleting_the_copies_keeps_the_record_of_what_was_received_and_when_the_copy_went() {
    String first = store.store(reference, new UploadedFile("Passport", "a.jpg", "image/jpeg", binary(1000)));
    clock.advance(Duration.ofMinutes(1));
    store.store(reference, new UploadedFile("Utility bill", "b.pdf", "application/pdf", binary(2000)));
    String other = MigratedDatabase.newCase(jdbc);
    String kept = store.store(other, new UploadedFile("Passport", "c.png", "image/png", binary(10)));
    clock.advance(Duration.ofDays(3));
    Instant deletion = clock.instant();

    int deleted = store.deleteContent(reference);

    assertThat(deleted).isEqualTo(2);
    assertThat(store.read(reference, first)).isEmpty();
    assertThat(store.list(reference))
        .hasSize(2)
        .allSatisfy(e -> {
          assertThat(e.contentAvailable()).isFalse();
          assertThat(e.contentDeletedAt()).isEqualTo(deletion);
          assertThat(e.sha256()).matches("[0-9a-f]{64}");
        })
        .extracting(StoredEvidence::documentType)
        .containsExactly("Passport", "Utility bill");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_evidence WHERE case_reference = ? AND content IS NOT NULL")
        .param(reference).query(Long.class).single()).isZero();
    assertThat(store.read(other, kept)).isPresent();
    assertThat(store.deleteContent(reference)).isZero();
  }

  @Test
  void only_inspected_types_are_kept() {
    assertThatThrownBy(() -> store.store(reference, new UploadedFile("Passport", "x.html", "text/html", binary(5))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] binary(int size) {
    byte[] content = new byte[size];
    new java.util.Random(size).nextBytes(content);
    return content;
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
