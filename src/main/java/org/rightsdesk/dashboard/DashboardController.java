package org.rightsdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsdesk.dashboard.Statistics.Summary;
import org.rightsdesk.request.Outcome;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The managers' dashboard; the web security chain lets only managers, the DPO and administrators in. */
@Controller
class DashboardController {

  /** The ICO expects at least 90% of requests to be answered within the statutory time. */
  static final int TARGET_PERCENT = 90;

  private final StatisticsService statistics;
  private final Clock clock;

  DashboardController(StatisticsService statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String regime,
      @RequestParam(required = false) String school,
      Model model) {
    StatisticsFilter filter = StatisticsFilter.parse(from, to, regime, school, clock);
    Summary summary = statistics.summary(filter);
    filters(model, filter);
    model.addAttribute("summary", summary);
    model.addAttribute("stages", stageLabels());
    model.addAttribute("outcomeNames", outcomeLabels());
    model.addAttribute("target", TARGET_PERCENT);
    model.addAttribute("weeklyChart", Chart.weekly(summary.receivedPerWeek(), summary.closedPerWeek()));
    model.addAttribute("timelinessChart", Chart.timeliness(summary.timeliness(), TARGET_PERCENT));
    model.addAttribute("outcomesChart", Chart.outcomes(summary.outcomes(), outcomeLabels()));
    return "dashboard/dashboard";
  }

  /** Open cases a page at a time: all, at one stage, due soon or overdue (the numbers on the dashboard link here). */
  @GetMapping("/dashboard/cases")
  String cases(
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String due,
      @RequestParam(required = false) String regime,
      @RequestParam(required = false) String school,
      @RequestParam(required = false) String page,
      Model model) {
    Stage atStage = stage == null || stage.isBlank() ? null : stage(stage);
    Due dueWhen = due == null || due.isBlank() ? null : due(due);
    int pageNumber = page == null || page.isBlank() ? 1 : page(page);
    StatisticsFilter filter = StatisticsFilter.parse(null, null, regime, school, clock);
    filters(model, filter);
    model.addAttribute("stage", atStage);
    model.addAttribute("due", dueWhen);
    model.addAttribute("cases", statistics.openCases(filter, atStage, dueWhen, pageNumber));
    model.addAttribute("stages", stageLabels());
    return "dashboard/cases";
  }

  @GetMapping("/dashboard/foi-quarterly")
  String quarterly(
      @RequestParam(required = false) String year, @RequestParam(required = false) String quarter, Model model) {
    LocalDate today = statistics.today();
    String y = year == null ? String.valueOf(today.getYear()) : year;
    String q = quarter == null ? String.valueOf((today.getMonthValue() + 2) / 3) : quarter;
    model.addAttribute("quarterly", Reporting.quarter(y, q, statistics));
    return "dashboard/foi-quarterly";
  }

  /** The same CSV as the API, for a signed-in browser (the API takes HTTP Basic only). */
  @GetMapping("/dashboard/foi-quarterly.csv")
  ResponseEntity<String> quarterlyCsv(@RequestParam String year, @RequestParam String quarter) {
    return Reporting.csvResponse(Reporting.quarter(year, quarter, statistics));
  }

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("errors", e.errors());
    return "dashboard/invalid";
  }

  private static Stage stage(String name) {
    try {
      return Stage.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("stage", "must be one of " + Arrays.toString(Stage.values()));
    }
  }

  private static Due due(String name) {
    try {
      return Due.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("due", "must be one of " + Arrays.toString(Due.values()));
    }
  }

  /** Pages past the end are simply empty; the bound only keeps the offset a sane number. */
  private static int page(String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= 100_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below like any out-of-range number
    }
    throw new InvalidInputException("page", "must be a whole number from 1 to 100000");
  }

  private void filters(Model model, StatisticsFilter filter) {
    model.addAttribute("filter", filter);
    model.addAttribute("schools", statistics.schools());
    model.addAttribute("regimes", List.of("SAR", "FOI", "EIR", "BUSINESS_AS_USUAL"));
  }

  private static Map<String, String> stageLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      labels.put(s.name(), s.label());
    }
    return labels;
  }

  private static Map<String, String> outcomeLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      labels.put(o.name(), o.label());
    }
    return labels;
  }
}
