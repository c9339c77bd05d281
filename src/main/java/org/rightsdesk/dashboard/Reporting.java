package org.rightsdesk.dashboard;

import java.nio.charset.StandardCharsets;
import org.rightsdesk.dashboard.Statistics.Quarterly;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Reading a quarter and answering with CSV; shared by the API and the dashboard pages. */
final class Reporting {

  private Reporting() {}

  static Quarterly quarter(String year, String quarter, StatisticsService statistics) {
    int y = number("year", year, 2000, 2100);
    int q = number("quarter", quarter, 1, 4);
    return statistics.quarterly(y, q);
  }

  private static int number(String field, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below like any out-of-range number
    }
    throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
  }

  /** The quarter as CSV: section, category, count (the categories contain no commas or quotes). */
  static String csv(Quarterly q) {
    StringBuilder csv = new StringBuilder("section,category,count\r\n");
    q.rows().forEach(r -> csv.append(r.section()).append(',').append(r.category()).append(',').append(r.count()).append("\r\n"));
    return csv.toString();
  }

  static ResponseEntity<String> csvResponse(Quarterly q) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"foi-%d-q%d.csv\"".formatted(q.year(), q.quarter()))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv(q));
  }
}
