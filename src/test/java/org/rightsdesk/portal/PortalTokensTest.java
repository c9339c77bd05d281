package org.rightsdesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requester links on H2; {@link PortalTokensOnPostgresTest} runs the same on PostgreSQL. */
class PortalTokensTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  final MutableClock clock = new MutableClock(NOW);
  JdbcClient jdbc;
  PortalTokens tokens;
  String reference;

  DataSource dataSource() {
    return MigratedDatabase.h2();
  }

  @BeforeEach
  void given_a_case() {
    jdbc = JdbcClient.create(dataSource());
    tokens = new PortalTokens(jdbc, clock, "https://rights.example.org/");
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  void an_issued_link_resolves_to_its_case_purpose_and_expiry() {
    Instant expires = NOW.plus(14, ChronoUnit.DAYS);

    String link = tokens.issue(reference, PortalPurpose.CLARIFICATION, expires);

    assertThat(link).matches("https://rights\\.example\\.org/portal/[A-Za-z0-9_-]{43}");
    assertThat(tokens.resolve(token(link))).contains(new PortalGrant(reference, PortalPurpose.CLARIFICATION, null, expires));
  }

  @Test
  void the_table_holds_the_sha256_of_the_token_and_never_the_token() {
    String token = token(tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));

    Map<String, Object> row =
        jdbc.sql("SELECT * FROM portal_token WHERE case_reference = ?").param(reference).query().singleRow();

    assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
    assertThat(row.entrySet())
        .filteredOn(e -> e.getKey().equalsIgnoreCase("token_hash"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue()).isEqualTo(PortalTokens.hash(token)));
    assertThat(PortalTokens.hash(token)).matches("[0-9a-f]{64}");
  }

  @Test
  void links_are_unguessable_each_issue_differs() {
    String first = token(tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));
    String second = token(tokens.issue(MigratedDatabase.newCase(jdbc), PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));

    assertThat(first).isNotEqualTo(second).doesNotContain(reference);
  }

  @Test
  void an_expired_link_does_not_resolve() {
    String token = token(tokens.issue(reference, PortalPurpose.CLARIFICATION, NOW.plus(Duration.ofHours(1))));

    clock.advance(Duration.ofHours(1));

    assertThat(tokens.resolve(token)).isEmpty();
    assertThat(tokens.lookup(token)).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(PortalTokens.State.CLOSED));
    assertThat(tokens.claim(token)).isFalse();
  }

  @Test
  void a_revoked_link_does_not_resolve_and_other_purposes_are_untouched() {
    String clarification = token(tokens.issue(reference, PortalPurpose.CLARIFICATION, NOW.plus(Duration.ofDays(7))));
    String fee = token(tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));

    tokens.revoke(reference, PortalPurpose.CLARIFICATION);

    assertThat(tokens.resolve(clarification)).isEmpty();
    assertThat(tokens.resolve(fee)).isPresent();
  }

  @Test
  void issuing_a_new_link_closes_the_earlier_one_for_the_same_purpose() {
    String old = token(tokens.issue(reference, PortalPurpose.IDENTITY_EVIDENCE, NOW.plus(Duration.ofDays(7))));
    String current = token(tokens.issue(reference, PortalPurpose.IDENTITY_EVIDENCE, NOW.plus(Duration.ofDays(7))));

    assertThat(tokens.resolve(old)).isEmpty();
    assertThat(tokens.resolve(current)).isPresent();
  }

  @Test
  void a_used_link_does_not_resolve_and_is_claimed_only_once() {
    String token = token(tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));

    assertThat(tokens.claim(token)).isTrue();
    assertThat(tokens.claim(token)).isFalse();
    assertThat(tokens.resolve(token)).isEmpty();
    assertThat(tokens.lookup(token)).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(PortalTokens.State.USED));
  }

  @Test
  void mark_used_closes_the_link() {
    String token = token(tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7))));

    tokens.markUsed(token);

    assertThat(tokens.resolve(token)).isEmpty();
  }

  @Test
  void forged_and_malformed_strings_resolve_to_nothing() {
    tokens.issue(reference, PortalPurpose.FEE, NOW.plus(Duration.ofDays(7)));

    assertThat(tokens.resolve("A".repeat(43))).isEmpty();
    assertThat(tokens.resolve(reference)).isEmpty();
    assertThat(tokens.resolve("../../etc/passwd")).isEmpty();
    assertThat(tokens.resolve("")).isEmpty();
    assertThat(tokens.resolve(null)).isEmpty();
    assertThat(tokens.claim("A".repeat(43))).isFalse();
  }

  @Test
  void a_link_must_expire_in_the_future() {
    assertThatThrownBy(() -> tokens.issue(reference, PortalPurpose.FEE, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }
}
