package org.rightsdesk.fees;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightsdesk.fees.FeeApi.EstimateBody;
import org.rightsdesk.fees.FeeApi.EstimateResult;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fee calculator for staff and their tools, before a fees notice is issued. */
@RestController
@RequestMapping("/api/fees")
@Tag(name = "Fees", description = "Fees and cost limits for SAR, FOI and EIR (staff)")
class FeeController {

  private final FeeCalculator calculator;

  FeeController(FeeCalculator calculator) {
    this.calculator = calculator;
  }

  @Operation(
      summary = "Estimate a fee (staff)",
      description = "The fee for a request under the rates in processes/fees.dmn: FOI compares hours × £25 with the"
          + " appropriate limit (£600 central government, £450 others) and under it charges only copying and"
          + " postage; EIR charges staff time and disbursements per the published schedule; a SAR is free unless"
          + " manifestly unfounded or excessive or for further copies; SAR_DPA1998 is the legacy £10 plus the"
          + " educational-record bands. HTTP Basic, staff groups.")
  @ApiResponse(responseCode = "200", description = "Estimated")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid input; errors names each field",
      content = @Content(
          mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
  @ApiResponse(responseCode = "403", description = "Not in a staff group", content = @Content)
  @PostMapping(
      path = "/estimate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  EstimateResult estimate(@RequestBody EstimateBody body) {
    return EstimateResult.of(calculator.estimate(body.toQuestion()));
  }
}
