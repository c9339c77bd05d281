package org.rightsdesk.clarify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClarificationRepository {

  private final JdbcClient jdbc;

  ClarificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void ask(String caseReference, String question, LocalDate askedOn, String askedBy) {
    jdbc.sql("INSERT INTO clarification (case_reference, question, asked_on, asked_by) VALUES (?, ?, ?, ?)")
        .params(caseReference, question, askedOn, askedBy)
        .update();
  }

  /** The question still waiting for an answer, if any. */
  Optional<Clarification> open(String caseReference) {
    return all(caseReference).stream().filter(c -> c.answeredVia() == null).reduce((first, second) -> second);
  }

  /** No answer came in time: the question is closed without one. */
  void lapse(long id, LocalDate on) {
    jdbc.sql("UPDATE clarification SET answered_on = ?, answered_via = 'LAPSED' WHERE id = ? AND answered_via IS NULL")
        .params(on, id)
        .update();
  }

  List<Clarification> all(String caseReference) {
    return jdbc.sql(
            "SELECT id, question, asked_on, answer, answered_on, answered_via FROM clarification"
                + " WHERE case_reference = ? ORDER BY id")
        .param(caseReference)
        .query(
            (rs, n) ->
                new Clarification(
                    rs.getLong("id"),
                    rs.getString("question"),
                    rs.getObject("asked_on", LocalDate.class),
                    rs.getString("answer"),
                    rs.getObject("answered_on", LocalDate.class),
                    rs.getString("answered_via")))
        .list();
  }

  void answer(long id, String answer, LocalDate answeredOn, String via) {
    jdbc.sql("UPDATE clarification SET answer = ?, answered_on = ?, answered_via = ? WHERE id = ? AND answer IS NULL")
        .params(answer, answeredOn, via, id)
        .update();
  }
}
