package org.rightsdesk.consult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rightsdesk.portal.AnswerOutcome;
import org.rightsdesk.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Third parties consulted on a case, for staff and their tools (HTTP Basic, staff groups). */
@RestController
@Tag(name = "Consult", description = "Third parties consulted before a decision (staff)")
class ConsultationController {

  /** A consultation as staff see it; the consultee's email and reasons are for staff only. */
  record ConsultationJson(long id, String consulteeKind, String consulteeName, String consulteeEmail, String proposal,
      int replyWorkingDays, String status, String plannedBy, Instant plannedAt, LocalDate sentOn, LocalDate replyDueOn,
      LocalDate remindedOn, String reply, String reasons, LocalDate repliedOn, String repliedVia, String recordedBy) {
    static ConsultationJson of(Consultation c) {
      return new ConsultationJson(c.id(), c.kind().name(), c.consulteeName(), c.consulteeEmail(), c.proposal(),
          c.replyWorkingDays(), c.status().name(), c.plannedBy(), c.plannedAt(), c.sentOn(), c.replyDueOn(),
          c.remindedOn(), c.reply() == null ? null : c.reply().name(), c.replyReasons(), c.repliedOn(), c.repliedVia(),
          c.recordedBy());
    }
  }

  record Recorded(String outcome) {}

  private final ConsultationService consultations;

  ConsultationController(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Operation(summary = "Plan a consultation with a third party (staff)",
      description = "consulteeKind (POLICE, LOCAL_AUTHORITY, HEALTH_PROFESSIONAL, SOCIAL_WORKER, OTHER_SCHOOL,"
          + " NAMED_PERSON, OTHER_BODY), consulteeName, consulteeEmail and proposal (what we propose to disclose, shown"
          + " to the consultee) are required; replyWorkingDays defaults to 10 (1 to 40). The request is sent when the"
          + " caseworker completes the collation step, or the decision step if that is where the case is.")
  @PostMapping(path = "/api/requests/{reference}/consultations", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ConsultationJson> plan(
      @PathVariable String reference, @RequestBody NewConsultation body, Authentication user) {
    Consultation planned = consultations.plan(reference, body, user.getName());
    return ResponseEntity.created(URI.create("/api/requests/" + reference + "/consultations/" + planned.id()))
        .body(ConsultationJson.of(planned));
  }

  @Operation(summary = "List a case's consultations and their replies (staff)")
  @GetMapping(path = "/api/requests/{reference}/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
  List<ConsultationJson> list(@PathVariable String reference) {
    return consultations.forCase(reference).stream().map(ConsultationJson::of).toList();
  }

  @Operation(summary = "Record a reply that came by phone, post or email (staff)",
      description = "reply is one the consultee could choose (NO_OBJECTION or OBJECTS; a health professional:"
          + " SERIOUS_HARM_LIKELY or NO_SERIOUS_HARM); reasons are required for OBJECTS and SERIOUS_HARM_LIKELY; via is"
          + " EMAIL, PHONE or POST. 200 when recorded; 409 problem+json when it already has a reply or is not waiting for one.")
  @PostMapping(path = "/api/requests/{reference}/consultations/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> reply(
      @PathVariable String reference, @PathVariable long id, @RequestBody ConsulteeResponse body, Authentication user) {
    return switch (consultations.record(reference, id, body, user.getName())) {
      case ACCEPTED -> ResponseEntity.ok(new Recorded(AnswerOutcome.ACCEPTED.name()));
      case ALREADY_ANSWERED -> Problems.of(HttpStatus.CONFLICT, "Already answered", "This consultation already has a reply.");
      case NOT_WAITING -> Problems.of(HttpStatus.CONFLICT, "Not waiting for a reply",
          "The request has not been sent yet, or the time to reply has run out.");
    };
  }
}
