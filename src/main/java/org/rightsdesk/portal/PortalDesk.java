package org.rightsdesk.portal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Between a link and the phase waiting for its holder: a requester's answer or a consultee's reply. */
@Service
class PortalDesk {

  private static final Logger log = LoggerFactory.getLogger(PortalDesk.class);

  private final PortalTokens tokens;
  private final PortalAnswers answers;
  private final ConsulteeAnswers consultees;
  private final TransactionTemplate transaction;

  PortalDesk(PortalTokens tokens, PortalAnswers answers, ConsulteeAnswers consultees, TransactionTemplate transaction) {
    this.tokens = tokens;
    this.answers = answers;
    this.consultees = consultees;
    this.transaction = transaction;
  }

  /** What a link leads to now. Only an open link with a waiting case carries a grant and a view. */
  Visit visit(String token) {
    Optional<PortalTokens.Lookup> found = tokens.lookup(token);
    if (found.isEmpty()) {
      return Visit.of(Visit.State.UNKNOWN);
    }
    switch (found.get().state()) {
      case USED:
        return Visit.of(Visit.State.USED);
      case CLOSED:
        return Visit.of(Visit.State.CLOSED);
      default:
        break;
    }
    PortalGrant grant = found.get().grant();
    if (grant.purpose() == PortalPurpose.CONSULTATION) {
      ConsultationView consultation = consultees.consultation(grant.caseReference(), grant.subject());
      return consultation == null
          ? Visit.of(Visit.State.NOT_WAITING)
          : new Visit(Visit.State.OPEN, grant, null, consultation);
    }
    PortalCaseView view = answers.view(grant.caseReference(), grant.purpose());
    return view == null ? Visit.of(Visit.State.NOT_WAITING) : new Visit(Visit.State.OPEN, grant, view, null);
  }

  /**
   * Marks the link used and hands the answer on in one transaction: if the phase fails, the link stays
   * open and nothing changed; of two submissions racing with one link, only the first reaches the phase.
   * Empty when the link was used or closed in the meantime.
   */
  Optional<AnswerOutcome> answer(String token, PortalGrant grant, Function<PortalAnswers, AnswerOutcome> call) {
    return claimThen(token, grant, () -> call.apply(answers));
  }

  /** A consultee's reply, taken the same way as a requester's answer. */
  Optional<AnswerOutcome> reply(String token, PortalGrant grant, String reply, String reasons) {
    return claimThen(
        token, grant, () -> consultees.replyToConsultation(grant.caseReference(), grant.subject(), reply, reasons));
  }

  private Optional<AnswerOutcome> claimThen(String token, PortalGrant grant, Supplier<AnswerOutcome> call) {
    AnswerOutcome outcome = transaction.execute(status -> tokens.claim(token) ? call.get() : null);
    if (outcome != null) {
      log.info("Portal answer for case {} ({}): {}", grant.caseReference(), grant.purpose(), outcome);
    }
    return Optional.ofNullable(outcome);
  }

  /** An open visit carries the requester's view, or the consultee's for a consultation link. */
  record Visit(State state, PortalGrant grant, PortalCaseView view, ConsultationView consultation) {
    enum State { OPEN, UNKNOWN, USED, CLOSED, NOT_WAITING }

    static Visit of(State state) {
      return new Visit(state, null, null, null);
    }
  }
}
