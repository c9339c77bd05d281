package org.rightsdesk.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges for monitoring (/actuator/prometheus, /actuator/metrics): open and overdue cases per regime from
 * the case report, and the outbox backlog. Each is read from the database when scraped, so every node of
 * a cluster reports the same figures.
 */
@Component
class CaseMetrics implements MeterBinder {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final List<String> REGIMES = List.of("SAR", "FOI", "EIR", "BUSINESS_AS_USUAL", StatisticsService.UNTRIAGED);

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String regime : REGIMES) {
      Gauge.builder("rightsdesk.cases.open", () -> open(regime, false))
          .description("Open cases")
          .tag("regime", regime)
          .register(registry);
      Gauge.builder("rightsdesk.cases.overdue", () -> open(regime, true))
          .description("Open cases past their statutory deadline, clock running")
          .tag("regime", regime)
          .register(registry);
    }
    Gauge.builder(
            "rightsdesk.outbox.backlog",
            () -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'").query(Long.class).single())
        .description("Messages written but not yet handed to the mail server")
        .register(registry);
  }

  /** From the case report's counts (a case without a regime is counted as UNTRIAGED there). */
  private long open(String regime, boolean overdue) {
    var statement =
        jdbc.sql(
                "SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = :measure AND regime = :regime"
                    + " AND school = :school" + (overdue ? " AND on_day < :today" : ""))
            .param("measure", overdue ? DayCounts.OPEN_DUE : DayCounts.OPEN)
            .param("regime", regime)
            .param("school", DayCounts.ALL_SCHOOLS);
    if (overdue) {
      statement = statement.param("today", LocalDate.now(clock.withZone(UK)));
    }
    return statement.query(Long.class).single();
  }
}
