package org.rightsdesk.clock.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.clock.ClockStatus;
import org.rightsdesk.clock.ExtensionKind;
import org.rightsdesk.clock.Regime;
import org.rightsdesk.clock.WorkingLine;

/** The JSON shapes of POST /api/deadlines/calculate (issue #3); names are a contract. */
final class DeadlineApi {

  private DeadlineApi() {}

  @Schema(name = "DeadlineCalculation", description = "A case's regime, date of receipt, calendars and clock events")
  record CalculateBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "FOI") Regime regime,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "A date, or an ISO 8601 date-time which counts on its Europe/London date",
              example = "2025-12-19")
          String receivedAt,
      @Schema(
              description = "Bank-holiday division of the body",
              allowableValues = {"england-and-wales", "scotland", "northern-ireland"},
              defaultValue = "england-and-wales")
          String division,
      @Schema(description = "Code of a school whose saved terms and non-session days count (FOI_SCHOOL)",
              example = "city-academy")
          String schoolCalendar,
      @Schema(description = "Terms to use instead of a saved school calendar") List<TermBody> schoolTerms,
      @Schema(description = "Weekdays inside a term without a session (INSET days, closures)")
          List<LocalDate> nonSessionDays,
      @Schema(description = "The date to calculate for; defaults to today in Europe/London") LocalDate today,
      @Schema(description = "The case's clock events, oldest first") List<EventBody> events) {}

  @Schema(name = "SchoolTerm", description = "A school term, first and last day inclusive")
  record TermBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate start,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate end) {}

  @Schema(name = "ClockEvent")
  record EventBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClockEventType type,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The UK date it happened") LocalDate on,
      @Schema(description = "EXTENDED only: why") ExtensionKind kind,
      @Schema(description = "EXTENDED only: further working days, where the body chooses the length") Integer days) {}

  @Schema(name = "DeadlineResult")
  record ResultBody(
      @Schema(description = "Last day for the response; null when LAPSED", nullable = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          LocalDate dueDate,
      ClockStatus status,
      @Schema(description = "Every day from receipt to the due date, counted or skipped, and each event's effect")
          List<LineBody> working,
      List<String> warnings) {

    static ResultBody of(ClockResult result) {
      return new ResultBody(
          result.dueDate(),
          result.status(),
          result.working().stream().map(LineBody::of).toList(),
          result.warnings());
    }
  }

  @Schema(name = "WorkingLine")
  record LineBody(
      LocalDate date,
      @Schema(allowableValues = {"START", "COUNTED", "SKIPPED", "PAUSED", "EVENT", "DUE", "LAPSED"}) String kind,
      @Schema(description = "The day's number in the count, where it has one", nullable = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          Integer dayNumber,
      String explanation) {

    static LineBody of(WorkingLine line) {
      return new LineBody(line.date(), line.kind(), line.dayNumber(), line.explanation());
    }
  }
}
