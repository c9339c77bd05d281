package org.rightsdesk.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a request: the case row, its first event, the acknowledgement in the outbox and the process
 * instance are written in one transaction, so a request we acknowledged always exists, and no process
 * runs without its case.
 */
@Service
public class RequestIntakeService {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final CaseRepository cases;
  private final CaseProcesses processes;
  private final NotificationService notifications;
  private final CaseDeadlines deadlines;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String division;

  RequestIntakeService(
      CaseRepository cases,
      CaseProcesses processes,
      NotificationService notifications,
      CaseDeadlines deadlines,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${rightsdesk.division:england-and-wales}") String division) {
    this.cases = cases;
    this.processes = processes;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.events = events;
    this.clock = clock;
    this.division = division;
  }

  /**
   * Receives a request once. With an idempotency key, a retry of the same body returns the case the
   * first call made; the same key with another body is refused.
   */
  @Transactional
  public Receipt receive(NewRequest request, String idempotencyKey, String requestHash, String actor) {
    if (idempotencyKey != null) {
      Optional<Receipt> earlier = replay(idempotencyKey, requestHash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    String reference = open(request, actor);
    if (idempotencyKey != null) {
      // a concurrent first call with the same key makes this insert fail and the whole intake roll back
      cases.insertIdempotencyKey(idempotencyKey, requestHash, reference, clock.instant());
    }
    return new Receipt(reference, CaseStatus.RECEIVED, request.receivedAt(), false);
  }

  /** The receipt of an earlier call with this key, if there was one. */
  @Transactional(readOnly = true)
  public Optional<Receipt> replay(String idempotencyKey, String requestHash) {
    return cases
        .findIdempotencyKey(idempotencyKey)
        .map(
            stored -> {
              if (!stored.requestHash().equals(requestHash)) {
                throw new IdempotencyConflictException();
              }
              InformationRequestCase existing = cases.find(stored.reference()).orElseThrow();
              return new Receipt(existing.reference(), existing.status(), existing.receivedAt(), true);
            });
  }

  /** Opens a case with its process; used for new requests and for the parts of a split one. */
  @Transactional
  String open(NewRequest request, String actor) {
    Instant now = clock.instant();
    LocalDate receivedOn = request.receivedAt().atZone(UK).toLocalDate();
    String reference = "IR-%d-%06d".formatted(receivedOn.getYear(), cases.nextReferenceNumber(receivedOn.getYear()));
    cases.insert(reference, request, division, actor, now);
    cases.appendEvent(
        reference,
        "RECEIVED",
        receivedOn,
        actor,
        "Received by " + request.channel().name().toLowerCase(Locale.UK).replace('_', ' '),
        now);
    notifications.compose(
        reference,
        MessageTemplate.ACKNOWLEDGEMENT,
        request.requester().recipient(),
        acknowledgementModel(request, receivedOn, deadlines.acknowledgementDates(reference)));
    processes.startInformationRequest(reference, request);
    events.publishEvent(new CaseDeadlineChanged(reference));
    return reference;
  }

  private Map<String, Object> acknowledgementModel(
      NewRequest request, LocalDate receivedOn, CaseDeadlines.AcknowledgementDates dates) {
    Map<String, Object> model = new HashMap<>();
    model.put("receivedOn", LONG_DATE.format(receivedOn));
    model.put("description", request.description());
    model.put("splitFrom", request.splitFrom());
    model.put("regimeLabel", request.proposedType() == null ? null : request.proposedType().label());
    model.put("dueDate", dates.exact() == null ? null : LONG_DATE.format(dates.exact()));
    model.put("foiDueDate", dates.foiOrEir() == null ? null : LONG_DATE.format(dates.foiOrEir()));
    model.put("sarDueDate", dates.sar() == null ? null : LONG_DATE.format(dates.sar()));
    return model;
  }

}
