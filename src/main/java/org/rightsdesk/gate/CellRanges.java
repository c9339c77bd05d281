package org.rightsdesk.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellReference;

/** Turns sets of row numbers, column numbers and cell references into short locations for a finding. */
final class CellRanges {

  private static final int MOST_CELLS_NAMED = 8;

  private CellRanges() {}

  /** 0-based row indexes as "rows 3-5, 9" (1-based, as Excel shows them). */
  static String rows(TreeSet<Integer> rows) {
    return "rows " + runs(rows, i -> Integer.toString(i + 1));
  }

  /** 0-based column indexes as "columns C-D, F". */
  static String columns(TreeSet<Integer> columns) {
    return "columns " + runs(columns, CellReference::convertNumToColString);
  }

  static String cells(List<String> cells) {
    StringBuilder out = new StringBuilder("cells ");
    out.append(String.join(", ", cells.subList(0, Math.min(MOST_CELLS_NAMED, cells.size()))));
    if (cells.size() > MOST_CELLS_NAMED) {
      out.append(" (and ").append(cells.size() - MOST_CELLS_NAMED).append(" more)");
    }
    return out.toString();
  }

  private static String runs(TreeSet<Integer> values, java.util.function.IntFunction<String> label) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int value : values) {
      if (previous != null && value == previous + 1) {
        previous = value;
        continue;
      }
      if (start != null) {
        parts.add(run(start, previous, label));
      }
      start = value;
      previous = value;
    }
    if (start != null) {
      parts.add(run(start, previous, label));
    }
    return String.join(", ", parts);
  }

  private static String run(int start, int end, java.util.function.IntFunction<String> label) {
    return start == end ? label.apply(start) : label.apply(start) + "-" + label.apply(end);
  }

  static String sheet(String name) {
    return "sheet '" + name + "'";
  }
}
