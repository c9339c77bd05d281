package org.rightsdesk.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures managers report on; the API's JSON and the dashboard's panels. */
final class Statistics {

  private Statistics() {}

  /**
   * @param openByRegime open cases per regime, UNTRIAGED for those not yet triaged (as of today)
   * @param openByStage open cases per stage (as of today)
   * @param dueSoon the first (up to 50) open cases with a running clock due within the next working days, soonest first
   * @param dueSoonTotal how many cases are due soon
   * @param overdue the first (up to 50) open cases with a running clock past their due date, most overdue first
   * @param overdueTotal how many cases are overdue
   * @param timeliness responses sent in the period, per month sent and regime
   * @param outcomes cases closed in the period, per outcome
   */
  record Summary(
      LocalDate from,
      LocalDate to,
      String regime,
      String school,
      LocalDate today,
      Map<String, Long> openByRegime,
      Map<String, Long> openByStage,
      List<OpenCase> dueSoon,
      long dueSoonTotal,
      List<OpenCase> overdue,
      long overdueTotal,
      List<Timeliness> timeliness,
      Map<String, Long> outcomes,
      List<WeekCount> receivedPerWeek,
      List<WeekCount> closedPerWeek) {}

  /** An open case on a list: due soon (daysLeft) or overdue (daysOverdue, calendar days). */
  record OpenCase(
      String reference,
      String regime,
      String school,
      String handlingGroup,
      String stage,
      LocalDate dueDate,
      Long daysLeft,
      Long daysOverdue) {}

  /** One page (from 1) of a list of open cases, and how many cases the whole list has. */
  record CasePage(List<OpenCase> cases, long total, int page, int pageSize) {

    public boolean hasNext() {
      return (long) page * pageSize < total;
    }

    /** The number of the first case on the page, for "cases 51 to 100 of 2,000". */
    public long first() {
      return cases.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
      return (long) (page - 1) * pageSize + cases.size();
    }
  }

  /**
   * Responses sent in one month for one regime: within the statutory limit, within a permitted extension
   * (counted apart, as the government's FOI statistics do), or late.
   */
  record Timeliness(
      String month, String regime, long answered, long inTime, long inTimeWithExtension, long late, double percentInTime) {}

  /** A count for the week starting on Monday weekStarting (days outside the period are not counted). */
  record WeekCount(LocalDate weekStarting, long count) {}

  /** One line of the quarterly figures. */
  record QuarterlyRow(String section, String category, long count) {}

  record Quarterly(int year, int quarter, LocalDate from, LocalDate to, List<QuarterlyRow> rows) {}
}
