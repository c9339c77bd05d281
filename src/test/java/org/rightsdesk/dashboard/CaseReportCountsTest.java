package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsdesk.request.CaseDeadlineChanged;
import org.rightsdesk.testing.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts per day move with a case: what its old report row counted is taken away when the row
 * changes, and they always equal a recount of case_report (the same grouping V12 used to fill them).
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class CaseReportCountsTest {

  private static final String CASE = "IR-2026-910001";

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void a_case_moves_from_open_to_late_to_in_time_and_the_counts_follow() {
    // Given an FOI request received on Monday 2 February (due Monday 2 March), in progress
    jdbc.sql("INSERT INTO information_request (reference, status, regime, channel, received_at, requester_name,"
            + " description, division, school, created_at)"
            + " VALUES (?, 'IN_PROGRESS', 'FOI', 'EMAIL', ?, 'Test requester', 'Test request', 'england-and-wales',"
            + " 'city-academy', ?)")
        .params(CASE, at("2026-02-02"), at("2026-02-02"))
        .update();
    jdbc.sql("INSERT INTO case_event (reference, event_type, occurred_on, recorded_at) VALUES (?, 'TRIAGED', ?, ?)")
        .params(CASE, LocalDate.parse("2026-02-02"), at("2026-02-02"))
        .update();
    changed();
    assertThat(count("OPEN", "2026-02-02", "IN_PROGRESS")).isEqualTo(1);
    assertThat(count("OPEN_DUE", "2026-03-02", "IN_PROGRESS")).isEqualTo(1);

    // When it is refused on Tuesday 3 March, a day late, over the cost limit
    jdbc.sql("INSERT INTO fee_notice (case_reference, fee_regime, total, over_cost_limit, breakdown, estimated_at)"
            + " VALUES (?, 'FOI', 0, TRUE, '20 hours at 25.00', ?)")
        .params(CASE, at("2026-02-20"))
        .update();
    close("2026-03-03");

    // Then it is no longer open, and counts as late and refused over the cost limit
    assertThat(count("OPEN", "2026-02-02", "IN_PROGRESS")).isZero();
    assertThat(count("OPEN_DUE", "2026-03-02", "IN_PROGRESS")).isZero();
    assertThat(count("CLOSED", "2026-03-03", "")).isEqualTo(1);
    assertThat(count("OUTCOME", "2026-03-03", "REFUSED")).isEqualTo(1);
    assertThat(count("ANSWERED", "2026-03-03", "LATE")).isEqualTo(1);
    assertThat(count("RECEIVED_ANSWERED", "2026-02-02", "LATE")).isEqualTo(1);
    assertThat(count("RECEIVED_S12", "2026-02-02", "")).isEqualTo(1);

    // When the record is corrected: the response went on Friday 27 February, in time
    close("2026-02-27");

    // Then the late answer is taken back and an answer in time counted instead
    assertThat(count("ANSWERED", "2026-03-03", "LATE")).isZero();
    assertThat(count("CLOSED", "2026-03-03", "")).isZero();
    assertThat(count("ANSWERED", "2026-02-27", "IN_TIME")).isEqualTo(1);
    assertThat(count("RECEIVED_ANSWERED", "2026-02-02", "LATE")).isZero();
    assertThat(count("RECEIVED_ANSWERED", "2026-02-02", "IN_TIME")).isEqualTo(1);
    assertThat(count("RECEIVED", "2026-02-02", "")).as("received once, however often refreshed").isEqualTo(1);
    assertThat(counts()).isEqualTo(recount());
  }

  @Test
  void an_unchanged_case_is_not_rewritten() {
    jdbc.sql("INSERT INTO information_request (reference, status, channel, received_at, requester_name, description,"
            + " division, created_at) VALUES ('IR-2026-910002', 'RECEIVED', 'EMAIL', ?, 'Test requester', 'Test request',"
            + " 'england-and-wales', ?)")
        .params(at("2026-03-03"), at("2026-03-03"))
        .update();
    transaction.executeWithoutResult(s -> events.publishEvent(new CaseDeadlineChanged("IR-2026-910002")));
    Object written = refreshedAt("IR-2026-910002");

    transaction.executeWithoutResult(s -> events.publishEvent(new CaseDeadlineChanged("IR-2026-910002")));

    assertThat(refreshedAt("IR-2026-910002")).isEqualTo(written);
    assertThat(counts()).isEqualTo(recount());
  }

  private void close(String answeredOn) {
    jdbc.sql("UPDATE information_request SET status = 'CLOSED', outcome = 'REFUSED', response_sent_at = ?, closed_at = ?"
            + " WHERE reference = ?")
        .params(at(answeredOn), at(answeredOn), CASE)
        .update();
    changed();
  }

  private void changed() {
    transaction.executeWithoutResult(s -> events.publishEvent(new CaseDeadlineChanged(CASE)));
  }

  private long count(String measure, String day, String category) {
    return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = ? AND on_day = ? AND category = ?"
            + " AND regime = 'FOI' AND school = 'city-academy'")
        .params(measure, LocalDate.parse(day), category)
        .query(Long.class)
        .single();
  }

  private Object refreshedAt(String reference) {
    return jdbc.sql("SELECT refreshed_at FROM case_report WHERE reference = ?").param(reference).query().singleValue();
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("SELECT measure, on_day, regime, school, category, n FROM case_report_day WHERE n <> 0")
        .query(rs -> {
          counts.put(key(rs), rs.getLong("n"));
        });
    return counts;
  }

  /** case_report grouped afresh, as V12__case_report_counts.sql fills the counts, and summed for all schools. */
  private Map<String, Long> recount() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("""
            SELECT measure, on_day, regime, school, category, COUNT(*) AS n FROM (
              SELECT 'RECEIVED' AS measure, received_on AS on_day, COALESCE(regime, 'UNTRIAGED') AS regime,
                     COALESCE(school, '') AS school, '' AS category FROM case_report
              UNION ALL SELECT 'CLOSED', closed_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), ''
                FROM case_report WHERE closed_on IS NOT NULL
              UNION ALL SELECT 'OUTCOME', closed_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), outcome
                FROM case_report WHERE closed_on IS NOT NULL AND outcome IS NOT NULL
              UNION ALL SELECT 'ANSWERED', response_sent_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''),
                     CASE WHEN NOT on_time THEN 'LATE' WHEN extended IS NULL THEN 'IN_TIME' ELSE 'EXTENDED' END
                FROM case_report WHERE on_time IS NOT NULL
              UNION ALL SELECT 'OPEN', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), stage
                FROM case_report WHERE status <> 'CLOSED'
              UNION ALL SELECT 'OPEN_DUE', due_date, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), stage
                FROM case_report WHERE status <> 'CLOSED' AND (clock_status = 'RUNNING' OR clock_status IS NULL)
                 AND due_date IS NOT NULL
              UNION ALL SELECT 'RECEIVED_ANSWERED', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''),
                     CASE WHEN NOT on_time THEN 'LATE' WHEN extended IS NULL THEN 'IN_TIME' ELSE 'EXTENDED' END
                FROM case_report WHERE on_time IS NOT NULL
              UNION ALL SELECT 'RECEIVED_OUTCOME', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), outcome
                FROM case_report WHERE status = 'CLOSED' AND outcome IS NOT NULL
              UNION ALL SELECT 'RECEIVED_S12', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), ''
                FROM case_report WHERE status = 'CLOSED' AND outcome = 'REFUSED' AND over_cost_limit = TRUE
            ) c GROUP BY measure, on_day, regime, school, category
            """)
        .query(rs -> {
          counts.put(key(rs), rs.getLong("n"));
          counts.merge(key(rs).replaceFirst("\\|[^|]*\\|([^|]*)$", "|*|$1"), rs.getLong("n"), Long::sum);
        });
    return counts;
  }

  private static String key(java.sql.ResultSet rs) throws java.sql.SQLException {
    return String.join("|", rs.getString("measure"), rs.getString("on_day"), rs.getString("regime"),
        rs.getString("school"), rs.getString("category"));
  }

  /** 10:00 UK time (GMT in these months). */
  private static OffsetDateTime at(String day) {
    return LocalDate.parse(day).atTime(10, 0).atOffset(ZoneOffset.UTC);
  }
}
