package org.rightsdesk.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsdesk.letters.TextLetter;
import org.rightsdesk.notify.Attachment;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.Recipient;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.notify.OutboxMessage;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What caseworkers decide about a case: triage, split, routing, response and closure. */
@Service
public class CaseWorkService {

  private static final int MAX_NOTE = 2000;
  private static final int MAX_RESPONSE = 60000;

  private final CaseRepository cases;
  private final RequestIntakeService intake;
  private final NotificationService notifications;
  private final CaseProcesses processes;
  private final ApplicationEventPublisher events;
  // looked up when a response is written: the capabilities that add to it depend on this service
  private final ObjectProvider<ResponseAdditions> responseAdditions;
  private final TextLetter letters;
  private final String organisationName;
  private final Clock clock;

  CaseWorkService(
      CaseRepository cases,
      RequestIntakeService intake,
      NotificationService notifications,
      CaseProcesses processes,
      ApplicationEventPublisher events,
      ObjectProvider<ResponseAdditions> responseAdditions,
      TextLetter letters,
      @Value("${rightsdesk.organisation-name}") String organisationName,
      Clock clock) {
    this.cases = cases;
    this.intake = intake;
    this.notifications = notifications;
    this.processes = processes;
    this.events = events;
    this.responseAdditions = responseAdditions;
    this.letters = letters;
    this.organisationName = organisationName;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public InformationRequestCase get(String reference) {
    return cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }

  @Transactional(readOnly = true)
  public List<CaseSummary> newestCases(int limit) {
    return cases.newestFirst(limit);
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> events(String reference) {
    get(reference);
    return cases.events(reference);
  }

  /**
   * Records the triage decision. A request that is not an information request, or is not valid (seed
   * 003 5.2.2: in writing, a name and an address for correspondence, a description of the information),
   * gets a notice saying so, written here in the same transaction.
   */
  @Transactional
  public void recordTriage(String reference, TriageDecision decision, String actor) {
    InformationRequestCase current = get(reference);
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (decision.regime() == null) {
      errors.add(new InvalidInputException.FieldError("regime", "choose what kind of request this is"));
    }
    if (decision.validRequest() == null) {
      errors.add(new InvalidInputException.FieldError("validRequest", "say whether the request is valid"));
    }
    if (Boolean.FALSE.equals(decision.validRequest())
        && decision.regime() != RequestType.BUSINESS_AS_USUAL
        && isBlank(decision.validityNote())) {
      errors.add(
          new InvalidInputException.FieldError(
              "validityNote", "explain to the requester what makes the request invalid"));
    }
    if (decision.validityNote() != null && decision.validityNote().length() > MAX_NOTE) {
      errors.add(new InvalidInputException.FieldError("validityNote", "must be at most 2000 characters"));
    }
    if (decision.needsClarification() && decision.regime() == RequestType.BUSINESS_AS_USUAL) {
      errors.add(
          new InvalidInputException.FieldError(
              "needsClarification", "only an information request is clarified; business as usual is passed on"));
    }
    if (decision.splitInto().contains(decision.regime())) {
      errors.add(
          new InvalidInputException.FieldError(
              "split", "a part split off must be of a different kind than the request itself"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    cases.recordTriage(
        reference,
        decision.regime(),
        decision.validRequest(),
        decision.validityNote(),
        decision.subjectType(),
        decision.school());
    cases.appendEvent(
        reference,
        "TRIAGED",
        today(),
        actor,
        decision.regime().name()
            + (decision.needsClarification() ? ", clarification needed" : decision.validRequest() ? ", valid" : ", not valid"),
        now);
    // the regime decides the clock: the deadline timers set from the provisional date follow it now
    processes.refreshTimers(reference);
    events.publishEvent(new CaseDeadlineChanged(reference));
    if (decision.closesAtTriage()) {
      Outcome outcome =
          decision.regime() == RequestType.BUSINESS_AS_USUAL
              ? Outcome.HANDLED_AS_BUSINESS_AS_USUAL
              : Outcome.NOT_VALID;
      cases.recordOutcome(reference, outcome);
      Map<String, Object> model = new HashMap<>();
      model.put("businessAsUsual", decision.regime() == RequestType.BUSINESS_AS_USUAL);
      model.put("note", decision.validityNote());
      notifications.compose(
          reference,
          MessageTemplate.TRIAGE_NOTICE,
          current.requester().recipient(),
          model);
    }
  }

  /**
   * Splits a mixed request: each part becomes a linked case with its own reference, process and clock,
   * received when the original was (the law counts from the original receipt).
   */
  @Transactional
  public List<String> split(String reference, Set<RequestType> parts, String actor) {
    InformationRequestCase original = get(reference);
    List<String> created = new ArrayList<>();
    for (RequestType part : parts) {
      NewRequest copy =
          new NewRequest(
              original.requester(),
              original.description(),
              original.onBehalfOf(),
              original.subjectType(),
              original.school(),
              original.preferredDelivery(),
              original.channel(),
              original.receivedAt(),
              part,
              reference);
      String partReference = intake.open(copy, actor);
      cases.link(reference, partReference, "SPLIT");
      cases.link(partReference, reference, "SPLIT_FROM");
      cases.appendEvent(reference, "SPLIT", today(), actor, part.name() + " part is " + partReference, clock.instant());
      created.add(partReference);
    }
    return created;
  }

  @Transactional
  public void recordHandlingGroup(String reference, String group) {
    cases.recordHandlingGroup(reference, group);
    events.publishEvent(new CaseDeadlineChanged(reference));
  }

  /** Records the response on the case, in the transaction that completes the task; it goes out once signed off. */
  @Transactional
  public void recordResponse(String reference, Outcome outcome, String responseText, String actor) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (outcome == null
        || outcome == Outcome.HANDLED_AS_BUSINESS_AS_USUAL
        || outcome == Outcome.NOT_VALID) {
      errors.add(new InvalidInputException.FieldError("outcome", "choose the outcome of the request"));
    }
    if (isBlank(responseText)) {
      errors.add(new InvalidInputException.FieldError("responseText", "write the response to the requester"));
    } else if (responseText.length() > MAX_RESPONSE) {
      errors.add(new InvalidInputException.FieldError("responseText", "must be at most 60000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    get(reference);
    cases.recordResponse(reference, outcome, responseText);
    cases.appendEvent(reference, "RESPONSE_PREPARED", today(), actor, outcome.name(), clock.instant());
  }

  /** Who prepared the response last, for the four-eyes check at sign-off. */
  @Transactional(readOnly = true)
  public String responsePreparedBy(String reference) {
    return events(reference).stream()
        .filter(e -> e.type().equals("RESPONSE_PREPARED"))
        .reduce((first, second) -> second)
        .map(CaseEvent::actor)
        .orElse(null);
  }

  /**
   * Writes the signed-off response to the outbox for this recipient (the requester's email, or a letter for
   * post and handover), with the same words as a PDF letter and any files other capabilities add.
   */
  @Transactional
  public OutboxMessage composeResponse(String reference, Recipient recipient, Map<String, Object> releaseDetails) {
    InformationRequestCase current = get(reference);
    Map<String, Object> model = new HashMap<>(releaseDetails);
    model.put("receivedOn", RequestIntakeService.LONG_DATE.format(current.receivedAt().atZone(RequestIntakeService.UK)));
    model.put("outcome", current.outcome().label());
    model.put("responseText", current.responseText());
    responseAdditions.orderedStream().forEach(additions -> model.putAll(additions.forResponse(reference)));
    // a response delivered again another way (returned post, a no-show) is a further message, never the first rewritten
    boolean first = notifications.forCase(reference).stream().noneMatch(m -> m.template() == MessageTemplate.RESPONSE);
    OutboxMessage message = first
        ? notifications.compose(reference, MessageTemplate.RESPONSE, recipient, model)
        : notifications.composeAnother(reference, MessageTemplate.RESPONSE, recipient, model);
    // the same words as a signed-off letter the requester can keep, print or forward (a refusal notice is one)
    notifications.attach(message.id(), new Attachment(reference + "-response.pdf", "application/pdf",
        letters.render(organisationName, reference, today(), message.bodyText())));
    return message;
  }

  /**
   * Seed 003 4.5.3.1: identity (and for someone else's data, the relationship) is established before
   * personal data is disclosed, which is what a subject access request does. FOI and EIR are
   * applicant-blind: another person's data in them is a matter for exemptions, not identity.
   */
  @Transactional(readOnly = true)
  public boolean identityCheckNeeded(String reference) {
    return get(reference).regime() == RequestType.SAR;
  }

  /** Ends a case early with its outcome (lapsed, identity not confirmed…); the process closes it. */
  @Transactional
  public void recordOutcome(String reference, Outcome outcome, String actor, String why) {
    get(reference);
    cases.recordOutcome(reference, outcome);
    cases.appendEvent(reference, outcome.name(), today(), actor, why, clock.instant());
    events.publishEvent(new CaseDeadlineChanged(reference));
  }

  /** Adds an entry to the case's history. */
  @Transactional
  public void note(String reference, String type, String actor, String detail) {
    get(reference);
    cases.appendEvent(reference, type, today(), actor, detail, clock.instant());
  }

  /** A manager's account of why a case went late; kept for complaints and timeliness reports. */
  @Transactional
  public void recordOverdueReview(String reference, String reason, String action, String actor) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (reason == null) {
      errors.add(new InvalidInputException.FieldError("overdueReason", "choose the main reason"));
    }
    if (action == null) {
      errors.add(new InvalidInputException.FieldError("overdueAction", "say what is being done"));
    } else if (action.length() > MAX_NOTE) {
      errors.add(new InvalidInputException.FieldError("overdueAction", "must be at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    get(reference);
    cases.appendEvent(reference, "OVERDUE_REVIEWED", today(), actor, reason + ": " + action, clock.instant());
  }

  /**
   * The statutory date of the response: when it was sent or made available (dispatched by post, handed
   * over, or emailed with its download link), compared with the deadline on closing.
   */
  @Transactional
  public void recordResponseSent(String reference, Instant at, String actor) {
    cases.recordResponseSent(reference, at);
    cases.appendEvent(reference, "RESPONSE_SENT", LocalDate.ofInstant(at, RequestIntakeService.UK), actor, null, clock.instant());
    events.publishEvent(new CaseDeadlineChanged(reference));
  }

  /** Closes the case once its last message has gone; the response date is when the response was sent. */
  @Transactional
  public void close(String reference) {
    Instant now = clock.instant();
    Instant responseSentAt =
        Optional.ofNullable(get(reference).responseSentAt())
            .or(() -> notifications.forCase(reference).stream()
                .filter(m -> m.purpose().equals(MessageTemplate.RESPONSE.name()))
                .map(OutboxMessage::sentAt)
                .filter(java.util.Objects::nonNull)
                .findFirst())
            .orElse(null);
    cases.close(reference, now, responseSentAt);
    cases.appendEvent(reference, "CLOSED", today(), null, get(reference).outcome() + "", now);
    events.publishEvent(new CaseDeadlineChanged(reference));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(RequestIntakeService.UK));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
