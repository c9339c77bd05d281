package org.rightsdesk.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.collate.CollateService;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.clock.Regime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee phase of a case: price the caseworker's estimate with the fee tables, refuse over the FOI cost
 * limit (s12), or issue a fees notice (clock stops, FOIA s10(2)), take the requester's answer and the
 * payment staff record, and let an unpaid notice lapse (s9(2)). Payment itself happens outside the
 * service (bank transfer, cheque, cash, the finance office's card machine): this is the port a payment
 * provider would plug into, and staff recording the payment is its one real implementation today.
 */
@Service("feeNotices")
public class FeeNoticeService {

  public static final String DECLINED = "Msg_FeeDeclined";

  private final FeeCalculator calculator;
  private final CollateService searches;
  private final FeeNoticeLetter letters;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final CaseWorkService work;
  private final CaseClockService caseClock;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;
  private final RuntimeService runtime;
  private final RequesterLinks links;
  private final Clock clock;
  private final Regime sarRegime;
  private final boolean centralGovernment;
  private final String howToPay;
  private final String organisationName;
  private final int reminderWorkingDays;

  FeeNoticeService(
      FeeCalculator calculator,
      CollateService searches,
      FeeNoticeLetter letters,
      JdbcClient jdbc,
      ObjectMapper json,
      CaseWorkService work,
      CaseClockService caseClock,
      CaseDeadlines deadlines,
      NotificationService notifications,
      RuntimeService runtime,
      RequesterLinks links,
      Clock clock,
      @Value("${rightsdesk.clock.sar-regime:SAR}") Regime sarRegime,
      @Value("${rightsdesk.fees.central-government}") boolean centralGovernment,
      @Value("${rightsdesk.fees.how-to-pay}") String howToPay,
      @Value("${rightsdesk.organisation-name}") String organisationName,
      @Value("${rightsdesk.phases.reminder-working-days:10}") int reminderWorkingDays) {
    this.calculator = calculator;
    this.searches = searches;
    this.letters = letters;
    this.jdbc = jdbc;
    this.json = json;
    this.work = work;
    this.caseClock = caseClock;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.runtime = runtime;
    this.links = links;
    this.clock = clock;
    this.sarRegime = sarRegime;
    this.centralGovernment = centralGovernment;
    this.howToPay = howToPay;
    this.organisationName = organisationName;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /** What the estimate means for the case. */
  public enum FeeDecision { NO_FEE, FEE_PAYABLE, OVER_COST_LIMIT }

  /**
   * Prices the caseworker's estimate and records it; over the FOI limit the refusal is written now. With
   * no hours given, the time logged searching for the information so far is used (SI 2004/3244 reg 4(3)).
   */
  @Transactional
  public FeeDecision estimate(String reference, FeeEstimateInput given, String actor) {
    InformationRequestCase c = work.get(reference);
    FeeRegime regime = regimeOf(c);
    FeeEstimateInput input =
        given.hours() != null
            ? given
            : given.withHours(BigDecimal.valueOf(searches.totalSearchMinutes(reference)).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
    FeeEstimate estimate;
    try {
      estimate =
          calculator.estimate(
              new FeeQuestion(
                  regime,
                  centralGovernment,
                  input.hours(),
                  input.blackAndWhitePages(),
                  input.colourPages(),
                  input.postage(),
                  input.educationalRecordPages(),
                  input.manifestlyUnfoundedOrExcessive(),
                  input.furtherCopies()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("hours", e.getMessage());
    }
    jdbc.sql("DELETE FROM fee_notice WHERE case_reference = ?").param(reference).update();
    jdbc.sql(
            """
            INSERT INTO fee_notice (case_reference, fee_regime, total, over_cost_limit, estimated_cost, cost_limit,
              breakdown, estimated_by, estimated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            reference,
            regime.name(),
            estimate.total(),
            estimate.overCostLimit(),
            estimate.estimatedCost(),
            estimate.costLimit(),
            describe(estimate),
            actor,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    if (estimate.overCostLimit()) {
      work.recordOutcome(reference, Outcome.REFUSED, actor, "over the appropriate limit (FOIA s12)");
      notifications.compose(reference, MessageTemplate.COST_LIMIT_REFUSAL, c.requester().recipient(), model(c, estimate, null));
      return FeeDecision.OVER_COST_LIMIT;
    }
    work.note(reference, "FEE_ESTIMATED", actor, "£" + estimate.total());
    return estimate.total().signum() > 0 ? FeeDecision.FEE_PAYABLE : FeeDecision.NO_FEE;
  }

  /** The fees notice: the clock stops, the letter is kept on the case, the requester is written to. */
  @Transactional
  public void issueNotice(String reference, String actor) {
    InformationRequestCase c = work.get(reference);
    FeeEstimate estimate = storedEstimate(reference);
    LocalDate today = today();
    caseClock.record(reference, ClockEvent.of(ClockEventType.FEE_NOTICE_ISSUED, today), actor);
    LocalDate payBy = deadlines.lapsesOn(reference).map(d -> d.minusDays(1)).orElse(null);
    byte[] letter =
        letters.render(
            new FeeNoticeDetails(
                regimeOf(c),
                organisationName,
                reference,
                c.requester().name(),
                c.requester().postalAddress(),
                today,
                payBy,
                estimate,
                howToPay));
    jdbc.sql("UPDATE fee_notice SET issued_on = ?, pay_by = ?, letter = ? WHERE case_reference = ?")
        .params(today, payBy, letter, reference)
        .update();
    Map<String, Object> model = model(c, estimate, payBy);
    model.put("portalLink", links.issue(reference, PortalPurpose.FEE));
    notifications.composeAnother(reference, MessageTemplate.FEE_NOTICE, c.requester().recipient(), model);
  }

  /** A payment staff received; the clock runs again from the day it arrived. */
  @Transactional
  public void recordPayment(String reference, PaymentRecord payment, String actor) {
    FeeEstimate estimate = storedEstimate(reference);
    if (payment.method() == null) {
      throw new InvalidInputException("paymentMethod", "choose how it was paid");
    }
    if (payment.amount() == null || payment.amount().compareTo(estimate.total()) < 0) {
      throw new InvalidInputException("amountPaid", "must be at least the fee of £" + estimate.total());
    }
    LocalDate issuedOn = jdbc.sql("SELECT issued_on FROM fee_notice WHERE case_reference = ?")
        .param(reference).query(LocalDate.class).single();
    if (payment.paidOn() == null || payment.paidOn().isAfter(today()) || payment.paidOn().isBefore(issuedOn)) {
      throw new InvalidInputException("paidOn", "must be between the notice (" + issuedOn + ") and today");
    }
    caseClock.record(reference, ClockEvent.of(ClockEventType.FEE_PAID, payment.paidOn()), actor);
    jdbc.sql(
            """
            UPDATE fee_notice SET paid_on = ?, amount_paid = ?, payment_method = ?, payment_reference = ?,
              recorded_by = ? WHERE case_reference = ?
            """)
        .params(payment.paidOn(), payment.amount(), payment.method(), payment.reference(), actor, reference)
        .update();
    links.close(reference, PortalPurpose.FEE);
    work.note(reference, "FEE_PAYMENT_RECORDED", actor, "£" + payment.amount() + " by " + payment.method());
  }

  /** The requester will pay: noted; the case goes on when staff record the money. */
  @Transactional
  public boolean accept(String reference) {
    if (!waitingForPayment(reference)) {
      return false;
    }
    work.note(reference, "FEE_ACCEPTED", null, "the requester said they will pay");
    return true;
  }

  /** The requester does not want to go on: the request is withdrawn and they are told. */
  @Transactional
  public boolean decline(String reference) {
    if (!waitingForPayment(reference)) {
      return false;
    }
    InformationRequestCase c = work.get(reference);
    work.recordOutcome(reference, Outcome.WITHDRAWN, null, "the requester declined the fee");
    notifications.compose(reference, MessageTemplate.FEE_DECLINED, c.requester().recipient(), model(c, storedEstimate(reference), null));
    runtime.createMessageCorrelation(DECLINED).processInstanceBusinessKey(reference).correlate();
    return true;
  }

  @Transactional(readOnly = true)
  public boolean waitingForPayment(String reference) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(reference).messageEventSubscriptionName(DECLINED).count() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<FeeEstimate> estimateFor(String reference) {
    return jdbc.sql("SELECT COUNT(*) FROM fee_notice WHERE case_reference = ?").param(reference).query(Long.class).single() == 0
        ? Optional.empty()
        : Optional.of(storedEstimate(reference));
  }

  @Transactional(readOnly = true)
  public Optional<byte[]> letter(String reference) {
    return jdbc.sql("SELECT letter FROM fee_notice WHERE case_reference = ? AND letter IS NOT NULL")
        .param(reference)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /** Reminder timer: some working days after the notice. */
  @Transactional(readOnly = true)
  public Date reminderAt(String reference) {
    LocalDate issued = jdbc.sql("SELECT issued_on FROM fee_notice WHERE case_reference = ?")
        .param(reference).query(LocalDate.class).optional().orElse(today());
    return deadlines.workingDaysAfter(reference, issued, reminderWorkingDays);
  }

  /** Lapse timer: the clock's rule (FOIA s9(2): three months from the notice). */
  public Date lapseAt(String reference) {
    return deadlines.lapseAt(reference);
  }

  @Transactional
  public void composeReminder(String reference) {
    InformationRequestCase c = work.get(reference);
    // no new link: it would close the one the requester already has before this reminder goes out
    notifications.composeAnother(
        reference, MessageTemplate.FEE_REMINDER, c.requester().recipient(), model(c, storedEstimate(reference), payBy(reference)));
  }

  @Transactional
  public void lapse(String reference) {
    InformationRequestCase c = work.get(reference);
    work.recordOutcome(reference, Outcome.LAPSED, null, "fee not paid in time");
    links.close(reference, PortalPurpose.FEE);
    notifications.composeAnother(reference, MessageTemplate.FEE_LAPSED, c.requester().recipient(), model(c, storedEstimate(reference), payBy(reference)));
  }

  private FeeRegime regimeOf(InformationRequestCase c) {
    if (c.regime() == null) {
      throw new IllegalStateException("the case has not been triaged");
    }
    return switch (c.regime()) {
      case FOI -> FeeRegime.FOI;
      case EIR -> FeeRegime.EIR;
      case SAR -> sarRegime == Regime.SAR_DPA1998 ? FeeRegime.SAR_DPA1998 : FeeRegime.SAR;
      case BUSINESS_AS_USUAL -> throw new IllegalStateException("no fee for business as usual");
    };
  }

  private FeeEstimate storedEstimate(String reference) {
    return jdbc.sql(
            "SELECT total, over_cost_limit, cost_limit, estimated_cost, breakdown FROM fee_notice WHERE case_reference = ?")
        .param(reference)
        .query(
            (rs, n) ->
                new FeeEstimate(
                    rs.getBigDecimal(1), rs.getBoolean(2), rs.getBigDecimal(3), rs.getBigDecimal(4), lines(rs.getString(5))))
        .optional()
        .orElseThrow(() -> new InvalidInputException("fee", "no fee has been estimated for this case"));
  }

  private String describe(FeeEstimate estimate) {
    try {
      return json.writeValueAsString(estimate.breakdown());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the fee breakdown could not be stored", e);
    }
  }

  private List<FeeLine> lines(String stored) {
    try {
      return json.readValue(stored, new TypeReference<List<FeeLine>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored fee breakdown could not be read", e);
    }
  }

  private LocalDate payBy(String reference) {
    return jdbc.sql("SELECT pay_by FROM fee_notice WHERE case_reference = ?").param(reference).query(LocalDate.class).optional().orElse(null);
  }

  private Map<String, Object> model(InformationRequestCase c, FeeEstimate estimate, LocalDate payBy) {
    Map<String, Object> model = new HashMap<>();
    model.put("estimate", estimate);
    model.put("payBy", payBy);
    model.put("howToPay", howToPay);
    model.put("receivedOn", c.receivedAt().atZone(ClockRequest.UK).toLocalDate());
    return model;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }

  /** The caseworker's estimate from the form; hours may be left empty to use the search log. */
  public record FeeEstimateInput(
      BigDecimal hours,
      int blackAndWhitePages,
      int colourPages,
      boolean postage,
      int educationalRecordPages,
      boolean manifestlyUnfoundedOrExcessive,
      boolean furtherCopies) {

    FeeEstimateInput withHours(BigDecimal logged) {
      return new FeeEstimateInput(
          logged, blackAndWhitePages, colourPages, postage, educationalRecordPages, manifestlyUnfoundedOrExcessive, furtherCopies);
    }
  }

  /** A payment received by staff. */
  public record PaymentRecord(String method, BigDecimal amount, LocalDate paidOn, String reference) {}

}
