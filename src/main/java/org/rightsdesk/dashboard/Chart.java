package org.rightsdesk.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rightsdesk.dashboard.Statistics.Timeliness;
import org.rightsdesk.dashboard.Statistics.WeekCount;

/**
 * A bar chart laid out on the server as SVG shapes, so the dashboard needs no JavaScript; the page says
 * what it shows in words (title, description) and gives the same figures as a table.
 */
record Chart(
    String id,
    String title,
    String description,
    int width,
    int height,
    List<Shape> bars,
    List<Label> labels,
    List<Line> lines) {

  record Shape(double x, double y, double width, double height, String cssClass, String tooltip) {
    Shape {
      x = round(x);
      y = round(y);
      width = round(width);
      height = round(height);
    }
  }

  record Label(double x, double y, String anchor, String text) {
    Label {
      x = round(x);
      y = round(y);
    }
  }

  record Line(double x1, double y1, double x2, double y2, String cssClass) {
    Line {
      x1 = round(x1);
      y1 = round(y1);
      x2 = round(x2);
      y2 = round(y2);
    }
  }

  /** A tenth of a unit is finer than any screen shows; it keeps the markup short. */
  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static final int WIDTH = 720;
  private static final int HEIGHT = 240;
  private static final int LEFT = 40;
  /** Room on the right for the target line's label. */
  private static final int RIGHT = 80;
  private static final int BOTTOM = 30;
  private static final int TOP = 12;
  private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  /** Received and closed side by side for each week. */
  static Chart weekly(List<WeekCount> received, List<WeekCount> closed) {
    long max = 1;
    for (int i = 0; i < received.size(); i++) {
      max = Math.max(max, Math.max(received.get(i).count(), closed.get(i).count()));
    }
    List<Shape> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>(axis(max));
    double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, received.size());
    double bar = Math.max(1, slot / 2 - 1);
    for (int i = 0; i < received.size(); i++) {
      double x = LEFT + i * slot;
      WeekCount r = received.get(i);
      WeekCount c = closed.get(i);
      String week = "week of " + WEEK.format(r.weekStarting());
      bars.add(bar(x, bar, r.count(), max, "rd-bar-received", week + ": " + r.count() + " received"));
      bars.add(bar(x + bar, bar, c.count(), max, "rd-bar-closed", week + ": " + c.count() + " closed"));
      // label every fourth week so the axis stays readable
      if (i % 4 == 0) {
        labels.add(new Label(x, HEIGHT - 10, "start", WEEK.format(r.weekStarting())));
      }
    }
    return new Chart(
        "weekly",
        "Requests received and closed per week",
        "Bars per week: received (dark) and closed (light). The table below gives every figure.",
        WIDTH,
        HEIGHT,
        bars,
        labels,
        List.of(baseline()));
  }

  /** The share answered in time each month, all regimes shown together, against the target. */
  static Chart timeliness(List<Timeliness> rows, int targetPercent) {
    Map<String, long[]> months = new TreeMap<>();
    for (Timeliness t : rows) {
      long[] m = months.computeIfAbsent(t.month(), k -> new long[2]);
      m[0] += t.inTime() + t.inTimeWithExtension();
      m[1] += t.answered();
    }
    List<Shape> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>(axis(100));
    double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, months.size());
    double width = Math.min(60, slot - 8);
    int i = 0;
    for (Map.Entry<String, long[]> e : months.entrySet()) {
      double percent = StatisticsService.percent(e.getValue()[0], e.getValue()[1]);
      double x = LEFT + i * slot + 4;
      String cssClass = percent >= targetPercent ? "rd-bar-good" : "rd-bar-poor";
      Shape b = bar(x, width, percent, 100, cssClass, e.getKey() + ": " + percent + "% in time");
      bars.add(b);
      labels.add(new Label(x, HEIGHT - 10, "start", e.getKey()));
      labels.add(new Label(x + width / 2, b.y() - 3, "middle", Math.round(percent) + "%"));
      i++;
    }
    double target = y(targetPercent, 100);
    List<Line> lines = List.of(baseline(), new Line(LEFT, target, WIDTH - RIGHT, target, "rd-target"));
    labels.add(new Label(WIDTH - RIGHT + 6, target + 4, "start", targetPercent + "% target"));
    return new Chart(
        "timeliness",
        "Answered in time per month",
        "Share of responses sent each month within the deadline or a permitted extension; the line is the "
            + targetPercent + "% target.",
        WIDTH,
        HEIGHT,
        bars,
        labels,
        lines);
  }

  /** Closed cases per outcome, as horizontal bars. */
  static Chart outcomes(Map<String, Long> outcomes, Map<String, String> names) {
    long max = Math.max(1, outcomes.values().stream().mapToLong(Long::longValue).max().orElse(1));
    int row = 24;
    int left = 280;
    int height = Math.max(row, outcomes.size() * row) + 8;
    List<Shape> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Long> e : outcomes.entrySet()) {
      double y = 4 + i * row;
      double w = (WIDTH - left - 40) * e.getValue() / (double) max;
      // the short name, before any explanation after a colon; the table beside the chart has it all
      String name = names.getOrDefault(e.getKey(), e.getKey()).split(":")[0];
      bars.add(new Shape(left, y, Math.max(w, 1), row - 6, "rd-bar-received", name + ": " + e.getValue()));
      labels.add(new Label(left - 6, y + row - 10, "end", name));
      labels.add(new Label(left + w + 4, y + row - 10, "start", String.valueOf(e.getValue())));
      i++;
    }
    return new Chart(
        "outcomes", "Outcomes of closed cases", "One bar per outcome; the table below gives every figure.",
        WIDTH, height, bars, labels, List.of());
  }

  private static Shape bar(double x, double width, double value, double max, String cssClass, String tooltip) {
    double top = y(value, max);
    return new Shape(x, top, width, HEIGHT - BOTTOM - top, cssClass, tooltip);
  }

  private static double y(double value, double max) {
    return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / max;
  }

  private static Line baseline() {
    return new Line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "rd-axis");
  }

  private static List<Label> axis(long max) {
    return List.of(
        new Label(LEFT - 4, y(0, max) + 4, "end", "0"),
        new Label(LEFT - 4, y(max, max) + 4, "end", String.valueOf(max)));
  }
}
