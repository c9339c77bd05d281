package org.rightsdesk.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one case adds to {@code case_report_day} (see V12__case_report_counts.sql for the measures): a pure
 * function of its report row, so that a change is applied as the old row's counts taken away and the new
 * row's added.
 */
final class DayCounts {

  static final String RECEIVED = "RECEIVED";
  static final String CLOSED = "CLOSED";
  static final String OUTCOME = "OUTCOME";
  static final String ANSWERED = "ANSWERED";
  static final String OPEN = "OPEN";
  static final String OPEN_DUE = "OPEN_DUE";
  static final String RECEIVED_ANSWERED = "RECEIVED_ANSWERED";
  static final String RECEIVED_OUTCOME = "RECEIVED_OUTCOME";
  static final String RECEIVED_S12 = "RECEIVED_S12";
  static final String IN_TIME = "IN_TIME";
  static final String EXTENDED = "EXTENDED";
  static final String LATE = "LATE";
  /** The school of a case that has none: part of the table's key, which allows no nulls. */
  static final String NO_SCHOOL = "";
  /**
   * Every count is kept once for the case's school and once more for all schools together, so that a
   * figure without a school filter reads a third of the rows (school codes cannot contain '*').
   */
  static final String ALL_SCHOOLS = "*";

  private DayCounts() {}

  /** One counter; the order is the order in which counters are locked, the same in every transaction. */
  record Key(String measure, LocalDate day, String regime, String school, String category) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::measure)
            .thenComparing(Key::day)
            .thenComparing(Key::regime)
            .thenComparing(Key::school)
            .thenComparing(Key::category);
  }

  /** A case's row in case_report, as far as the counts depend on it. */
  record Row(
      String regime,
      String school,
      String status,
      String stage,
      LocalDate receivedOn,
      LocalDate dueDate,
      String clockStatus,
      String extended,
      LocalDate closedOn,
      LocalDate responseSentOn,
      Boolean onTime,
      String outcome,
      Boolean overCostLimit) {}

  static List<Key> of(Row r) {
    String regime = r.regime() == null ? StatisticsService.UNTRIAGED : r.regime();
    String school = r.school() == null ? NO_SCHOOL : r.school();
    boolean closed = "CLOSED".equals(r.status());
    List<Key> keys = new ArrayList<>();
    keys.add(new Key(RECEIVED, r.receivedOn(), regime, school, ""));
    if (r.closedOn() != null) {
      keys.add(new Key(CLOSED, r.closedOn(), regime, school, ""));
      if (r.outcome() != null) {
        keys.add(new Key(OUTCOME, r.closedOn(), regime, school, r.outcome()));
      }
    }
    if (r.onTime() != null) {
      String timeliness = !r.onTime() ? LATE : r.extended() == null ? IN_TIME : EXTENDED;
      keys.add(new Key(ANSWERED, r.responseSentOn(), regime, school, timeliness));
      keys.add(new Key(RECEIVED_ANSWERED, r.receivedOn(), regime, school, timeliness));
    }
    if (!closed) {
      keys.add(new Key(OPEN, r.receivedOn(), regime, school, r.stage()));
      boolean clockCounts = r.clockStatus() == null || r.clockStatus().equals("RUNNING");
      if (clockCounts && r.dueDate() != null) {
        keys.add(new Key(OPEN_DUE, r.dueDate(), regime, school, r.stage()));
      }
    } else if (r.outcome() != null) {
      keys.add(new Key(RECEIVED_OUTCOME, r.receivedOn(), regime, school, r.outcome()));
      if (r.outcome().equals("REFUSED") && Boolean.TRUE.equals(r.overCostLimit())) {
        keys.add(new Key(RECEIVED_S12, r.receivedOn(), regime, school, ""));
      }
    }
    List<Key> withAllSchools = new ArrayList<>(keys);
    keys.forEach(k -> withAllSchools.add(new Key(k.measure(), k.day(), k.regime(), ALL_SCHOOLS, k.category())));
    return withAllSchools;
  }

  /** The change to each counter when a case's row goes from before (null: none yet) to after; no zeros. */
  static Map<Key, Integer> change(Row before, Row after) {
    Map<Key, Integer> change = new TreeMap<>(Key.ORDER);
    if (before != null) {
      of(before).forEach(k -> change.merge(k, -1, Integer::sum));
    }
    of(after).forEach(k -> change.merge(k, 1, Integer::sum));
    change.values().removeIf(n -> n == 0);
    return change;
  }
}
