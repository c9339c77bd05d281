package org.rightsdesk.decide;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exemptions catalogue for staff and the forms that cite it. */
@RestController
@Tag(name = "Exemptions", description = "FOIA exemptions, EIR exceptions and DPA 2018 exemptions (staff)")
class ExemptionController {

  private final ExemptionCatalogue catalogue;

  ExemptionController(ExemptionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Operation(
      summary = "List the exemptions catalogue (staff)",
      description = "Every exemption or exception a refusal may cite, with whether it is absolute or subject to the"
          + " public interest test, whether we may neither confirm nor deny, and a plain-English explanation for the"
          + " letter. Filter with regime=SAR, FOI or EIR. HTTP Basic, staff groups.")
  @ApiResponse(responseCode = "200", description = "The catalogue")
  @ApiResponse(
      responseCode = "400",
      description = "Unknown regime",
      content = @Content(
          mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
  @ApiResponse(responseCode = "403", description = "Not in a staff group", content = @Content)
  @GetMapping(path = "/api/exemptions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Exemption> list(
      @Parameter(description = "SAR, FOI or EIR") @RequestParam(required = false) String regime) {
    return regime == null ? catalogue.all() : catalogue.forRegime(parse(regime));
  }

  private static Regime parse(String regime) {
    return Arrays.stream(Regime.values())
        .filter(r -> r.name().equals(regime))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("regime", "must be one of "
            + Arrays.stream(Regime.values()).map(Regime::name).collect(Collectors.joining(", "))));
  }
}
