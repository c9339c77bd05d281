package org.rightsdesk.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept record of how identity was established; the evidence copies are not kept. */
@Repository
class IdentityVerifications {

  private final JdbcClient jdbc;

  IdentityVerifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String reference, String outcome, String method, String note, String actor, Instant at, IdentityCheckForm form) {
    jdbc.sql("DELETE FROM identity_verification WHERE case_reference = ?").param(reference).update();
    jdbc.sql(
            """
            INSERT INTO identity_verification (case_reference, outcome, method, note, decided_by, decided_at,
              child_age, child_competent, child_consent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            reference,
            outcome,
            method,
            note,
            actor,
            at.atOffset(ZoneOffset.UTC),
            form.childAge(),
            form.childCompetent(),
            form.childView() == null ? null : form.childView().name())
        .update();
  }

  void conclude(String reference, String outcome, String note, String actor, Instant at) {
    jdbc.sql(
            "UPDATE identity_verification SET outcome = ?, note = COALESCE(?, note), decided_by = ?, decided_at = ?"
                + " WHERE case_reference = ?")
        .params(outcome, note, actor, at.atOffset(ZoneOffset.UTC), reference)
        .update();
  }
}
