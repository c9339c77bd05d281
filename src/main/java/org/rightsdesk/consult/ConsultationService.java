package org.rightsdesk.consult;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.notify.Recipient;
import org.rightsdesk.portal.AnswerOutcome;
import org.rightsdesk.portal.ConsultationView;
import org.rightsdesk.portal.ConsulteeAnswers;
import org.rightsdesk.portal.PortalPurpose;
import org.rightsdesk.portal.PortalTokens;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.CaseStatus;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Third-party consultation (seed 003 4.5.3.5): the caseworker plans whom to ask and what to show them;
 * each consultee gets an email with their own link, a reply date counted in working days on the case's
 * calendar, a reminder half-way, and a timeout after which the caseworker decides without them. Replies
 * come through the link or are recorded by staff, and stay on the case.
 */
@Service("consultations")
public class ConsultationService implements ConsulteeAnswers {

  public static final String MESSAGE = "Msg_ConsultationReplied";
  static final String CONSULTATION_ID = "consultationId";
  static final int MAX_PROPOSAL = 4000;
  static final int MAX_REASONS = 10_000;
  static final int MAX_REPLY_DAYS = 40;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ConsultationRepository consultations;
  private final CaseWorkService work;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;
  private final PortalTokens tokens;
  private final RuntimeService runtime;
  private final Clock clock;
  private final int defaultReplyDays;

  ConsultationService(
      ConsultationRepository consultations,
      CaseWorkService work,
      CaseDeadlines deadlines,
      NotificationService notifications,
      PortalTokens tokens,
      RuntimeService runtime,
      Clock clock,
      @Value("${rightsdesk.consultation.reply-working-days:10}") int defaultReplyDays) {
    this.consultations = consultations;
    this.work = work;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.tokens = tokens;
    this.runtime = runtime;
    this.clock = clock;
    this.defaultReplyDays = defaultReplyDays;
  }

  /** Adds a consultee to the case; the request goes when the caseworker finishes collating or deciding. */
  @Transactional
  public Consultation plan(String reference, NewConsultation planned, String actor) {
    if (work.get(reference).status() == CaseStatus.CLOSED) {
      throw new InvalidInputException("reference", "the case is closed");
    }
    ConsulteeKind kind = kind(planned.consulteeKind());
    String name = required("consulteeName", planned.consulteeName(), 200);
    String email = email(planned.consulteeEmail());
    String proposal = required("proposal", planned.proposal(), MAX_PROPOSAL);
    int days = planned.replyWorkingDays() == null ? defaultReplyDays : planned.replyWorkingDays();
    if (days < 1 || days > MAX_REPLY_DAYS) {
      throw new InvalidInputException("replyWorkingDays", "must be between 1 and " + MAX_REPLY_DAYS + " working days");
    }
    long id = consultations.plan(reference, kind, name, email, proposal, days, actor, clock.instant());
    work.note(reference, "CONSULTATION_PLANNED", actor, kind.name());
    return consultations.find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Consultation> forCase(String reference) {
    work.get(reference);
    return consultations.forCase(reference);
  }

  /** The planned consultations not yet sent: one consultation sub-process each. */
  @Transactional(readOnly = true)
  public List<Long> toSend(String reference) {
    return consultations.planned(reference);
  }

  @Transactional(readOnly = true)
  public boolean anyToSend(String reference) {
    return !consultations.planned(reference).isEmpty();
  }

  /**
   * Sends the request: the reply date from the case's calendar, a link for this consultee alone (open
   * until the timeout), and the email in the outbox. Returns the outbox message to deliver.
   */
  @Transactional
  public String request(long id) {
    Consultation c = get(id);
    LocalDate today = today();
    LocalDate due = deadlines.addWorkingDays(c.caseReference(), today, c.replyWorkingDays());
    consultations.sent(id, today, due);
    Map<String, Object> model = model(get(id));
    model.put("portalLink",
        tokens.issue(c.caseReference(), PortalPurpose.CONSULTATION, subject(id), timeoutAt(id).toInstant()));
    return notifications
        .composeFor(c.caseReference(), MessageTemplate.CONSULTATION_REQUEST, subject(id), recipient(c), model)
        .id();
  }

  /** Reminder timer: the morning half-way through the time to reply (rounded up, at least one working day). */
  @Transactional(readOnly = true)
  public Date reminderAt(long id) {
    Consultation c = get(id);
    return deadlines.workingDaysAfter(c.caseReference(), c.sentOn(), (c.replyWorkingDays() + 1) / 2);
  }

  /** Timeout timer: the morning of the working day after the reply date, so the consultee has all of it. */
  @Transactional(readOnly = true)
  public Date timeoutAt(long id) {
    Consultation c = get(id);
    return deadlines.workingDaysAfter(c.caseReference(), c.replyDueOn(), 1);
  }

  /** The reminder email; it points to the link already sent rather than replacing it. */
  @Transactional
  public String remind(long id) {
    Consultation c = get(id);
    consultations.reminded(id, today());
    return notifications
        .composeFor(c.caseReference(), MessageTemplate.CONSULTATION_REMINDER, subject(id), recipient(c), model(c))
        .id();
  }

  /** No reply in time: the link closes and the caseworker decides without the reply. */
  @Transactional
  public void timeOut(long id) {
    Consultation c = get(id);
    consultations.timeOut(id);
    tokens.revoke(c.caseReference(), PortalPurpose.CONSULTATION, subject(id));
    work.note(c.caseReference(), "CONSULTATION_TIMED_OUT", null, c.kind().name());
  }

  /** A reply staff record from a call, a letter or an email. */
  @Transactional
  public AnswerOutcome record(String reference, long id, ConsulteeResponse response, String actor) {
    Consultation c = get(id);
    if (!c.caseReference().equals(reference)) {
      throw new NotFoundException("consultation " + id);
    }
    String via = response.via() == null || response.via().isBlank() ? "STAFF" : response.via().trim().toUpperCase(Locale.ROOT);
    if (!List.of("EMAIL", "PHONE", "POST", "STAFF").contains(via)) {
      throw new InvalidInputException("via", "must be EMAIL, PHONE or POST");
    }
    return reply(c, response.reply(), response.reasons(), via, actor);
  }

  @Override
  @Transactional(readOnly = true)
  public ConsultationView consultation(String caseReference, String consultationId) {
    return parse(consultationId)
        .flatMap(consultations::find)
        .filter(c -> c.caseReference().equals(caseReference) && c.status() == ConsultationStatus.REQUESTED)
        .map(c -> new ConsultationView(
            caseReference,
            c.consulteeName(),
            c.proposal(),
            LONG_DATE.format(c.replyDueOn()),
            c.kind().replies().stream()
                .map(r -> new ConsultationView.Choice(r.name(), r.label(), r.reasonsRequired()))
                .toList()))
        .orElse(null);
  }

  @Override
  @Transactional
  public AnswerOutcome replyToConsultation(String caseReference, String consultationId, String reply, String reasons) {
    Optional<Consultation> c =
        parse(consultationId).flatMap(consultations::find).filter(found -> found.caseReference().equals(caseReference));
    return c.map(found -> reply(found, reply, reasons, "PORTAL", null)).orElse(AnswerOutcome.NOT_WAITING);
  }

  /**
   * Whether an appropriate health professional advised, on or after the date, that disclosure would be
   * likely to cause serious harm: DPA 2018 Sch 3 para 5 lets a controller who is not a health
   * professional withhold health data on that ground only with such an opinion.
   */
  @Transactional(readOnly = true)
  public boolean seriousHarmAdvisedSince(String reference, LocalDate since) {
    return consultations.forCase(reference).stream()
        .anyMatch(c -> c.kind() == ConsulteeKind.HEALTH_PROFESSIONAL
            && c.reply() == ConsultationReply.SERIOUS_HARM_LIKELY
            && !c.repliedOn().isBefore(since));
  }

  private AnswerOutcome reply(Consultation c, String replyCode, String reasons, String via, String actor) {
    ConsultationReply reply = replyOf(c.kind(), replyCode);
    String text = reasons == null || reasons.isBlank() ? null : reasons.strip();
    if (reply.reasonsRequired() && text == null) {
      throw new InvalidInputException("reasons", "give the consultee's reasons");
    }
    if (text != null && text.length() > MAX_REASONS) {
      throw new InvalidInputException("reasons", "must be at most " + MAX_REASONS + " characters");
    }
    if (c.status() == ConsultationStatus.ANSWERED) {
      return AnswerOutcome.ALREADY_ANSWERED;
    }
    if (!waiting(c) || !consultations.answer(c.id(), reply, text, today(), via, actor)) {
      return AnswerOutcome.NOT_WAITING;
    }
    tokens.revoke(c.caseReference(), PortalPurpose.CONSULTATION, subject(c.id()));
    work.note(c.caseReference(), "CONSULTATION_ANSWERED", actor, c.kind().name() + ": " + reply.name());
    // the consultation's flow ends in this transaction: reply and flow commit together
    runtime.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(c.caseReference())
        .processInstanceVariableEquals(CONSULTATION_ID, c.id())
        .correlate();
    return AnswerOutcome.ACCEPTED;
  }

  /** Its flow waits for the reply (the request was sent and the time has not run out). */
  private boolean waiting(Consultation c) {
    return runtime.createExecutionQuery()
            .processInstanceBusinessKey(c.caseReference())
            .processVariableValueEquals(CONSULTATION_ID, c.id())
            .messageEventSubscriptionName(MESSAGE)
            .count()
        > 0;
  }

  private Map<String, Object> model(Consultation c) {
    Map<String, Object> model = new HashMap<>();
    model.put("proposal", c.proposal());
    model.put("replyBy", c.replyDueOn());
    model.put("healthOpinion", c.kind() == ConsulteeKind.HEALTH_PROFESSIONAL);
    return model;
  }

  private static Recipient recipient(Consultation c) {
    return new Recipient(c.consulteeName(), c.consulteeEmail(), null);
  }

  private Consultation get(long id) {
    return consultations.find(id).orElseThrow(() -> new NotFoundException("consultation " + id));
  }

  private static String subject(long id) {
    return Long.toString(id);
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static ConsulteeKind kind(String value) {
    try {
      return ConsulteeKind.valueOf(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("consulteeKind", "must be one of " + List.of(ConsulteeKind.values()));
    }
  }

  private static ConsultationReply replyOf(ConsulteeKind kind, String value) {
    return kind.replies().stream()
        .filter(r -> r.name().equals(value == null ? null : value.trim()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("reply", "must be one of " + kind.replies()));
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "must not be empty");
    }
    if (value.strip().length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    return value.strip();
  }

  private static String email(String value) {
    String email = required("consulteeEmail", value, 320);
    try {
      new InternetAddress(email, true).validate();
    } catch (AddressException e) {
      throw new InvalidInputException("consulteeEmail", "must be an email address");
    }
    if (!email.contains("@")) {
      throw new InvalidInputException("consulteeEmail", "must be an email address");
    }
    return email;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }
}
