package org.rightsdesk.release;

import org.rightsdesk.web.RandomTokens;
import org.rightsdesk.web.Sha256;
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
 * Expiring download links for a released bundle. A token is 32 random bytes and only its hash is kept; it
 * fetches only its own case's bundle; the first device to use it (a random cookie) is the only one that
 * can use it again; it stops at expiry or when a new link is issued. Every attempt is recorded.
 */
@Service
public class ReleaseLinks {

  /** What became of a download attempt. */
  public enum Outcome { DOWNLOADED, UNKNOWN, EXPIRED, REVOKED, OTHER_DEVICE }

  /** The outcome, the case (when the token was ours) and the device cookie to set on first use. */
  public record Attempt(Outcome outcome, String caseReference, String newDevice) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String baseUrl;

  ReleaseLinks(JdbcClient jdbc, Clock clock, @Value("${rightsdesk.public-base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A new link for the case's bundle; earlier links of the case stop working. */
  @Transactional
  public String issue(String caseReference, Instant expiresAt) {
    Instant now = clock.instant();
    jdbc.sql("UPDATE release_link SET revoked_at = ? WHERE case_reference = ? AND revoked_at IS NULL")
        .params(utc(now), caseReference).update();
    String token = RandomTokens.next();
    jdbc.sql("INSERT INTO release_link (token_hash, case_reference, issued_at, expires_at) VALUES (?, ?, ?, ?)")
        .params(hash(token), caseReference, utc(now), utc(expiresAt)).update();
    return baseUrl + "/download/" + token;
  }

  /**
   * Checks a download: the token's own case only, before expiry, from the device that first used it. The
   * attempt is recorded whatever its outcome; a first use binds the device.
   */
  @Transactional
  public Attempt attempt(String token, String device) {
    if (!RandomTokens.wellFormed(token)) {
      return new Attempt(Outcome.UNKNOWN, null, null);
    }
    String tokenHash = hash(token);
    Instant now = clock.instant();
    Optional<Link> found = jdbc.sql("SELECT * FROM release_link WHERE token_hash = ?").param(tokenHash)
        .query((rs, row) -> new Link(rs.getString("case_reference"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
            rs.getObject("revoked_at", OffsetDateTime.class) != null, rs.getString("device_hash")))
        .optional();
    if (found.isEmpty()) {
      return new Attempt(Outcome.UNKNOWN, null, null);
    }
    Link link = found.get();
    Outcome outcome;
    String newDevice = null;
    if (link.revoked()) {
      outcome = Outcome.REVOKED;
    } else if (!link.expiresAt().isAfter(now)) {
      outcome = Outcome.EXPIRED;
    } else if (link.deviceHash() == null) {
      newDevice = RandomTokens.wellFormed(device) ? device : RandomTokens.next();
      // of two first uses racing, one binds the link; the other is then another device
      int bound = jdbc.sql("UPDATE release_link SET device_hash = ? WHERE token_hash = ? AND device_hash IS NULL")
          .params(hash(newDevice), tokenHash).update();
      outcome = bound == 1 ? Outcome.DOWNLOADED : Outcome.OTHER_DEVICE;
    } else {
      outcome = RandomTokens.wellFormed(device) && link.deviceHash().equals(hash(device))
          ? Outcome.DOWNLOADED : Outcome.OTHER_DEVICE;
    }
    jdbc.sql("INSERT INTO release_download (case_reference, token_hash, at, outcome) VALUES (?, ?, ?, ?)")
        .params(link.caseReference(), tokenHash, utc(now), outcome.name()).update();
    return new Attempt(outcome, link.caseReference(), outcome == Outcome.DOWNLOADED ? newDevice : null);
  }

  /** How many times the case's bundle was downloaded, for the staff page. */
  @Transactional(readOnly = true)
  public long downloads(String caseReference) {
    return jdbc.sql("SELECT COUNT(*) FROM release_download WHERE case_reference = ? AND outcome = 'DOWNLOADED'")
        .param(caseReference).query(Long.class).single();
  }

  private record Link(String caseReference, Instant expiresAt, boolean revoked, String deviceHash) {}

  static String hash(String token) {
    return Sha256.hex(token);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
