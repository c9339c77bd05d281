package org.rightsdesk.clarify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.request.CaseClockService;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.request.Outcome;
import org.rightsdesk.request.RequesterLinks;
import org.rightsdesk.portal.PortalPurpose;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clarification of a request: the question goes to the requester, the clock follows the regime's rule
 * (FOIA s1(3), EIR reg 9(4): counts again from the answer; SAR: stopped while we wait), the answer comes
 * through the requester's link or is recorded by staff, and a request nobody answers lapses.
 */
@Service("clarifications")
public class ClarificationService {

  public static final String MESSAGE = "Msg_ClarificationReceived";
  static final int MAX_QUESTION = 5000;
  static final int MAX_ANSWER = 10000;

  private final ClarificationRepository clarifications;
  private final CaseWorkService work;
  private final CaseClockService caseClock;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;
  private final RuntimeService runtime;
  private final RequesterLinks links;
  private final Clock clock;
  private final int reminderWorkingDays;

  ClarificationService(
      ClarificationRepository clarifications,
      CaseWorkService work,
      CaseClockService caseClock,
      CaseDeadlines deadlines,
      NotificationService notifications,
      RuntimeService runtime,
      RequesterLinks links,
      Clock clock,
      @Value("${rightsdesk.phases.reminder-working-days:10}") int reminderWorkingDays) {
    this.clarifications = clarifications;
    this.work = work;
    this.caseClock = caseClock;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.runtime = runtime;
    this.links = links;
    this.clock = clock;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /** Puts the question to the requester: recorded, the clock told, the email written. */
  @Transactional
  public void ask(String reference, String question, String actor) {
    if (question == null || question.isBlank()) {
      throw new InvalidInputException("clarificationQuestion", "write the question for the requester");
    }
    if (question.length() > MAX_QUESTION) {
      throw new InvalidInputException("clarificationQuestion", "must be at most 5000 characters");
    }
    LocalDate today = today();
    clarifications.ask(reference, question.trim(), today, actor);
    caseClock.record(reference, ClockEvent.of(ClockEventType.CLARIFICATION_REQUESTED, today), actor);
    notifications.composeAnother(
        reference, MessageTemplate.CLARIFICATION_REQUEST, work.get(reference).requester().recipient(), withLink(reference, model(reference)));
  }

  /** The answer, by link or recorded by staff. A second answer to the same question changes nothing. */
  @Transactional
  public Answered answer(String reference, String answer, String via, String actor) {
    if (answer == null || answer.isBlank()) {
      throw new InvalidInputException("answer", "must not be empty");
    }
    if (answer.length() > MAX_ANSWER) {
      throw new InvalidInputException("answer", "must be at most 10000 characters");
    }
    Optional<Clarification> open = clarifications.open(reference);
    if (open.isEmpty()) {
      return clarifications.all(reference).isEmpty() ? Answered.NOT_WAITING : Answered.ALREADY_ANSWERED;
    }
    if (!waiting(reference)) {
      // the question is still being sent, or the request has lapsed
      return Answered.NOT_WAITING;
    }
    LocalDate today = today();
    clarifications.answer(open.get().id(), answer.trim(), today, via);
    caseClock.record(reference, ClockEvent.of(ClockEventType.CLARIFICATION_RECEIVED, today), actor);
    work.note(reference, "CLARIFICATION_ANSWERED", actor, "answered by " + via);
    links.close(reference, PortalPurpose.CLARIFICATION);
    // the waiting process moves on in this transaction: answer and flow commit together
    runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(reference).correlate();
    return Answered.ACCEPTED;
  }

  private boolean waiting(String reference) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(reference).messageEventSubscriptionName(MESSAGE).count() > 0;
  }

  /** What the portal and staff pages show: the open question, if any. */
  @Transactional(readOnly = true)
  public Optional<Clarification> openQuestion(String reference) {
    return clarifications.open(reference);
  }

  @Transactional(readOnly = true)
  public java.util.List<Clarification> history(String reference) {
    return clarifications.all(reference);
  }

  /** Reminder timer: some working days after the question. */
  @Transactional(readOnly = true)
  public Date reminderAt(String reference) {
    LocalDate askedOn = clarifications.open(reference).map(Clarification::askedOn).orElse(today());
    return deadlines.workingDaysAfter(reference, askedOn, reminderWorkingDays);
  }

  /** Lapse timer: the clock's lapse rule for an unanswered clarification. */
  public Date lapseAt(String reference) {
    return deadlines.lapseAt(reference);
  }

  @Transactional
  public void composeReminder(String reference) {
    // no new link: it would close the one the requester already has before this reminder goes out
    notifications.composeAnother(
        reference, MessageTemplate.CLARIFICATION_REMINDER, work.get(reference).requester().recipient(), model(reference));
  }

  /** No answer in time: the case lapses and the requester is told. */
  @Transactional
  public void lapse(String reference) {
    work.recordOutcome(reference, Outcome.LAPSED, null, "no clarification received");
    clarifications.open(reference).ifPresent(q -> clarifications.lapse(q.id(), today()));
    links.close(reference, PortalPurpose.CLARIFICATION);
    notifications.composeAnother(reference, MessageTemplate.CLARIFICATION_LAPSED, work.get(reference).requester().recipient(), model(reference));
  }

  private Map<String, Object> model(String reference) {
    InformationRequestCase c = work.get(reference);
    Map<String, Object> model = new HashMap<>();
    model.put("question", clarifications.open(reference).map(Clarification::question).orElse(null));
    model.put("receivedOn", c.receivedAt().atZone(ClockRequest.UK).toLocalDate());
    model.put("lapsesOn", deadlines.lapsesOn(reference).orElse(null));
    return model;
  }

  private Map<String, Object> withLink(String reference, Map<String, Object> model) {
    model.put("portalLink", links.issue(reference, PortalPurpose.CLARIFICATION));
    return model;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }

  /** What became of an answer. */
  public enum Answered {
    ACCEPTED,
    ALREADY_ANSWERED,
    NOT_WAITING
  }
}
