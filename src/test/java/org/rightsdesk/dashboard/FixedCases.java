package org.rightsdesk.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.rightsdesk.request.CaseDeadlineChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Eleven cases around the fixed date, Wednesday 4 March 2026, written straight into our tables and put in
 * the report through {@link CaseDeadlineChanged}, as a step would. Due dates worked out by hand: FOI and
 * EIR count 20 working days after receipt (no bank holiday anywhere in the UK in February; 17 March, St
 * Patrick's Day, is skipped), a SAR one calendar month. The test classes that use them share one
 * Spring context, kept apart from every other test's by the property rightsdesk.test-data.
 */
final class FixedCases {

  private FixedCases() {}

  /** FOI received Mon 2 Feb, due Mon 2 Mar, answered Fri 27 Feb in full: in time. */
  static final String A = "IR-2026-900001";
  /** FOI received Mon 5 Jan, due Mon 2 Feb, answered Tue 10 Feb in part: late. */
  static final String B = "IR-2026-900002";
  /** FOI received Mon 5 Jan, public interest extension of 20 working days to Mon 2 Mar, refused Wed 25 Feb. */
  static final String C = "IR-2026-900003";
  /** SAR received Mon 2 Feb, due Mon 2 Mar, open: 2 days overdue. */
  static final String D = "IR-2026-900004";
  /** FOI received Wed 25 Feb, due Thu 26 Mar, open. */
  static final String E = "IR-2026-900005";
  /** FOI received Wed 4 Feb, due Wed 4 Mar (today), open: due soon. */
  static final String F = "IR-2026-900006";
  /** SAR received Mon 23 Feb, identity asked for on Tue 24 Feb: paused. */
  static final String G = "IR-2026-900007";
  /** Received Tue 3 Mar, not yet triaged. */
  static final String H = "IR-2026-900008";
  /** FOI received Mon 5 Jan, refused over the cost limit (s12) on Tue 20 Jan: in time. */
  static final String I = "IR-2026-900009";
  /** EIR received Mon 12 Jan, withdrawn Thu 15 Jan without a response. */
  static final String J = "IR-2026-900010";
  /** SAR received Mon 5 Jan, due Thu 5 Feb, answered in full Fri 30 Jan: in time. */
  static final String K = "IR-2026-900011";

  static void insertOnce(JdbcClient jdbc, ApplicationEventPublisher events) {
    if (jdbc.sql("SELECT COUNT(*) FROM information_request WHERE reference = ?").param(A).query(Long.class).single() > 0) {
      return;
    }
    closed(jdbc, A, "FOI", "2026-02-02", "2026-02-27", "PROVIDED_IN_FULL");
    closed(jdbc, B, "FOI", "2026-01-05", "2026-02-10", "PROVIDED_IN_PART");
    closed(jdbc, C, "FOI", "2026-01-05", "2026-02-25", "REFUSED");
    clockEvent(jdbc, C, "EXTENDED", "2026-01-26", "PUBLIC_INTEREST", 20);
    open(jdbc, D, "SAR", "2026-02-02");
    open(jdbc, E, "FOI", "2026-02-25");
    open(jdbc, F, "FOI", "2026-02-04");
    open(jdbc, G, "SAR", "2026-02-23");
    clockEvent(jdbc, G, "IDENTITY_REQUESTED", "2026-02-24", null, null);
    insert(jdbc, H, null, "2026-03-03", "RECEIVED", null, null);
    closed(jdbc, I, "FOI", "2026-01-05", "2026-01-20", "REFUSED");
    jdbc.sql("INSERT INTO fee_notice (case_reference, fee_regime, total, over_cost_limit, breakdown, estimated_at)"
            + " VALUES (?, 'FOI', 0, TRUE, '20 hours at 25.00', ?)")
        .params(I, at("2026-01-20"))
        .update();
    insert(jdbc, J, "EIR", "2026-01-12", "CLOSED", "WITHDRAWN", null);
    jdbc.sql("UPDATE information_request SET closed_at = ? WHERE reference = ?").params(at("2026-01-15"), J).update();
    closed(jdbc, K, "SAR", "2026-01-05", "2026-01-30", "PROVIDED_IN_FULL");
    for (String reference : new String[] {A, B, C, D, E, F, G, H, I, J, K}) {
      events.publishEvent(new CaseDeadlineChanged(reference));
    }
  }

  private static void open(JdbcClient jdbc, String reference, String regime, String receivedOn) {
    insert(jdbc, reference, regime, receivedOn, "IN_PROGRESS", null, null);
  }

  private static void closed(
      JdbcClient jdbc, String reference, String regime, String receivedOn, String answeredOn, String outcome) {
    insert(jdbc, reference, regime, receivedOn, "CLOSED", outcome, answeredOn);
  }

  private static void insert(
      JdbcClient jdbc, String reference, String regime, String receivedOn, String status, String outcome, String answeredOn) {
    jdbc.sql("INSERT INTO information_request (reference, status, regime, channel, received_at, requester_name,"
            + " description, division, handling_group, outcome, response_sent_at, closed_at, created_at)"
            + " VALUES (?, ?, ?, 'EMAIL', ?, 'Test requester', 'Test request', 'england-and-wales', ?, ?, ?, ?, ?)")
        .params(
            reference,
            status,
            regime,
            at(receivedOn),
            regime == null ? null : "information-governance",
            outcome,
            answeredOn == null ? null : at(answeredOn),
            answeredOn == null ? null : at(answeredOn),
            at(receivedOn))
        .update();
    if (regime != null) {
      jdbc.sql("INSERT INTO case_event (reference, event_type, occurred_on, recorded_at) VALUES (?, 'TRIAGED', ?, ?)")
          .params(reference, LocalDate.parse(receivedOn), at(receivedOn))
          .update();
    }
  }

  private static void clockEvent(JdbcClient jdbc, String reference, String type, String on, String kind, Integer days) {
    jdbc.sql("INSERT INTO case_event (reference, event_type, occurred_on, recorded_at, clock_kind, clock_days, clock_event)"
            + " VALUES (?, ?, ?, ?, ?, ?, TRUE)")
        .params(reference, type, LocalDate.parse(on), at(on), kind, days)
        .update();
  }

  /** 10:00 UK time (GMT in these months). */
  private static OffsetDateTime at(String day) {
    return LocalDate.parse(day).atTime(10, 0).atOffset(ZoneOffset.UTC);
  }
}
