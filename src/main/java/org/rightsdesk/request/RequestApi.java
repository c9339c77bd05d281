package org.rightsdesk.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the public request API (see shared/api.md); names are a contract. */
final class RequestApi {

  private RequestApi() {}

  static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
  static final String TEXT = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
  static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  record NewRequestBody(
      @NotNull(message = "must be given") @Valid RequesterBody requester,
      @NotBlank(message = "must not be empty")
          @Size(max = 20000, message = "must be at most 20000 characters")
          @Pattern(regexp = TEXT, message = "must not contain control characters")
          String description,
      @Valid OnBehalfOfBody onBehalfOf,
      SubjectType subjectType,
      @Size(max = 60, message = "must be at most 60 characters")
          @Pattern(regexp = "[a-z0-9-]+", message = "must be a school code of lower-case letters, digits and hyphens")
          String school,
      DeliveryMethod preferredDelivery,
      Channel channel,
      OffsetDateTime receivedAt) {}

  record RequesterBody(
      @NotBlank(message = "must not be empty")
          @Size(max = 200, message = "must be at most 200 characters")
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must be a single line of text")
          String name,
      @Size(max = 320, message = "must be at most 320 characters")
          @Email(regexp = EMAIL, message = "must be a valid email address")
          String email,
      @Size(max = 500, message = "must be at most 500 characters")
          @Pattern(regexp = TEXT, message = "must not contain control characters")
          String postalAddress,
      @Size(max = 50, message = "must be at most 50 characters")
          @Pattern(regexp = "[0-9 +()-]*", message = "must be a telephone number")
          String phone) {}

  record OnBehalfOfBody(
      @NotBlank(message = "must not be empty")
          @Size(max = 200, message = "must be at most 200 characters")
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must be a single line of text")
          String name,
      @NotNull(message = "must be one of PARENT, GUARDIAN, REPRESENTATIVE, OTHER") Relationship relationship) {}

  record ReceiptBody(String reference, CaseStatus status, Instant receivedAt) {}

  record CaseBody(
      String reference,
      CaseStatus status,
      RequestType regime,
      Channel channel,
      Instant receivedAt,
      java.time.LocalDate dueDate,
      boolean dueDateProvisional,
      ClockBody clock,
      RequesterBody requester,
      String description,
      OnBehalfOfBody onBehalfOf,
      SubjectType subjectType,
      String school,
      DeliveryMethod preferredDelivery,
      Boolean validRequest,
      String handlingGroup,
      Outcome outcome,
      Instant responseSentAt,
      Instant closedAt,
      String splitFrom,
      List<String> linkedCases,
      List<EventBody> events) {}

  /** The statutory clock of a case: which regime, whether it runs, and the working behind the date. */
  record ClockBody(
      org.rightsdesk.clock.Regime regime,
      java.time.LocalDate dueDate,
      org.rightsdesk.clock.ClockStatus status,
      List<String> warnings,
      List<org.rightsdesk.clock.WorkingLine> working) {}

  record ClockEventBody(
      @NotNull(message = "must be one of IDENTITY_REQUESTED, IDENTITY_VERIFIED, FEE_NOTICE_ISSUED, FEE_PAID,"
              + " CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED")
          org.rightsdesk.clock.ClockEventType type,
      @NotNull(message = "must be a date such as 2026-03-02") java.time.LocalDate on,
      org.rightsdesk.clock.ExtensionKind kind,
      @jakarta.validation.constraints.Positive(message = "must be a positive number of working days") Integer days) {}

  record EventBody(String type, java.time.LocalDate occurredOn, Instant recordedAt, String actor, String detail) {}
}
