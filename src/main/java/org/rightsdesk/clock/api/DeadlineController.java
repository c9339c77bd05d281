package org.rightsdesk.clock.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightsdesk.clock.api.DeadlineApi.CalculateBody;
import org.rightsdesk.clock.api.DeadlineApi.ResultBody;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The statutory clock for staff and their tools: a due date with its working, without opening a case. */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "Statutory time limits for SAR, FOI and EIR (staff)")
class DeadlineController {

  private final DeadlineCalculator calculator;

  DeadlineController(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  @Operation(
      summary = "Calculate a due date (staff)",
      description = "The due date, status and day-by-day working for a regime, date of receipt, division,"
          + " school calendar and clock events. A LAPSED result has a null dueDate; a PAUSED one shows the date"
          + " it would be if the awaited identity, fee or clarification arrived today. HTTP Basic, staff groups.")
  @ApiResponse(responseCode = "200", description = "Calculated")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid input; errors names each field",
      content = @Content(
          mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
  @ApiResponse(responseCode = "403", description = "Not in a staff group", content = @Content)
  @PostMapping(
      path = "/calculate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResultBody calculate(@RequestBody CalculateBody body) {
    return ResultBody.of(calculator.calculate(body));
  }
}
