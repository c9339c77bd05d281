package org.rightsdesk.redact.review;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Four eyes on a redaction set: one person prepares it, another approves it or sends it back. */
@Service
public class RedactionReviews {

  public enum Decision { APPROVE, SEND_BACK }

  /** Who prepared and who approved, and why a set was sent back. */
  public record Review(String preparedBy, String approvedBy, String rejectedReason) {}

  private final CaseWorkService work;
  private final JdbcClient jdbc;
  private final Clock clock;

  RedactionReviews(CaseWorkService work, JdbcClient jdbc, Clock clock) {
    this.work = work;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void prepared(String reference, String actor) {
    if (actor == null) {
      throw new InvalidInputException("assignee", "claim the task before completing it, so a second person can approve");
    }
    ensureRow(reference);
    jdbc.sql("UPDATE redaction_review SET prepared_by = ?, prepared_at = ?, approved_by = NULL, approved_at = NULL WHERE case_reference = ?")
        .params(actor, clock.instant().atOffset(ZoneOffset.UTC), reference)
        .update();
    work.note(reference, "REDACTIONS_PREPARED", actor, null);
  }

  /** Returns whether the set was approved. */
  @Transactional
  public boolean decide(String reference, Decision decision, String reason, String actor) {
    if (decision == null) {
      throw new InvalidInputException("redactionDecision", "approve the redactions or send them back");
    }
    Review review = review(reference).orElseThrow(() -> new InvalidInputException("redactionDecision", "the redactions have not been prepared"));
    if (actor == null || actor.equals(review.preparedBy())) {
      throw new InvalidInputException("redactionDecision", "a second person must approve: you prepared these redactions");
    }
    if (decision == Decision.SEND_BACK && (reason == null || reason.length() > 2000)) {
      throw new InvalidInputException("redactionsRejectedReason", "say what needs changing (at most 2000 characters)");
    }
    jdbc.sql("UPDATE redaction_review SET approved_by = ?, approved_at = ?, rejected_reason = ? WHERE case_reference = ?")
        .params(decision == Decision.APPROVE ? actor : null, decision == Decision.APPROVE ? clock.instant().atOffset(ZoneOffset.UTC) : null,
            decision == Decision.SEND_BACK ? reason : null, reference)
        .update();
    work.note(reference, decision == Decision.APPROVE ? "REDACTIONS_APPROVED" : "REDACTIONS_SENT_BACK", actor, null);
    return decision == Decision.APPROVE;
  }

  @Transactional(readOnly = true)
  public Optional<Review> review(String reference) {
    return jdbc.sql("SELECT prepared_by, approved_by, rejected_reason FROM redaction_review WHERE case_reference = ?")
        .param(reference)
        .query((rs, row) -> new Review(rs.getString("prepared_by"), rs.getString("approved_by"), rs.getString("rejected_reason")))
        .optional();
  }

  private void ensureRow(String reference) {
    if (jdbc.sql("SELECT COUNT(*) FROM redaction_review WHERE case_reference = ?").param(reference).query(Long.class).single() == 0) {
      jdbc.sql("INSERT INTO redaction_review (case_reference) VALUES (?)").param(reference).update();
    }
  }
}
