package org.rightsdesk.consult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConsultationRepository {

  private final JdbcClient jdbc;

  ConsultationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long plan(String reference, ConsulteeKind kind, String name, String email, String proposal, int days, String actor,
      Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO consultation (case_reference, consultee_kind, consultee_name, consultee_email, proposal,
                                      reply_working_days, status, planned_by, planned_at)
            VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)
            """)
        .params(reference, kind.name(), name, email, proposal, days, actor, at.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Consultation> find(long id) {
    return jdbc.sql("SELECT * FROM consultation WHERE id = ?").param(id).query(ConsultationRepository::map).optional();
  }

  List<Consultation> forCase(String reference) {
    return jdbc.sql("SELECT * FROM consultation WHERE case_reference = ? ORDER BY id")
        .param(reference)
        .query(ConsultationRepository::map)
        .list();
  }

  List<Long> planned(String reference) {
    return jdbc.sql("SELECT id FROM consultation WHERE case_reference = ? AND status = 'PLANNED' ORDER BY id")
        .param(reference)
        .query(Long.class)
        .list();
  }

  void sent(long id, LocalDate on, LocalDate replyDueOn) {
    jdbc.sql("UPDATE consultation SET status = 'REQUESTED', sent_on = ?, reply_due_on = ? WHERE id = ? AND status = 'PLANNED'")
        .params(on, replyDueOn, id)
        .update();
  }

  void reminded(long id, LocalDate on) {
    jdbc.sql("UPDATE consultation SET reminded_on = ? WHERE id = ?").params(on, id).update();
  }

  /** True if this call recorded the reply: of two replies racing, one wins. */
  boolean answer(long id, ConsultationReply reply, String reasons, LocalDate on, String via, String actor) {
    return jdbc.sql(
                """
                UPDATE consultation SET status = 'ANSWERED', reply = ?, reply_comments = ?, replied_on = ?,
                                        replied_via = ?, recorded_by = ?
                WHERE id = ? AND status = 'REQUESTED'
                """)
            .params(reply.name(), reasons, on, via, actor, id)
            .update()
        == 1;
  }

  void timeOut(long id) {
    jdbc.sql("UPDATE consultation SET status = 'TIMED_OUT' WHERE id = ? AND status = 'REQUESTED'").param(id).update();
  }

  private static Consultation map(ResultSet rs, int row) throws SQLException {
    String reply = rs.getString("reply");
    return new Consultation(
        rs.getLong("id"),
        rs.getString("case_reference"),
        ConsulteeKind.valueOf(rs.getString("consultee_kind")),
        rs.getString("consultee_name"),
        rs.getString("consultee_email"),
        rs.getString("proposal"),
        rs.getInt("reply_working_days"),
        ConsultationStatus.valueOf(rs.getString("status")),
        rs.getString("planned_by"),
        rs.getObject("planned_at", OffsetDateTime.class).toInstant(),
        rs.getObject("sent_on", LocalDate.class),
        rs.getObject("reply_due_on", LocalDate.class),
        rs.getObject("reminded_on", LocalDate.class),
        reply == null ? null : ConsultationReply.valueOf(reply),
        rs.getString("reply_comments"),
        rs.getObject("replied_on", LocalDate.class),
        rs.getString("replied_via"),
        rs.getString("recorded_by"));
  }
}
