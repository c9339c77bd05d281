package org.rightsdesk.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.request.RequestApi.CaseBody;
import org.rightsdesk.request.RequestApi.ClockBody;
import org.rightsdesk.request.RequestApi.ClockEventBody;
import org.rightsdesk.request.RequestApi.NewRequestBody;
import org.rightsdesk.request.RequestApi.ReceiptBody;
import org.rightsdesk.security.StaffUser;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public request API: anyone may make a request; only staff may read a case. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

  private static final int MAX_IDEMPOTENCY_KEY = 200;

  private final RequestIntakeService intake;
  private final CaseWorkService work;
  private final NewRequestMapper mapper;
  private final CaseViews views;
  private final CaseClockService caseClock;

  RequestController(
      RequestIntakeService intake,
      CaseWorkService work,
      NewRequestMapper mapper,
      CaseViews views,
      CaseClockService caseClock) {
    this.intake = intake;
    this.work = work;
    this.mapper = mapper;
    this.views = views;
    this.caseClock = caseClock;
  }

  @Operation(summary = "Make a request (public). Staff may also set channel and receivedAt.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReceiptBody> create(
      @Valid @RequestBody NewRequestBody body,
      @Parameter(description = "Makes a retried POST return the same case (up to 200 characters)")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey,
      Authentication authentication) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
      throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 characters");
    }
    StaffUser staff = StaffUser.of(authentication);
    NewRequest request = mapper.map(body, staff != null);
    String hash = mapper.fingerprint(body);
    String actor = staff == null ? null : staff.userId();
    Receipt receipt;
    try {
      receipt = intake.receive(request, idempotencyKey, hash, actor);
    } catch (DuplicateKeyException raceWithSameKey) {
      // another call with the same key committed first; answer with its case
      receipt = intake.replay(idempotencyKey, hash).orElseThrow(() -> raceWithSameKey);
    }
    return ResponseEntity.created(URI.create("/api/requests/" + receipt.reference()))
        .header("Idempotent-Replayed", Boolean.toString(receipt.replayed()))
        .body(new ReceiptBody(receipt.reference(), receipt.status(), receipt.receivedAt()));
  }

  @Operation(summary = "Read a case (staff)")
  @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseBody get(@PathVariable String reference) {
    requireReference(reference);
    return views.toBody(work.get(reference), work.events(reference));
  }

  @Operation(
      summary = "Extend a case's time limit (staff)",
      description = "Records an EXTENDED clock event (COMPLEX or PUBLIC_INTEREST, with days where the law lets the body"
          + " choose). Answers the case's clock after it; the case's timers and task due dates follow. Identity,"
          + " clarification and fee events are recorded by their phases.")
  @PostMapping(
      path = "/{reference}/clock-events",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ClockBody recordClockEvent(
      @PathVariable String reference, @Valid @RequestBody ClockEventBody body, Authentication authentication) {
    requireReference(reference);
    // the other events belong to the phases that wait for them (clarification, identity, fees): recorded
    // here they would leave a waiting process behind
    if (body.type() != org.rightsdesk.clock.ClockEventType.EXTENDED) {
      throw new InvalidInputException(
          "type", "only EXTENDED is recorded here; answers, evidence and payments are recorded through their own steps");
    }
    ClockEvent event;
    try {
      event = new ClockEvent(body.type(), body.on(), body.kind(), body.days());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(body.kind() == null ? "kind" : "days", e.getMessage());
    }
    caseClock.record(reference, event, StaffUser.of(authentication).userId());
    return views.clockOf(work.get(reference));
  }

  private static void requireReference(String reference) {
    if (!reference.matches("IR-\\d{4}-\\d{6}")) {
      throw new CaseNotFoundException("(invalid)");
    }
  }
}
