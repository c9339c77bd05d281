package org.rightsdesk.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.rightsdesk.dashboard.Statistics.Summary;
import org.rightsdesk.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "Open work, timeliness and outcomes (managers, DPO, administrators)")
class StatisticsApi {

  private final StatisticsService statistics;
  private final Clock clock;

  StatisticsApi(StatisticsService statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping(value = "/api/statistics/summary", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Open cases by regime and stage, due soon, overdue, timeliness, outcomes and weekly volumes",
      description =
          "Open work is as of today; dueSoon and overdue list the 50 most urgent cases, dueSoonTotal and"
              + " overdueTotal count them all (the dashboard's case list pages through the rest). Timeliness"
              + " counts responses sent in the period by month, outcomes and closedPerWeek count cases closed"
              + " in it, receivedPerWeek cases received in it.")
  @ApiResponse(responseCode = "200", description = "The figures")
  @ApiResponse(responseCode = "400", description = "A parameter is not valid (problem details)")
  @ApiResponse(responseCode = "403", description = "Only managers, the DPO and administrators")
  Summary summary(
      @Parameter(description = "first day of the period, e.g. 2026-01-01; default 26 weeks back") @RequestParam(required = false) String from,
      @Parameter(description = "last day of the period; default today") @RequestParam(required = false) String to,
      @Parameter(description = "SAR, FOI, EIR or BUSINESS_AS_USUAL") @RequestParam(required = false) String regime,
      @Parameter(description = "school code, e.g. city-academy") @RequestParam(required = false) String school) {
    return statistics.summary(StatisticsFilter.parse(from, to, regime, school, clock));
  }

  @GetMapping(value = "/api/statistics/foi-quarterly.csv", produces = "text/csv")
  @Operation(
      summary = "FOI/EIR figures for a calendar quarter in the government's FOI statistics categories, and SAR rows",
      description = "Requests received in the quarter; columns section, category, count.")
  @ApiResponse(responseCode = "200", description = "CSV")
  @ApiResponse(responseCode = "400", description = "year or quarter not valid (problem details)")
  ResponseEntity<String> quarterly(
      @Parameter(description = "e.g. 2026") @RequestParam(required = false) String year,
      @Parameter(description = "1 (January to March) to 4") @RequestParam(required = false) String quarter) {
    return Reporting.csvResponse(Reporting.quarter(year, quarter, statistics));
  }
}
