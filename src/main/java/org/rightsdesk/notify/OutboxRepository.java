package org.rightsdesk.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(OutboxMessage m) {
    jdbc.sql(
            """
            INSERT INTO outbox_message (id, message_id, case_reference, purpose, template, medium, recipient, subject,
              body_text, body_html, status, attempts, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """)
        .params(
            m.id(),
            m.messageId(),
            m.caseReference(),
            m.purpose(),
            m.template().name(),
            m.medium().name(),
            m.recipient(),
            m.subject(),
            m.bodyText(),
            m.bodyHtml(),
            m.status().name(),
            m.createdAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<OutboxMessage> find(String caseReference, String purpose) {
    return jdbc.sql("SELECT * FROM outbox_message WHERE case_reference = ? AND purpose = ?")
        .params(caseReference, purpose)
        .query(OutboxRepository::map)
        .optional();
  }

  /** Messages of this template for the case still waiting to be delivered, oldest first. */
  List<OutboxMessage> pending(String caseReference, MessageTemplate template) {
    return jdbc.sql(
            "SELECT * FROM outbox_message WHERE case_reference = ? AND template = ? AND status = 'PENDING'"
                + " ORDER BY created_at, id")
        .params(caseReference, template.name())
        .query(OutboxRepository::map)
        .list();
  }

  int countFor(String caseReference, MessageTemplate template) {
    return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE case_reference = ? AND template = ?")
        .params(caseReference, template.name())
        .query(Integer.class)
        .single();
  }

  void attach(String messageId, Attachment attachment) {
    jdbc.sql("INSERT INTO outbox_attachment (message_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
        .params(messageId, attachment.fileName(), attachment.contentType(), attachment.content())
        .update();
  }

  List<Attachment> attachments(String messageId) {
    return jdbc.sql("SELECT file_name, content_type, content FROM outbox_attachment WHERE message_id = ? ORDER BY file_name")
        .param(messageId)
        .query((rs, row) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
        .list();
  }

  Optional<OutboxMessage> findById(String id) {
    return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?")
        .param(id)
        .query(OutboxRepository::map)
        .optional();
  }

  List<OutboxMessage> newestFirst(int limit) {
    return jdbc.sql("SELECT * FROM outbox_message ORDER BY created_at DESC, id FETCH FIRST " + limit + " ROWS ONLY")
        .query(OutboxRepository::map)
        .list();
  }

  List<OutboxMessage> forCase(String caseReference) {
    return jdbc.sql("SELECT * FROM outbox_message WHERE case_reference = ? ORDER BY created_at")
        .param(caseReference)
        .query(OutboxRepository::map)
        .list();
  }

  void markDelivered(String id, OutboxStatus status, Instant at) {
    jdbc.sql("UPDATE outbox_message SET status = ?, sent_at = ?, attempts = attempts + 1 WHERE id = ?")
        .params(status.name(), at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  void recordFailedAttempt(String id, String error) {
    jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, last_error = ? WHERE id = ?")
        .params(error, id)
        .update();
  }

  private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
    OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
    return new OutboxMessage(
        rs.getString("id"),
        rs.getString("message_id"),
        rs.getString("case_reference"),
        rs.getString("purpose"),
        MessageTemplate.valueOf(rs.getString("template")),
        Medium.valueOf(rs.getString("medium")),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body_text"),
        rs.getString("body_html"),
        OutboxStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        sentAt == null ? null : sentAt.toInstant());
  }
}
