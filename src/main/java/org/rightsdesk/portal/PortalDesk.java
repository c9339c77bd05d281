package org.rightsdesk.portal;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Between a requester's link and the phase waiting for them. */
@Service
class PortalDesk {

  private static final Logger log = LoggerFactory.getLogger(PortalDesk.class);

  private final PortalTokens tokens;
  private final PortalAnswers answers;
  private final TransactionTemplate transaction;

  PortalDesk(PortalTokens tokens, PortalAnswers answers, TransactionTemplate transaction) {
    this.tokens = tokens;
    this.answers = answers;
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
    PortalCaseView view = answers.view(grant.caseReference(), grant.purpose());
    return view == null ? Visit.of(Visit.State.NOT_WAITING) : new Visit(Visit.State.OPEN, grant, view);
  }

  /**
   * Marks the link used and hands the answer on in one transaction: if the phase fails, the link stays
   * open and nothing changed; of two submissions racing with one link, only the first reaches the phase.
   * Empty when the link was used or closed in the meantime.
   */
  Optional<AnswerOutcome> answer(String token, PortalGrant grant, Function<PortalAnswers, AnswerOutcome> call) {
    AnswerOutcome outcome = transaction.execute(status -> tokens.claim(token) ? call.apply(answers) : null);
    if (outcome != null) {
      log.info("Requester answer for case {} ({}): {}", grant.caseReference(), grant.purpose(), outcome);
    }
    return Optional.ofNullable(outcome);
  }

  record Visit(State state, PortalGrant grant, PortalCaseView view) {
    enum State { OPEN, UNKNOWN, USED, CLOSED, NOT_WAITING }

    static Visit of(State state) {
      return new Visit(state, null, null);
    }
  }
}
