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
import org.rightsdesk.dashboard.Statistics.CasePage;
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

/**
 * Statistics read from the case report, never by running the clock per case: figures from its counts per
 * day ({@code case_report_day}), lists a page at a time from its open cases.
 */
@Service
class StatisticsService {

  /** "Due soon" looks this many working days ahead, the team's reminder period. */
  static final int DUE_SOON_WORKING_DAYS = 5;
  /** Cases on one page of a list: the most urgent of the dashboard's lists, or a page of the cases page. */
  static final int PAGE_SIZE = 50;
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
    Where where = Where.counts(filter);
    jdbc.sql("SELECT regime, category, SUM(n) AS n FROM case_report_day WHERE measure = 'OPEN'" + where.sql()
            + " GROUP BY regime, category")
        .params(where.params())
        .query(
            rs -> {
              long n = rs.getLong("n");
              byRegime.merge(rs.getString("regime"), n, Long::sum);
              byStage.merge(rs.getString("category"), n, Long::sum);
            });
    CasePage dueSoon = openCases(filter, null, Due.SOON, 1);
    CasePage overdue = openCases(filter, null, Due.OVERDUE, 1);
    return new Summary(
        filter.from(),
        filter.to(),
        filter.regime(),
        filter.school(),
        today,
        byRegime,
        byStage,
        dueSoon.cases(),
        dueSoon.total(),
        overdue.cases(),
        overdue.total(),
        timeliness(filter),
        outcomes(filter),
        perWeek(filter, DayCounts.RECEIVED),
        perWeek(filter, DayCounts.CLOSED));
  }

  /**
   * One page of open cases, by due date (those without one last): all of them or those at one stage, and
   * all or only those due soon or overdue. The total comes from the counts per day, the page from the
   * open-case indexes, so neither reads closed cases.
   */
  @Transactional(readOnly = true)
  CasePage openCases(StatisticsFilter filter, Stage stage, Due due, int page) {
    LocalDate today = today();
    List<Object> dueParams = new ArrayList<>();
    String dueSql = "";
    String dueCounts = "";
    if (due == Due.OVERDUE) {
      dueSql = " AND r.due_date < ?";
      dueCounts = " AND on_day < ?";
      dueParams.add(today);
    } else if (due == Due.SOON) {
      // counted in FOI working days, which skip a bank holiday in any part of the UK: the widest reading of "soon"
      LocalDate soonUntil = statutoryClock.addWorkingDays(today, DUE_SOON_WORKING_DAYS, Regime.FOI, division);
      dueSql = " AND r.due_date >= ? AND r.due_date <= ?";
      dueCounts = " AND on_day >= ? AND on_day <= ?";
      dueParams.addAll(List.of(today, soonUntil));
    }
    Where counts = Where.counts(filter);
    List<Object> countParams = new ArrayList<>(dueParams);
    countParams.addAll(counts.params());
    String atStage = "";
    if (stage != null) {
      atStage = " AND category = ?";
      countParams.add(stage.name());
    }
    long total =
        jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = ?" + dueCounts + counts.sql() + atStage)
            .param(due == null ? DayCounts.OPEN : DayCounts.OPEN_DUE)
            .params(countParams)
            .query(Long.class)
            .single();

    Where where = Where.of(filter, "r.");
    List<Object> params = new ArrayList<>(dueParams);
    params.addAll(where.params());
    if (stage != null) {
      params.add(stage.name());
    }
    params.add(PAGE_SIZE);
    params.add((long) (page - 1) * PAGE_SIZE);
    // the clock condition matches OPEN_DUE's: a stopped clock is neither due soon nor overdue
    String clockRuns = due == null ? "" : " AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL)";
    // the handling group is read from the case: routing records it after the triage event refreshed the row;
    // joined after the page is cut, so only the page's cases are read from the case table
    List<OpenCase> cases =
        jdbc.sql(
                "SELECT p.reference, p.regime, p.school, i.handling_group, p.stage, p.due_date FROM ("
                    + "SELECT r.reference, r.regime, r.school, r.stage, r.due_date FROM case_report r"
                    + " WHERE r.status <> 'CLOSED'" + clockRuns + dueSql + where.sql()
                    + (stage == null ? "" : " AND r.stage = ?")
                    + " ORDER BY r.due_date NULLS LAST, r.reference LIMIT ? OFFSET ?) p"
                    + " JOIN information_request i ON i.reference = p.reference"
                    + " ORDER BY p.due_date NULLS LAST, p.reference")
            .params(params)
            .query(
                (rs, n) -> {
                  LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
                  Long days = dueDate == null ? null : ChronoUnit.DAYS.between(today, dueDate);
                  return new OpenCase(
                      rs.getString("reference"),
                      rs.getString("regime"),
                      rs.getString("school"),
                      rs.getString("handling_group"),
                      rs.getString("stage"),
                      dueDate,
                      days != null && days >= 0 ? days : null,
                      days != null && days < 0 ? -days : null);
                })
            .list();
    return new CasePage(cases, total, page, PAGE_SIZE);
  }

  /** The schools with cases, for the filter; read from the counts, which hold a row per school and day. */
  @Transactional(readOnly = true)
  List<String> schools() {
    return jdbc.sql("SELECT DISTINCT school FROM case_report_day WHERE measure = 'RECEIVED' AND school NOT IN (?, ?)"
            + " ORDER BY school")
        .params(DayCounts.NO_SCHOOL, DayCounts.ALL_SCHOOLS)
        .query(String.class)
        .list();
  }

  /** Responses sent in the period, by the month they were sent: the month the answer counts in. */
  private List<Timeliness> timeliness(StatisticsFilter filter) {
    Map<String, long[]> counts = new TreeMap<>();
    periodCounts(filter, DayCounts.ANSWERED, " AND regime IN ('SAR', 'FOI', 'EIR')", "on_day, regime, category")
        .query(
            rs -> {
              LocalDate sent = rs.getObject("on_day", LocalDate.class);
              String key = sent.toString().substring(0, 7) + " " + rs.getString("regime");
              long[] c = counts.computeIfAbsent(key, k -> new long[3]);
              String category = rs.getString("category");
              c[category.equals(DayCounts.IN_TIME) ? 0 : category.equals(DayCounts.EXTENDED) ? 1 : 2] += rs.getLong("n");
            });
    List<Timeliness> result = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          long answered = c[0] + c[1] + c[2];
          // a counter can be back at 0 after a case moved out of it
          if (answered > 0) {
            result.add(
                new Timeliness(
                    key.substring(0, 7), key.substring(8), answered, c[0], c[1], c[2], percent(c[0] + c[1], answered)));
          }
        });
    return result;
  }

  private Map<String, Long> outcomes(StatisticsFilter filter) {
    Map<String, Long> outcomes = new TreeMap<>();
    periodCounts(filter, DayCounts.OUTCOME, "", "category")
        .query(
            rs -> {
              if (rs.getLong("n") > 0) {
                outcomes.put(rs.getString("category"), rs.getLong("n"));
              }
            });
    return outcomes;
  }

  /** Every week of the period, empty ones too, so a chart's gaps are real. */
  private List<WeekCount> perWeek(StatisticsFilter filter, String measure) {
    Map<LocalDate, Long> weeks = new TreeMap<>();
    for (LocalDate w = monday(filter.from()); !w.isAfter(filter.to()); w = w.plusWeeks(1)) {
      weeks.put(w, 0L);
    }
    periodCounts(filter, measure, "", "on_day")
        .query(rs -> {
          weeks.merge(monday(rs.getObject("on_day", LocalDate.class)), rs.getLong("n"), Long::sum);
        });
    return weeks.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
  }

  /** One measure's counts on the days of the period, summed over what is not grouped by. */
  private JdbcClient.StatementSpec periodCounts(StatisticsFilter filter, String measure, String condition, String groupBy) {
    Where where = Where.counts(filter);
    List<Object> params = new ArrayList<>(List.of(measure, filter.from(), filter.to()));
    params.addAll(where.params());
    return jdbc.sql("SELECT " + groupBy + ", SUM(n) AS n FROM case_report_day WHERE measure = ? AND on_day BETWEEN ? AND ?"
            + condition + where.sql() + " GROUP BY " + groupBy)
        .params(params);
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
    jdbc.sql("SELECT measure, regime, category, SUM(n) AS n FROM case_report_day"
            + " WHERE measure IN (?, ?, ?, ?, ?) AND on_day BETWEEN ? AND ? AND regime IN ('SAR', 'FOI', 'EIR')"
            + " AND school = ? GROUP BY measure, regime, category")
        .params(
            DayCounts.RECEIVED,
            DayCounts.OPEN,
            DayCounts.RECEIVED_ANSWERED,
            DayCounts.RECEIVED_OUTCOME,
            DayCounts.RECEIVED_S12,
            from,
            to,
            DayCounts.ALL_SCHOOLS)
        .query(
            rs -> {
              boolean isSar = rs.getString("regime").equals("SAR");
              Map<String, Long> m = isSar ? sar : foi;
              long n = rs.getLong("n");
              String category = rs.getString("category");
              switch (rs.getString("measure")) {
                case DayCounts.RECEIVED -> m.merge("Received", n, Long::sum);
                case DayCounts.OPEN -> m.merge("Not yet answered", n, Long::sum);
                case DayCounts.RECEIVED_ANSWERED -> {
                  String t =
                      category.equals(DayCounts.LATE)
                          ? "Outside deadline"
                          : category.equals(DayCounts.IN_TIME) ? "Met deadline" : "Permitted extension";
                  m.merge(t, n, Long::sum);
                  if (isSar) {
                    sar.merge("Answered", n, Long::sum);
                  }
                }
                case DayCounts.RECEIVED_OUTCOME -> {
                  if (!isSar) {
                    foiOutcome(foi, category, n);
                  }
                }
                case DayCounts.RECEIVED_S12 -> {
                  if (!isSar) {
                    foi.merge("Withheld in full: s12 cost limit", n, Long::sum);
                  }
                }
                default -> {}
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
  private static void foiOutcome(Map<String, Long> foi, String outcome, long n) {
    switch (outcome) {
      case "PROVIDED_IN_FULL" -> resolvable(foi, "Granted in full", n);
      case "PROVIDED_IN_PART" -> resolvable(foi, "Withheld in part", n);
      case "REFUSED" -> resolvable(foi, "Withheld in full", n);
      case "NOT_HELD" -> foi.merge("Information not held", n, Long::sum);
      case "LAPSED", "WITHDRAWN" -> foi.merge("Lapsed or withdrawn", n, Long::sum);
      case "NOT_VALID" -> foi.merge("Not a valid request", n, Long::sum);
      default -> {}
    }
  }

  private static void resolvable(Map<String, Long> foi, String category, long n) {
    foi.merge("Resolvable", n, Long::sum);
    foi.merge(category, n, Long::sum);
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

    /**
     * The same filters on case_report_day, where a case without a regime is counted as UNTRIAGED and
     * without a school filter the all-schools counts are read.
     */
    static Where counts(StatisticsFilter filter) {
      StringBuilder sql = new StringBuilder(" AND school = ?");
      List<Object> params = new ArrayList<>();
      params.add(filter.school() == null ? DayCounts.ALL_SCHOOLS : filter.school());
      if (filter.regime() != null) {
        sql.append(" AND regime = ?");
        params.add(filter.regime());
      }
      return new Where(sql.toString(), params);
    }
  }
}
