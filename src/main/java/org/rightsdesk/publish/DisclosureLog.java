package org.rightsdesk.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.redact.review.CaseRedactions;
import org.rightsdesk.redact.PersonalDataDetector;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.request.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public disclosure log: FOI and EIR responses that staff marked publishable, published once they are
 * released. Never a subject access request. Before publishing, personal data is taken out of the request
 * and response: the requester's name and contact details, names of people consulted, everything the
 * personal-data detector finds, and every string redacted from the case's documents.
 */
@Service
public class DisclosureLog {

  static final String REMOVED = "[personal data removed]";
  static final int PAGE_SIZE = 20;

  /** One published response. */
  public record Entry(String reference, String regime, LocalDate publishedOn, String requestText, String responseText,
      String outcome, String exemptionCodes) {}

  private final CaseWorkService work;
  private final CaseRedactions redactions;
  private final PersonalDataDetector detector;
  private final JdbcClient jdbc;
  private final Clock clock;

  DisclosureLog(CaseWorkService work, CaseRedactions redactions, PersonalDataDetector detector, JdbcClient jdbc, Clock clock) {
    this.work = work;
    this.redactions = redactions;
    this.detector = detector;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Publishes a released FOI or EIR response; anything else is never published. */
  @Transactional
  public boolean publish(String reference, String actor) {
    InformationRequestCase c = work.get(reference);
    if ((c.regime() != RequestType.FOI && c.regime() != RequestType.EIR) || c.responseText() == null || c.outcome() == null) {
      return false;
    }
    List<String> secrets = secrets(c);
    jdbc.sql("DELETE FROM disclosure_log_entry WHERE case_reference = ?").param(reference).update();
    jdbc.sql(
            """
            INSERT INTO disclosure_log_entry (case_reference, regime, published_on, request_text, response_text, outcome,
                                              exemption_codes, published_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(reference, c.regime().name(), LocalDate.now(clock.withZone(ClockRequest.UK)),
            clean(c.description(), secrets), clean(c.responseText(), secrets), c.outcome().label(),
            jdbc.sql("SELECT exemption_codes FROM disclosure_decision WHERE case_reference = ?").param(reference)
                .query(String.class).optional().orElse(null),
            actor)
        .update();
    work.note(reference, "PUBLISHED_TO_DISCLOSURE_LOG", actor, null);
    return true;
  }

  /** Newest first; {@code query} searches the request and the response. */
  @Transactional(readOnly = true)
  public List<Entry> search(String query, int page) {
    String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
    return jdbc.sql(
            """
            SELECT * FROM disclosure_log_entry
            WHERE CAST(? AS VARCHAR(1000)) IS NULL OR LOWER(request_text) LIKE ? OR LOWER(response_text) LIKE ?
            ORDER BY published_on DESC, case_reference DESC
            LIMIT ? OFFSET ?
            """)
        .params(like, like, like, PAGE_SIZE + 1, Math.max(0, page - 1) * PAGE_SIZE)
        .query((rs, row) -> new Entry(rs.getString("case_reference"), rs.getString("regime"),
            rs.getObject("published_on", LocalDate.class), rs.getString("request_text"), rs.getString("response_text"),
            rs.getString("outcome"), rs.getString("exemption_codes")))
        .list();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Entry> entry(String reference) {
    return jdbc.sql("SELECT * FROM disclosure_log_entry WHERE case_reference = ?").param(reference)
        .query((rs, row) -> new Entry(rs.getString("case_reference"), rs.getString("regime"),
            rs.getObject("published_on", LocalDate.class), rs.getString("request_text"), rs.getString("response_text"),
            rs.getString("outcome"), rs.getString("exemption_codes")))
        .optional();
  }

  /** What must never appear: who asked, how to reach them, and what was redacted or consulted on. */
  private List<String> secrets(InformationRequestCase c) {
    List<String> secrets = new ArrayList<>();
    add(secrets, c.requester().name());
    add(secrets, c.requester().email());
    add(secrets, c.requester().postalAddress());
    if (c.onBehalfOf() != null) {
      add(secrets, c.onBehalfOf().name());
    }
    redactions.removedTexts(c.reference()).forEach(text -> add(secrets, text));
    redactions.thirdPartyNames(c.reference()).forEach(name -> add(secrets, name));
    // longest first, so a full name goes before a part of it
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return secrets;
  }

  private String clean(String text, List<String> secrets) {
    String cleaned = text == null ? "" : text;
    for (String secret : secrets) {
      cleaned = Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE).matcher(cleaned).replaceAll(REMOVED);
    }
    StringBuilder out = new StringBuilder(cleaned);
    detector.find(cleaned).stream()
        .sorted(Comparator.comparingInt(PersonalDataDetector.Finding::start).reversed())
        .forEach(f -> out.replace(f.start(), f.end(), REMOVED));
    return out.toString();
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && value.strip().length() >= 3) {
      secrets.add(value.strip());
    }
  }
}
