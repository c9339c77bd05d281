package org.rightsdesk.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rightsdesk.clock.Division;
import org.rightsdesk.clock.Regime;
import org.rightsdesk.clock.StatutoryClock;
import org.rightsdesk.dashboard.Statistics.OpenCase;
import org.rightsdesk.dashboard.Statistics.Quarterly;
import org.rightsdesk.dashboard.Statistics.QuarterlyRow;
import org.rightsdesk.dashboard.Statistics.Summary;
import org.rightsdesk.dashboard.Statistics.Timeliness;
import org.rightsdesk.dashboard.Statistics.WeekCount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Statistics read from the case report, never by running the clock per case. */
@Service
class StatisticsService {

  /** "Due soon" looks this many working days ahead, the team's reminder period. */
  static final int DUE_SOON_WORKING_DAYS = 5;
  static final String UNTRIAGED = "UNTRIAGED";
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final String FOI_EIR = "FOI/EIR";

  private final JdbcClient jdbc;
  private final StatutoryClock statutoryClock;
  private final Clock clock;
  private final Division division;

  StatisticsService(
      JdbcClient jdbc,
      StatutoryClock statutoryClock,
      Clock clock,
      @Value("${rightsdesk.division:england-and-wales}") String division) {
    this.jdbc = jdbc;
    this.statutoryClock = statutoryClock;
    this.clock = clock;
    this.division = Division.fromSlug(division);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(UK));
  }

  @Transactional(readOnly = true)
  Summary summary(StatisticsFilter filter) {
    LocalDate today = today();
    Map<String, Long> byRegime = new LinkedHashMap<>();
    for (String r : List.of("SAR", "FOI", "EIR", "BUSINESS_AS_USUAL", UNTRIAGED)) {
      byRegime.put(r, 0L);
    }
    Map<String, Long> byStage = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      if (s != Stage.CLOSED) {
        byStage.put(s.name(), 0L);
      }
    }
    Where where = Where.of(filter, "");
    jdbc.sql("SELECT regime, stage, COUNT(*) AS n FROM case_report WHERE status <> 'CLOSED'" + where.sql()
            + " GROUP BY regime, stage")
        .params(where.params())
        .query(
            rs -> {
              String regime = rs.getString("regime");
              long n = rs.getLong("n");
              byRegime.merge(regime == null ? UNTRIAGED : regime, n, Long::sum);
              byStage.merge(rs.getString("stage"), n, Long::sum);
            });
    // counted in FOI working days, which skip a bank holiday in any part of the UK: the widest reading of "soon"
    LocalDate soonUntil = statutoryClock.addWorkingDays(today, DUE_SOON_WORKING_DAYS, Regime.FOI, division);
    List<OpenCase> dueSoon = open(filter, "r.due_date >= ? AND r.due_date <= ?", List.of(today, soonUntil), today, false);
    List<OpenCase> overdue = open(filter, "r.due_date < ?", List.of(today), today, true);
    return new Summary(
        filter.from(),
        filter.to(),
        filter.regime(),
        filter.school(),
        today,
        byRegime,
        byStage,
        dueSoon,
        overdue,
        timeliness(filter),
        outcomes(filter),
        perWeek(filter, "received_on"),
        perWeek(filter, "closed_on"));
  }

  /** Open cases at one stage (or all), by due date; for the lists the dashboard's numbers link to. */
  @Transactional(readOnly = true)
  List<OpenCase> openCases(StatisticsFilter filter, Stage stage) {
    Where where = Where.of(filter, "r.");
    List<Object> params = new ArrayList<>(where.params());
    String atStage = "";
    if (stage != null) {
      atStage = " AND r.stage = ?";
      params.add(stage.name());
    }
    LocalDate today = today();
    return jdbc.sql(
            "SELECT r.reference, r.regime, r.school, i.handling_group, r.stage, r.due_date"
                + " FROM case_report r JOIN information_request i ON i.reference = r.reference"
                + " WHERE r.status <> 'CLOSED'" + where.sql() + atStage
                + " ORDER BY CASE WHEN r.due_date IS NULL THEN 1 ELSE 0 END, r.due_date, r.reference")
        .params(params)
        .query(
            (rs, n) -> {
              LocalDate due = rs.getObject("due_date", LocalDate.class);
              Long days = due == null ? null : ChronoUnit.DAYS.between(today, due);
              return new OpenCase(
                  rs.getString("reference"),
                  rs.getString("regime"),
                  rs.getString("school"),
                  rs.getString("handling_group"),
                  rs.getString("stage"),
                  due,
                  days != null && days >= 0 ? days : null,
                  days != null && days < 0 ? -days : null);
            })
        .list();
  }

  /** The schools with cases, for the filter. */
  @Transactional(readOnly = true)
  List<String> schools() {
    return jdbc.sql("SELECT DISTINCT school FROM case_report WHERE school IS NOT NULL ORDER BY school")
        .query(String.class)
        .list();
  }

  /** Open cases whose clock runs (or, before triage, the provisional date), by urgency. */
  private List<OpenCase> open(
      StatisticsFilter filter, String dueCondition, List<Object> dueParams, LocalDate today, boolean overdue) {
    Where where = Where.of(filter, "r.");
    List<Object> params = new ArrayList<>(dueParams);
    params.addAll(where.params());
    // the handling group is read from the case: routing records it after the triage event refreshed the row
    return jdbc.sql(
            "SELECT r.reference, r.regime, r.school, i.handling_group, r.stage, r.due_date"
                + " FROM case_report r JOIN information_request i ON i.reference = r.reference"
                + " WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL)"
                + " AND " + dueCondition + where.sql()
                + " ORDER BY r.due_date, r.reference")
        .params(params)
        .query(
            (rs, n) -> {
              LocalDate due = rs.getObject("due_date", LocalDate.class);
              long days = ChronoUnit.DAYS.between(today, due);
              return new OpenCase(
                  rs.getString("reference"),
                  rs.getString("regime"),
                  rs.getString("school"),
                  rs.getString("handling_group"),
                  rs.getString("stage"),
                  due,
                  overdue ? null : days,
                  overdue ? -days : null);
            })
        .list();
  }

  /** Responses sent in the period, by the month they were sent: the month the answer counts in. */
  private List<Timeliness> timeliness(StatisticsFilter filter) {
    Where where = Where.of(filter, "");
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    params.addAll(where.params());
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.sql("SELECT regime, response_sent_on, on_time, extended FROM case_report"
            + " WHERE response_sent_on BETWEEN ? AND ? AND on_time IS NOT NULL"
            + " AND regime IN ('SAR', 'FOI', 'EIR')" + where.sql())
        .params(params)
        .query(
            rs -> {
              LocalDate sent = rs.getObject("response_sent_on", LocalDate.class);
              String key = sent.toString().substring(0, 7) + " " + rs.getString("regime");
              long[] c = counts.computeIfAbsent(key, k -> new long[3]);
              boolean onTime = rs.getBoolean("on_time");
              c[!onTime ? 2 : rs.getString("extended") == null ? 0 : 1]++;
            });
    List<Timeliness> result = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          long answered = c[0] + c[1] + c[2];
          result.add(
              new Timeliness(
                  key.substring(0, 7), key.substring(8), answered, c[0], c[1], c[2], percent(c[0] + c[1], answered)));
        });
    return result;
  }

  private Map<String, Long> outcomes(StatisticsFilter filter) {
    Where where = Where.of(filter, "");
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    params.addAll(where.params());
    Map<String, Long> outcomes = new TreeMap<>();
    jdbc.sql("SELECT outcome, COUNT(*) AS n FROM case_report WHERE closed_on BETWEEN ? AND ?"
            + " AND outcome IS NOT NULL" + where.sql() + " GROUP BY outcome")
        .params(params)
        .query(rs -> {
          outcomes.put(rs.getString("outcome"), rs.getLong("n"));
        });
    return outcomes;
  }

  /** Every week of the period, empty ones too, so a chart's gaps are real. */
  private List<WeekCount> perWeek(StatisticsFilter filter, String column) {
    Where where = Where.of(filter, "");
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    params.addAll(where.params());
    Map<LocalDate, Long> weeks = new TreeMap<>();
    for (LocalDate w = monday(filter.from()); !w.isAfter(filter.to()); w = w.plusWeeks(1)) {
      weeks.put(w, 0L);
    }
    jdbc.sql("SELECT " + column + " AS d FROM case_report WHERE " + column + " BETWEEN ? AND ?" + where.sql())
        .params(params)
        .query(rs -> {
          weeks.merge(monday(rs.getObject("d", LocalDate.class)), 1L, Long::sum);
        });
    return weeks.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
  }

  /**
   * FOI and EIR requests received in a calendar quarter, in the categories of the government's quarterly
   * FOI statistics, and SAR volume and timeliness. Timeliness counts responses sent (within the limit,
   * within a permitted extension, late) for the requests received in the quarter, as those statistics do.
   */
  @Transactional(readOnly = true)
  Quarterly quarterly(int year, int quarter) {
    LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
    LocalDate to = from.plusMonths(3).minusDays(1);
    Map<String, Long> foi = new LinkedHashMap<>();
    for (String c : List.of(
        "Received", "Not yet answered", "Resolvable", "Met deadline", "Permitted extension", "Outside deadline",
        "Granted in full", "Withheld in full", "Withheld in full: s12 cost limit", "Withheld in part",
        "Information not held", "Lapsed or withdrawn", "Not a valid request", "Internal reviews received")) {
      foi.put(c, 0L);
    }
    Map<String, Long> sar = new LinkedHashMap<>();
    for (String c : List.of(
        "Received", "Not yet answered", "Answered", "Met deadline", "Permitted extension", "Outside deadline")) {
      sar.put(c, 0L);
    }
    jdbc.sql("SELECT r.regime, r.status, r.outcome, r.on_time, r.extended, f.over_cost_limit"
            + " FROM case_report r LEFT JOIN fee_notice f ON f.case_reference = r.reference"
            + " WHERE r.received_on BETWEEN ? AND ? AND r.regime IN ('SAR', 'FOI', 'EIR')")
        .params(from, to)
        .query(
            rs -> {
              boolean isSar = rs.getString("regime").equals("SAR");
              Map<String, Long> m = isSar ? sar : foi;
              m.merge("Received", 1L, Long::sum);
              boolean closed = rs.getString("status").equals("CLOSED");
              if (!closed) {
                m.merge("Not yet answered", 1L, Long::sum);
              }
              Boolean onTime = (Boolean) rs.getObject("on_time");
              if (onTime != null) {
                String t = !onTime ? "Outside deadline" : rs.getString("extended") == null ? "Met deadline" : "Permitted extension";
                m.merge(t, 1L, Long::sum);
                if (isSar) {
                  sar.merge("Answered", 1L, Long::sum);
                }
              }
              if (!isSar && closed) {
                foiOutcome(foi, rs.getString("outcome"), Boolean.TRUE.equals(rs.getObject("over_cost_limit")));
              }
            });
    List<QuarterlyRow> rows = new ArrayList<>();
    foi.forEach((c, n) -> rows.add(new QuarterlyRow(FOI_EIR, c, n)));
    sar.forEach((c, n) -> rows.add(new QuarterlyRow("SAR", c, n)));
    return new Quarterly(year, quarter, from, to, rows);
  }

  /**
   * Resolvable: a substantive answer was possible, so neither lapsed nor withdrawn, nor information not
   * held (the government statistics' definition). A refusal because the cost would exceed the appropriate
   * limit (s12) is withheld in full, shown apart as well. Internal reviews stay 0 until that phase exists.
   */
  private static void foiOutcome(Map<String, Long> foi, String outcome, boolean overCostLimit) {
    if (outcome == null) {
      return;
    }
    switch (outcome) {
      case "PROVIDED_IN_FULL" -> resolvable(foi, "Granted in full");
      case "PROVIDED_IN_PART" -> resolvable(foi, "Withheld in part");
      case "REFUSED" -> {
        resolvable(foi, "Withheld in full");
        if (overCostLimit) {
          foi.merge("Withheld in full: s12 cost limit", 1L, Long::sum);
        }
      }
      case "NOT_HELD" -> foi.merge("Information not held", 1L, Long::sum);
      case "LAPSED", "WITHDRAWN" -> foi.merge("Lapsed or withdrawn", 1L, Long::sum);
      case "NOT_VALID" -> foi.merge("Not a valid request", 1L, Long::sum);
      default -> {}
    }
  }

  private static void resolvable(Map<String, Long> foi, String category) {
    foi.merge("Resolvable", 1L, Long::sum);
    foi.merge(category, 1L, Long::sum);
  }

  static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The regime and school filters as SQL, for a table alias prefix. */
  record Where(String sql, List<Object> params) {
    static Where of(StatisticsFilter filter, String prefix) {
      StringBuilder sql = new StringBuilder();
      List<Object> params = new ArrayList<>();
      if (UNTRIAGED.equals(filter.regime())) {
        sql.append(" AND ").append(prefix).append("regime IS NULL");
      } else if (filter.regime() != null) {
        sql.append(" AND ").append(prefix).append("regime = ?");
        params.add(filter.regime());
      }
      if (filter.school() != null) {
        sql.append(" AND ").append(prefix).append("school = ?");
        params.add(filter.school());
      }
      return new Where(sql.toString(), params);
    }
  }
}
