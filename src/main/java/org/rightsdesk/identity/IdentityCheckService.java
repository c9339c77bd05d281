package org.rightsdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.request.CaseClockService;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.CaseEvent;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.request.Outcome;
import org.rightsdesk.request.RequestType;
import org.rightsdesk.request.RequesterLinks;
import org.rightsdesk.portal.PortalPurpose;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming who is asking (seed 003 4.5.3.1–4.5.3.2): known to us, or evidence asked for, received and
 * checked; a competent child's refusal stops disclosure to the parent. For a SAR the clock waits for the
 * evidence (IDENTITY_REQUESTED) and the month runs from the day it arrived (IDENTITY_VERIFIED).
 */
@Service("identityChecks")
public class IdentityCheckService {

  public static final String MESSAGE = "Msg_IdentityEvidenceReceived";
  static final String EVIDENCE_REQUESTED = "IDENTITY_EVIDENCE_REQUESTED";
  static final String EVIDENCE_RECEIVED = "IDENTITY_EVIDENCE_RECEIVED";

  private final IdentityVerifications verifications;
  private final EvidenceStore evidence;
  private final CaseWorkService work;
  private final CaseClockService caseClock;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;
  private final RuntimeService runtime;
  private final RequesterLinks links;
  private final Clock clock;
  private final List<String> acceptedEvidence;
  private final int childCompetenceAge;
  private final boolean deleteCopiesAfterCheck;
  private final int reminderWorkingDays;

  IdentityCheckService(
      IdentityVerifications verifications,
      EvidenceStore evidence,
      CaseWorkService work,
      CaseClockService caseClock,
      CaseDeadlines deadlines,
      NotificationService notifications,
      RuntimeService runtime,
      RequesterLinks links,
      Clock clock,
      @Value("${rightsdesk.identity.accepted-evidence}") List<String> acceptedEvidence,
      @Value("${rightsdesk.identity.child-competence-age}") int childCompetenceAge,
      @Value("${rightsdesk.identity.delete-evidence-after-check}") boolean deleteCopiesAfterCheck,
      @Value("${rightsdesk.phases.reminder-working-days:10}") int reminderWorkingDays) {
    this.verifications = verifications;
    this.evidence = evidence;
    this.work = work;
    this.caseClock = caseClock;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.runtime = runtime;
    this.links = links;
    this.clock = clock;
    this.acceptedEvidence = List.copyOf(acceptedEvidence);
    this.childCompetenceAge = childCompetenceAge;
    this.deleteCopiesAfterCheck = deleteCopiesAfterCheck;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /** The evidence we accept, from configuration (default: seed 003 4.5.3.1). */
  public List<String> acceptedEvidence() {
    return acceptedEvidence;
  }

  /** Whether the request is about a child whose own view may count: a parent or guardian asking about a pupil. */
  @Transactional(readOnly = true)
  public boolean aboutAChild(String reference) {
    InformationRequestCase c = work.get(reference);
    return c.onBehalfOf() != null
        && c.onBehalfOf().relationship() != null
        && switch (c.onBehalfOf().relationship()) {
          case PARENT, GUARDIAN -> true;
          default -> false;
        };
  }

  /**
   * The caseworker's first decision. Returns what happens next: VERIFIED (known to us), REQUEST_EVIDENCE,
   * or CHILD_REFUSED.
   */
  @Transactional
  public IdentityDecision decide(String reference, IdentityCheckForm form, String actor) {
    if (form.route() == null) {
      throw new InvalidInputException("identityRoute", "choose how identity will be confirmed");
    }
    boolean child = aboutAChild(reference);
    if (child && form.childAge() != null && form.childAge() >= childCompetenceAge) {
      if (form.childCompetent() == null) {
        throw new InvalidInputException("childCompetent", "record whether the child understands the request");
      }
      if (form.childCompetent() && (form.childView() == null || form.childView() == ChildView.NOT_ASKED)) {
        throw new InvalidInputException("childView", "a competent child must be asked for their view");
      }
      if (form.competenceNote() == null) {
        throw new InvalidInputException("competenceNote", "record who assessed the child and why");
      }
    }
    Instant now = clock.instant();
    if (child && Boolean.TRUE.equals(form.childCompetent()) && form.childView() == ChildView.REFUSES) {
      verifications.record(reference, "CHILD_REFUSED", null, form.competenceNote(), actor, now, form);
      work.recordOutcome(reference, Outcome.REFUSED, actor, "a competent child refused disclosure to the parent");
      notifications.compose(reference, MessageTemplate.CHILD_REFUSED, work.get(reference).requester().recipient(), model(reference, null));
      return IdentityDecision.CHILD_REFUSED;
    }
    if (form.route() == IdentityRoute.KNOWN) {
      if (form.knownHow() == null) {
        throw new InvalidInputException("identityKnownHow", "say how we know the requester");
      }
      verifications.record(reference, "VERIFIED", "KNOWN_TO_US", form.knownHow(), actor, now, form);
      work.note(reference, "IDENTITY_CONFIRMED", actor, "known to us");
      return IdentityDecision.VERIFIED;
    }
    verifications.record(reference, "PENDING", "EVIDENCE", null, actor, now, form);
    return IdentityDecision.REQUEST_EVIDENCE;
  }

  /** Asks for evidence: the clock waits (SAR), the email lists what we accept, with the caseworker's note. */
  @Transactional
  public void requestEvidence(String reference, String note, String actor) {
    // asking again leaves the clock where the first request put it: still waiting for identity
    if (startsTheClock(reference) && !identityRequestOpen(reference)) {
      caseClock.record(reference, ClockEvent.of(ClockEventType.IDENTITY_REQUESTED, today()), actor);
    }
    work.note(reference, EVIDENCE_REQUESTED, actor, null);
    Map<String, Object> model = model(reference, note);
    model.put("portalLink", links.issue(reference, PortalPurpose.IDENTITY_EVIDENCE));
    notifications.composeAnother(reference, MessageTemplate.IDENTITY_REQUEST, work.get(reference).requester().recipient(), model);
  }

  /**
   * Evidence arrived (uploaded through the requester's link, or seen or received by staff): noted with its
   * date, and the waiting process moves on to the check. False when no process waits for evidence.
   */
  @Transactional
  public boolean evidenceReceived(String reference, String via, String actor) {
    if (!waitingForEvidence(reference)) {
      return false;
    }
    work.note(reference, EVIDENCE_RECEIVED, actor, "by " + via);
    links.close(reference, PortalPurpose.IDENTITY_EVIDENCE);
    runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(reference).correlate();
    return true;
  }

  @Transactional(readOnly = true)
  public boolean waitingForEvidence(String reference) {
    return runtime.createExecutionQuery()
            .processInstanceBusinessKey(reference)
            .messageEventSubscriptionName(MESSAGE)
            .count()
        > 0;
  }

  /** The caseworker's check of the evidence: ACCEPT, ASK_AGAIN or REJECT (with a note for the requester). */
  @Transactional
  public void check(String reference, EvidenceDecision decision, String note, String actor) {
    if (decision == null) {
      throw new InvalidInputException("evidenceDecision", "choose accept, ask again or reject");
    }
    if (decision != EvidenceDecision.ACCEPT && note == null) {
      throw new InvalidInputException("evidenceNote", "tell the requester what is missing or why");
    }
    Instant now = clock.instant();
    switch (decision) {
      case ACCEPT -> {
        LocalDate arrived = lastEvidenceArrival(reference);
        if (startsTheClock(reference)) {
          caseClock.record(reference, ClockEvent.of(ClockEventType.IDENTITY_VERIFIED, arrived), actor);
        }
        verifications.conclude(reference, "VERIFIED", note, actor, now);
        work.note(reference, "IDENTITY_CONFIRMED", actor, "evidence accepted");
        deleteCopies(reference);
      }
      case REJECT -> {
        verifications.conclude(reference, "NOT_CONFIRMED", note, actor, now);
        work.recordOutcome(reference, Outcome.IDENTITY_NOT_CONFIRMED, actor, "evidence rejected");
        notifications.compose(reference, MessageTemplate.IDENTITY_NOT_CONFIRMED, work.get(reference).requester().recipient(), model(reference, note));
        deleteCopies(reference);
      }
      case ASK_AGAIN -> work.note(reference, "IDENTITY_EVIDENCE_INSUFFICIENT", actor, null);
    }
  }

  /** Reminder timer: some working days after the latest request for evidence. */
  @Transactional(readOnly = true)
  public Date reminderAt(String reference) {
    LocalDate asked =
        work.events(reference).stream()
            .filter(e -> e.type().equals(EVIDENCE_REQUESTED))
            .map(CaseEvent::occurredOn)
            .reduce((first, second) -> second)
            .orElse(today());
    return deadlines.workingDaysAfter(reference, asked, reminderWorkingDays);
  }

  /** Lapse timer: the clock's identity lapse rule. */
  public Date lapseAt(String reference) {
    return deadlines.lapseAt(reference);
  }

  @Transactional
  public void composeReminder(String reference) {
    // no new link: it would close the one the requester already has before this reminder goes out
    notifications.composeAnother(
        reference, MessageTemplate.IDENTITY_REMINDER, work.get(reference).requester().recipient(), model(reference, null));
  }

  @Transactional
  public void lapse(String reference) {
    work.recordOutcome(reference, Outcome.LAPSED, null, "no evidence of identity received");
    links.close(reference, PortalPurpose.IDENTITY_EVIDENCE);
    notifications.composeAnother(reference, MessageTemplate.IDENTITY_LAPSED, work.get(reference).requester().recipient(), model(reference, null));
    deleteCopies(reference);
  }

  /** Only a subject access request's clock waits for identity; FOI and EIR are applicant-blind. */
  private boolean startsTheClock(String reference) {
    return work.get(reference).regime() == RequestType.SAR;
  }

  private boolean identityRequestOpen(String reference) {
    long requested = countEvents(reference, ClockEventType.IDENTITY_REQUESTED.name());
    return requested > countEvents(reference, ClockEventType.IDENTITY_VERIFIED.name());
  }

  private long countEvents(String reference, String type) {
    return work.events(reference).stream().filter(e -> e.type().equals(type)).count();
  }

  private LocalDate lastEvidenceArrival(String reference) {
    return work.events(reference).stream()
        .filter(e -> e.type().equals(EVIDENCE_RECEIVED))
        .map(CaseEvent::occurredOn)
        .reduce((first, second) -> second)
        .orElse(today());
  }

  private void deleteCopies(String reference) {
    if (deleteCopiesAfterCheck) {
      int deleted = evidence.deleteContent(reference);
      if (deleted > 0) {
        work.note(reference, "IDENTITY_EVIDENCE_DELETED", null, deleted + " file(s)");
      }
    }
  }

  private Map<String, Object> model(String reference, String note) {
    InformationRequestCase c = work.get(reference);
    Map<String, Object> model = new HashMap<>();
    model.put("note", note);
    model.put("acceptedEvidence", acceptedEvidence);
    model.put("onBehalfOf", c.onBehalfOf() == null ? null : c.onBehalfOf().name());
    model.put("receivedOn", c.receivedAt().atZone(ClockRequest.UK).toLocalDate());
    model.put("lapsesOn", deadlines.lapsesOn(reference).orElse(null));
    return model;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }
}
