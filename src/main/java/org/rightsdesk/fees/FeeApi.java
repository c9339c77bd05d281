package org.rightsdesk.fees;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.InvalidInputException.FieldError;

/** The JSON shapes of POST /api/fees/estimate (issue #4); names are a contract. Money travels as strings. */
final class FeeApi {

  /** Beyond these a number is a typing slip, not an estimate; refusing it also keeps the arithmetic small. */
  static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);
  static final BigDecimal MAX_PAGES = BigDecimal.valueOf(100_000);

  private FeeApi() {}

  // Numbers bind to BigDecimal so a fraction, an overflow or a huge exponent is reported against its field
  // here, rather than silently truncated or refused by the parser as unreadable JSON.
  @Schema(name = "FeeEstimateRequest", description = "What the fee depends on; omitted numbers count as 0, flags as false")
  record EstimateBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "FOI") FeeRegime regime,
      @Schema(description = "FOI only: a central government department (£600 limit, else £450)", example = "false")
          Boolean centralGovernment,
      @Schema(type = "number", description = "Estimated staff time in hours, to at most two decimal places. For FOI"
          + " only finding, locating, retrieving and extracting count.", minimum = "0", maximum = "10000",
          example = "12.5")
          BigDecimal hours,
      @Schema(type = "integer", description = "Black-and-white sheets to print or copy", minimum = "0",
          maximum = "100000", example = "120")
          BigDecimal blackAndWhitePages,
      @Schema(type = "integer", description = "Colour sheets to print or copy", minimum = "0", maximum = "100000",
          example = "10")
          BigDecimal colourPages,
      @Schema(description = "Send by post (Royal Mail 2nd class)", example = "true") Boolean postage,
      @Schema(type = "integer", description = "SAR_DPA1998 only: printed pages of a pupil's educational record",
          minimum = "0", maximum = "100000", example = "0")
          BigDecimal educationalRecordPages,
      @Schema(description = "SAR only: manifestly unfounded or excessive (UK GDPR Art 12(5))", example = "false")
          Boolean manifestlyUnfoundedOrExcessive,
      @Schema(description = "SAR only: further copies of data already provided (UK GDPR Art 15(3))", example = "false")
          Boolean furtherCopies) {

    /** @throws InvalidInputException naming each bad field */
    FeeQuestion toQuestion() {
      List<FieldError> errors = new ArrayList<>();
      if (regime == null) {
        errors.add(new FieldError("regime", "must be given: one of "
            + Arrays.stream(FeeRegime.values()).map(Enum::name).collect(Collectors.joining(", "))));
      }
      BigDecimal checkedHours = hours("hours", hours, errors);
      int blackAndWhite = pages("blackAndWhitePages", blackAndWhitePages, errors);
      int colour = pages("colourPages", colourPages, errors);
      int educationalRecord = pages("educationalRecordPages", educationalRecordPages, errors);
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return new FeeQuestion(regime, yes(centralGovernment), checkedHours, blackAndWhite, colour, yes(postage),
          educationalRecord, yes(manifestlyUnfoundedOrExcessive), yes(furtherCopies));
    }

    private static BigDecimal hours(String field, BigDecimal value, List<FieldError> errors) {
      if (value == null) {
        return BigDecimal.ZERO;
      }
      if (!inRange(field, value, MAX_HOURS, errors)) {
        return null;
      }
      if (value.stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError(field, "must have at most two decimal places, such as 12.25"));
        return null;
      }
      return value;
    }

    private static int pages(String field, BigDecimal value, List<FieldError> errors) {
      if (value == null) {
        return 0;
      }
      if (!inRange(field, value, MAX_PAGES, errors)) {
        return 0;
      }
      if (value.stripTrailingZeros().scale() > 0) {
        errors.add(new FieldError(field, "must be a whole number of pages"));
        return 0;
      }
      return value.intValue();
    }

    private static boolean inRange(String field, BigDecimal value, BigDecimal max, List<FieldError> errors) {
      if (value.signum() < 0) {
        errors.add(new FieldError(field, "must not be negative"));
        return false;
      }
      if (value.compareTo(max) > 0) {
        errors.add(new FieldError(field, "must be at most " + max.toPlainString()));
        return false;
      }
      return true;
    }

    private static boolean yes(Boolean flag) {
      return Boolean.TRUE.equals(flag);
    }
  }

  @Schema(name = "FeeEstimate", description = "The fee in pounds and how it was reached")
  record EstimateResult(
      @Schema(description = "Pounds, two decimals; 0.00 when nothing is payable", example = "14.91") String total,
      @Schema(description = "FOI: the cost of compliance exceeds the appropriate limit, so the request is refused"
          + " under FOIA s12 with advice and assistance, and nothing is charged")
          boolean overCostLimit,
      @Schema(description = "FOI appropriate limit in pounds; null where none applies", nullable = true,
          example = "450.00")
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String costLimit,
      @Schema(description = "FOI: estimated hours × £25, compared with the limit; null otherwise", nullable = true,
          example = "312.50")
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String estimatedCost,
      @Schema(description = "Each charge; the amounts add up to the total") List<LineResult> breakdown) {

    static EstimateResult of(FeeEstimate e) {
      return new EstimateResult(
          pounds(e.total()),
          e.overCostLimit(),
          pounds(e.costLimit()),
          pounds(e.estimatedCost()),
          e.breakdown().stream().map(LineResult::of).toList());
    }
  }

  @Schema(name = "FeeLine")
  record LineResult(
      @Schema(example = "Black-and-white copies (sheets)") String item,
      @Schema(example = "120") BigDecimal quantity,
      @Schema(description = "Pounds", example = "0.10") String unitPrice,
      @Schema(description = "Pounds, quantity × unit price rounded to the penny", example = "12.00") String amount,
      @Schema(example = "Seed 003 5.2.4.6: 10p per black-and-white sheet") String basis) {

    static LineResult of(FeeLine l) {
      return new LineResult(l.item(), l.quantity(), pounds(l.unitPrice()), pounds(l.amount()), l.basis());
    }
  }

  private static String pounds(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
