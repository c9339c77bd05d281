package org.rightsdesk.dashboard;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rightsdesk.clock.CalendarNotCoveredException;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.request.CaseDeadlineChanged;
import org.rightsdesk.request.CaseDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code case_report} and its counts per day ({@code case_report_day}) current: in the transaction of
 * every step that may move a case's deadline or state, the case's row is rewritten from our tables and
 * {@link CaseDeadlines}, and the counts move from the old row to the new, so the report commits or rolls
 * back with the step itself.
 */
@Component
class CaseReportRefresher {

  private static final Logger log = LoggerFactory.getLogger(CaseReportRefresher.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final CaseDeadlines deadlines;
  private final Clock clock;
  private final boolean postgres;

  CaseReportRefresher(JdbcClient jdbc, CaseDeadlines deadlines, Clock clock, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.clock = clock;
    this.postgres =
        "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
  }

  @EventListener
  void on(CaseDeadlineChanged changed) {
    refresh(changed.reference());
  }

  /** Cases received before this table existed (or before an upgrade) get their rows once, at start. */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void backfill() {
    List<String> missing =
        jdbc.sql(
                "SELECT reference FROM information_request i"
                    + " WHERE NOT EXISTS (SELECT 1 FROM case_report r WHERE r.reference = i.reference)")
            .query(String.class)
            .list();
    missing.forEach(this::refresh);
    if (!missing.isEmpty()) {
      log.info("Added {} cases to the case report", missing.size());
    }
  }

  void refresh(String reference) {
    // locked first, so that a concurrent refresh of the same case waits and then starts from this one's row
    Optional<ReportRow> before =
        jdbc.sql(
                "SELECT regime, school, handling_group, status, stage, received_on, due_date, clock_status, extended,"
                    + " closed_on, response_sent_on, on_time, outcome, over_cost_limit"
                    + " FROM case_report WHERE reference = ? FOR UPDATE")
            .param(reference)
            .query(CaseReportRefresher::reportRow)
            .optional();
    CaseRow c =
        jdbc.sql(
                "SELECT status, regime, school, handling_group, outcome, received_at, closed_at, response_sent_at,"
                    + " (SELECT f.over_cost_limit FROM fee_notice f WHERE f.case_reference = i.reference) AS over_cost_limit"
                    + " FROM information_request i WHERE reference = ?")
            .param(reference)
            .query(CaseReportRefresher::caseRow)
            .single();
    List<ClockEventRow> events =
        jdbc.sql(
                "SELECT event_type, clock_kind FROM case_event WHERE reference = ?"
                    + " AND (clock_event = TRUE OR event_type = 'TRIAGED')"
                    + " ORDER BY occurred_on, recorded_at, id")
            .param(reference)
            .query((rs, n) -> new ClockEventRow(rs.getString("event_type"), rs.getString("clock_kind")))
            .list();
    Optional<ClockResult> result = clockOf(reference, c.regime());
    LocalDate due = result.map(ClockResult::dueDate).orElse(null);
    if (c.regime() == null && due == null) {
      due = provisional(reference);
    }
    Boolean onTime = c.responseSentOn() == null || due == null ? null : !c.responseSentOn().isAfter(due);
    ReportRow after =
        new ReportRow(
            c.handlingGroup(),
            new DayCounts.Row(
                c.regime(),
                c.school(),
                c.status(),
                stage(c, events).name(),
                c.receivedOn(),
                due,
                result.map(r -> r.status().name()).orElse(null),
                extension(events),
                c.closedOn(),
                c.responseSentOn(),
                onTime,
                c.outcome(),
                c.overCostLimit()));
    // most steps change nothing the report shows; an unchanged row is not rewritten (no dead row, no index churn)
    if (before.isPresent() && before.get().equals(after)) {
      return;
    }
    DayCounts.Row r = after.counted();
    Object[] values = {
      r.regime(),
      r.school(),
      after.handlingGroup(),
      r.status(),
      r.stage(),
      r.receivedOn(),
      r.dueDate(),
      r.clockStatus(),
      r.extended(),
      r.closedOn(),
      r.responseSentOn(),
      r.onTime(),
      r.outcome(),
      r.overCostLimit(),
      OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
      reference
    };
    if (before.isPresent()) {
      jdbc.sql(
              "UPDATE case_report SET regime = ?, school = ?, handling_group = ?, status = ?, stage = ?,"
                  + " received_on = ?, due_date = ?, clock_status = ?, extended = ?, closed_on = ?,"
                  + " response_sent_on = ?, on_time = ?, outcome = ?, over_cost_limit = ?, refreshed_at = ?"
                  + " WHERE reference = ?")
          .params(values)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO case_report (regime, school, handling_group, status, stage, received_on, due_date,"
                  + " clock_status, extended, closed_on, response_sent_on, on_time, outcome, over_cost_limit,"
                  + " refreshed_at, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(values)
          .update();
    }
    DayCounts.change(before.map(ReportRow::counted).orElse(null), r).forEach(this::count);
  }

  /** Adds n to one counter, creating it at n if it does not exist yet. */
  private void count(DayCounts.Key k, int n) {
    if (postgres) {
      // atomic against another transaction creating the same counter at the same moment
      jdbc.sql(
              "INSERT INTO case_report_day (measure, on_day, regime, school, category, n) VALUES (?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (measure, on_day, regime, school, category)"
                  + " DO UPDATE SET n = case_report_day.n + excluded.n")
          .params(k.measure(), k.day(), k.regime(), k.school(), k.category(), n)
          .update();
      return;
    }
    // H2 (the default run and tests) has no ON CONFLICT; it serves one node
    int updated =
        jdbc.sql(
                "UPDATE case_report_day SET n = n + ?"
                    + " WHERE measure = ? AND on_day = ? AND regime = ? AND school = ? AND category = ?")
            .params(n, k.measure(), k.day(), k.regime(), k.school(), k.category())
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO case_report_day (measure, on_day, regime, school, category, n) VALUES (?, ?, ?, ?, ?, ?)")
          .params(k.measure(), k.day(), k.regime(), k.school(), k.category(), n)
          .update();
    }
  }

  /** The report must never stop a step: where calendar data runs out, the row simply has no due date. */
  private Optional<ClockResult> clockOf(String reference, String regime) {
    if (regime == null) {
      return Optional.empty();
    }
    try {
      return deadlines.deadline(reference);
    } catch (CalendarNotCoveredException e) {
      log.warn("No due date for case {} in the report: the calendar data does not reach it", reference);
      return Optional.empty();
    }
  }

  /** Before triage, the earlier of the FOI and SAR dates, as the case's timers use. */
  private LocalDate provisional(String reference) {
    try {
      return deadlines.provisionalDueDate(reference).orElse(null);
    } catch (CalendarNotCoveredException e) {
      return null;
    }
  }

  /**
   * After triage, the stage follows the clock waits still open in the event log (asked for, not yet answered by the
   * event that ends them); when more than one is open, the case waits on the latest.
   */
  static Stage stage(CaseRow c, List<ClockEventRow> events) {
    if ("CLOSED".equals(c.status())) {
      return Stage.CLOSED;
    }
    // a proposed regime is stored at intake; only the triage decision ends the triage stage
    if (c.regime() == null || events.stream().noneMatch(e -> e.type().equals("TRIAGED"))) {
      return Stage.TRIAGE;
    }
    int identity = -1;
    int fee = -1;
    int clarification = -1;
    for (int i = 0; i < events.size(); i++) {
      switch (events.get(i).type()) {
        case "IDENTITY_REQUESTED" -> identity = i;
        case "IDENTITY_VERIFIED" -> identity = -1;
        case "FEE_NOTICE_ISSUED" -> fee = i;
        case "FEE_PAID" -> fee = -1;
        case "CLARIFICATION_REQUESTED" -> clarification = i;
        case "CLARIFICATION_RECEIVED" -> clarification = -1;
        default -> {}
      }
    }
    int latest = Math.max(identity, Math.max(fee, clarification));
    if (latest < 0) {
      return Stage.IN_PROGRESS;
    }
    return latest == identity ? Stage.PAUSED_IDENTITY : latest == fee ? Stage.PAUSED_FEE : Stage.PAUSED_CLARIFICATION;
  }

  /** The kind of the latest extension, if the limit was extended. */
  private static String extension(List<ClockEventRow> events) {
    String kind = null;
    for (ClockEventRow e : events) {
      if (e.type().equals("EXTENDED")) {
        kind = e.kind();
      }
    }
    return kind;
  }

  private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
    return new CaseRow(
        rs.getString("status"),
        rs.getString("regime"),
        rs.getString("school"),
        rs.getString("handling_group"),
        rs.getString("outcome"),
        ukDate(rs, "received_at"),
        ukDate(rs, "closed_at"),
        ukDate(rs, "response_sent_at"),
        rs.getObject("over_cost_limit", Boolean.class));
  }

  private static ReportRow reportRow(ResultSet rs, int n) throws SQLException {
    return new ReportRow(
        rs.getString("handling_group"),
        new DayCounts.Row(
            rs.getString("regime"),
            rs.getString("school"),
            rs.getString("status"),
            rs.getString("stage"),
            rs.getObject("received_on", LocalDate.class),
            rs.getObject("due_date", LocalDate.class),
            rs.getString("clock_status"),
            rs.getString("extended"),
            rs.getObject("closed_on", LocalDate.class),
            rs.getObject("response_sent_on", LocalDate.class),
            rs.getObject("on_time", Boolean.class),
            rs.getString("outcome"),
            rs.getObject("over_cost_limit", Boolean.class)));
  }

  private static LocalDate ukDate(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.atZoneSameInstant(UK).toLocalDate();
  }

  record CaseRow(
      String status,
      String regime,
      String school,
      String handlingGroup,
      String outcome,
      LocalDate receivedOn,
      LocalDate closedOn,
      LocalDate responseSentOn,
      Boolean overCostLimit) {}

  /** A case_report row apart from when it was written: what decides whether it must be rewritten. */
  record ReportRow(String handlingGroup, DayCounts.Row counted) {}

  record ClockEventRow(String type, String kind) {}
}
