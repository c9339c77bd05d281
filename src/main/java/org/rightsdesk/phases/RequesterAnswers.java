package org.rightsdesk.phases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rightsdesk.clarify.ClarificationService;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.clock.ClockStatus;
import org.rightsdesk.fees.FeeEstimate;
import org.rightsdesk.fees.FeeNoticeService;
import org.rightsdesk.identity.EvidenceStore;
import org.rightsdesk.identity.IdentityCheckService;
import org.rightsdesk.portal.AnswerOutcome;
import org.rightsdesk.portal.PortalAnswers;
import org.rightsdesk.portal.PortalCaseView;
import org.rightsdesk.portal.PortalPurpose;
import org.rightsdesk.portal.UploadedFile;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a requester's link leads to: the phase waiting for them (clarification, identity evidence, a fee
 * decision) shown in plain words, and their answer handed to it.
 */
@Service
class RequesterAnswers implements PortalAnswers {

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final CaseWorkService work;
  private final CaseDeadlines deadlines;
  private final ClarificationService clarifications;
  private final IdentityCheckService identity;
  private final EvidenceStore evidence;
  private final FeeNoticeService fees;

  RequesterAnswers(
      CaseWorkService work,
      CaseDeadlines deadlines,
      ClarificationService clarifications,
      IdentityCheckService identity,
      EvidenceStore evidence,
      FeeNoticeService fees) {
    this.work = work;
    this.deadlines = deadlines;
    this.clarifications = clarifications;
    this.identity = identity;
    this.evidence = evidence;
    this.fees = fees;
  }

  @Override
  @Transactional(readOnly = true)
  public PortalCaseView view(String reference, PortalPurpose purpose) {
    InformationRequestCase c = work.get(reference);
    return switch (purpose) {
      case CLARIFICATION ->
          clarifications.openQuestion(reference)
              .map(q -> view(c, "We are waiting for you to tell us more about your request.", q.question(), List.of(), null))
              .orElse(null);
      case IDENTITY_EVIDENCE ->
          identity.waitingForEvidence(reference)
              ? view(c, "We are waiting for proof of your identity.",
                  "Please send one of these documents (a photo or scan is fine).", identity.acceptedEvidence(), null)
              : null;
      case FEE ->
          fees.waitingForPayment(reference)
              ? fees.estimateFor(reference)
                  .map(e -> view(c, "We are waiting to hear whether you will pay the fee.", breakdown(e), List.of(), "£" + e.total()))
                  .orElse(null)
              : null;
      // a consultee's link leads to the consultation, never to the requester's view
      case CONSULTATION -> null;
    };
  }

  @Override
  @Transactional
  public AnswerOutcome answerClarification(String reference, String answer) {
    return switch (clarifications.answer(reference, answer, "PORTAL", null)) {
      case ACCEPTED -> AnswerOutcome.ACCEPTED;
      case ALREADY_ANSWERED -> AnswerOutcome.ALREADY_ANSWERED;
      case NOT_WAITING -> AnswerOutcome.NOT_WAITING;
    };
  }

  @Override
  @Transactional
  public AnswerOutcome submitEvidence(String reference, List<UploadedFile> files) {
    if (!identity.waitingForEvidence(reference)) {
      return evidence.list(reference).isEmpty() ? AnswerOutcome.NOT_WAITING : AnswerOutcome.ALREADY_ANSWERED;
    }
    files.forEach(file -> evidence.store(reference, file));
    identity.evidenceReceived(reference, "PORTAL", null);
    return AnswerOutcome.ACCEPTED;
  }

  @Override
  @Transactional
  public AnswerOutcome respondToFee(String reference, boolean accept) {
    boolean waiting = accept ? fees.accept(reference) : fees.decline(reference);
    return waiting ? AnswerOutcome.ACCEPTED : AnswerOutcome.NOT_WAITING;
  }

  private PortalCaseView view(
      InformationRequestCase c, String status, String request, List<String> evidenceTypes, String feeTotal) {
    return new PortalCaseView(c.reference(), status, dueDateText(c.reference()), request, evidenceTypes, feeTotal);
  }

  private String dueDateText(String reference) {
    return deadlines.deadline(reference)
        .map(
            (ClockResult r) ->
                r.status() == ClockStatus.RUNNING
                    ? LONG_DATE.format(r.dueDate())
                    : r.status() == ClockStatus.PAUSED
                        ? "The time limit is paused until we hear from you; answered today, it would be "
                            + LONG_DATE.format(r.dueDate())
                        : "This request has lapsed")
        .orElse("We will tell you once we have checked your request");
  }

  private static String breakdown(FeeEstimate estimate) {
    return estimate.breakdown().stream()
        .map(l -> l.item() + ": £" + l.amount())
        .collect(Collectors.joining("; "));
  }
}
