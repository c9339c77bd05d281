package org.rightsdesk.portal;

import org.rightsdesk.web.RandomTokens;
import org.rightsdesk.web.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requester links. A token is 32 random bytes, so it cannot be guessed from the case reference or from
 * other links; only its SHA-256 is stored, so a copy of the database yields no working link. The token
 * itself is never logged.
 */
@Service
public class PortalTokens {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String baseUrl;

  PortalTokens(JdbcClient jdbc, Clock clock, @Value("${rightsdesk.public-base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Issues the link for a case and purpose, closing any earlier open link for the same, so a requester
   * only ever holds one working link per purpose.
   */
  @Transactional
  public String issue(String caseReference, PortalPurpose purpose, Instant expiresAt) {
    return issue(caseReference, purpose, null, expiresAt);
  }

  /**
   * Issues a link for one subject of a case and purpose (a consultee's link names their consultation),
   * closing any earlier open link for the same subject only.
   */
  @Transactional
  public String issue(String caseReference, PortalPurpose purpose, String subject, Instant expiresAt) {
    Instant now = clock.instant();
    if (!expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("A link must expire in the future");
    }
    revoke(caseReference, purpose, subject);
    String token = RandomTokens.next();
    jdbc.sql(
            """
            INSERT INTO portal_token (token_hash, case_reference, purpose, subject, issued_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(hash(token), caseReference, purpose.name(), subject, utc(now), utc(expiresAt))
        .update();
    return baseUrl + "/portal/" + token;
  }

  /** The grant of an unexpired, unrevoked, unused token. */
  public Optional<PortalGrant> resolve(String token) {
    return lookup(token).filter(found -> found.state() == State.OPEN).map(Lookup::grant);
  }

  public void markUsed(String token) {
    claim(token);
  }

  /** Closes every open link of the case for this purpose: a new link was issued or the case moved on. */
  public void revoke(String caseReference, PortalPurpose purpose) {
    revoke(caseReference, purpose, null);
  }

  /** Closes the open links of one subject; a null subject means the links that have none. */
  public void revoke(String caseReference, PortalPurpose purpose, String subject) {
    jdbc.sql(
            """
            UPDATE portal_token SET revoked_at = ?
            WHERE case_reference = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL
              AND (subject = ? OR (subject IS NULL AND CAST(? AS VARCHAR(40)) IS NULL))
            """)
        .params(utc(clock.instant()), caseReference, purpose.name(), subject, subject)
        .update();
  }

  /** Any token we issued, whatever its state, so the requester can be told why a link no longer works. */
  Optional<Lookup> lookup(String token) {
    if (!RandomTokens.wellFormed(token)) {
      return Optional.empty();
    }
    String hash = hash(token);
    Instant now = clock.instant();
    return jdbc.sql(
            """
            SELECT token_hash, case_reference, purpose, subject, expires_at, used_at, revoked_at
            FROM portal_token WHERE token_hash = ?
            """)
        .param(hash)
        .query((rs, row) -> map(rs, now))
        .optional()
        // the database found the row by hash; compare again without leaking timing, whatever its collation
        .filter(found -> MessageDigest.isEqual(
            found.hash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Marks an open token used, atomically: of two submissions racing with the same link, exactly one
   * gets true. Inside a transaction the mark is undone if the answer that follows fails.
   */
  boolean claim(String token) {
    if (!RandomTokens.wellFormed(token)) {
      return false;
    }
    Instant now = clock.instant();
    return jdbc.sql(
            """
            UPDATE portal_token SET used_at = ?
            WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
            """)
        .params(utc(now), hash(token), utc(now))
        .update() == 1;
  }

  enum State { OPEN, USED, CLOSED }

  record Lookup(String hash, PortalGrant grant, State state) {}

  private static Lookup map(ResultSet rs, Instant now) throws SQLException {
    Instant expiresAt = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
    State state =
        rs.getObject("used_at", OffsetDateTime.class) != null
            ? State.USED
            : rs.getObject("revoked_at", OffsetDateTime.class) != null || !expiresAt.isAfter(now)
                ? State.CLOSED
                : State.OPEN;
    PortalGrant grant =
        new PortalGrant(
            rs.getString("case_reference"), PortalPurpose.valueOf(rs.getString("purpose")), rs.getString("subject"), expiresAt);
    return new Lookup(rs.getString("token_hash"), grant, state);
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
