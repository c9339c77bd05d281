package org.rightsdesk.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ExtensionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case rows, links, events and idempotency keys. Callers own the transaction. */
@Repository
class CaseRepository {

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Next number in the year's sequence; the row lock serialises concurrent intakes across nodes. */
  long nextReferenceNumber(int year) {
    int updated =
        jdbc.sql("UPDATE reference_counter SET last_value = last_value + 1 WHERE counter_year = ?")
            .param(year)
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO reference_counter (counter_year, last_value) VALUES (?, 1)")
          .param(year)
          .update();
      return 1;
    }
    return jdbc.sql("SELECT last_value FROM reference_counter WHERE counter_year = ?")
        .param(year)
        .query(Long.class)
        .single();
  }

  void insert(String reference, NewRequest request, String division, String createdBy, Instant now) {
    Requester requester = request.requester();
    OnBehalfOf onBehalfOf = request.onBehalfOf();
    jdbc.sql(
            """
            INSERT INTO information_request (reference, status, regime, channel, received_at,
              requester_name, requester_email, requester_postal_address, requester_phone, description,
              on_behalf_of_name, on_behalf_of_relationship, subject_type, school, preferred_delivery,
              division, split_from, created_by, created_at)
            VALUES (:reference, :status, :regime, :channel, :receivedAt, :name, :email, :postalAddress, :phone,
              :description, :onBehalfOfName, :relationship, :subjectType, :school, :preferredDelivery,
              :division, :splitFrom, :createdBy, :createdAt)
            """)
        .param("reference", reference)
        .param("status", CaseStatus.RECEIVED.name())
        .param("regime", nameOf(request.proposedType()))
        .param("channel", request.channel().name())
        .param("receivedAt", utc(request.receivedAt()))
        .param("name", requester.name())
        .param("email", requester.email())
        .param("postalAddress", requester.postalAddress())
        .param("phone", requester.phone())
        .param("description", request.description())
        .param("onBehalfOfName", onBehalfOf == null ? null : onBehalfOf.name())
        .param("relationship", onBehalfOf == null ? null : nameOf(onBehalfOf.relationship()))
        .param("subjectType", nameOf(request.subjectType()))
        .param("school", request.school())
        .param("preferredDelivery", nameOf(request.preferredDelivery()))
        .param("division", division)
        .param("splitFrom", request.splitFrom())
        .param("createdBy", createdBy)
        .param("createdAt", utc(now))
        .update();
  }

  Optional<InformationRequestCase> find(String reference) {
    return jdbc.sql("SELECT * FROM information_request WHERE reference = ?")
        .param(reference)
        .query((rs, n) -> map(rs, linkedCases(reference)))
        .optional();
  }

  List<CaseSummary> newestFirst(int limit) {
    return jdbc.sql(
            "SELECT reference, status, regime, received_at, handling_group, outcome FROM information_request"
                + " ORDER BY received_at DESC, reference DESC FETCH FIRST " + limit + " ROWS ONLY")
        .query(
            (rs, n) ->
                new CaseSummary(
                    rs.getString("reference"),
                    CaseStatus.valueOf(rs.getString("status")),
                    enumOrNull(RequestType.class, rs.getString("regime")),
                    instant(rs, "received_at"),
                    rs.getString("handling_group"),
                    enumOrNull(Outcome.class, rs.getString("outcome"))))
        .list();
  }

  List<String> linkedCases(String reference) {
    return jdbc.sql("SELECT linked_reference FROM case_link WHERE reference = ? ORDER BY linked_reference")
        .param(reference)
        .query(String.class)
        .list();
  }

  void link(String reference, String linkedReference, String kind) {
    jdbc.sql("INSERT INTO case_link (reference, linked_reference, link_kind) VALUES (?, ?, ?)")
        .params(reference, linkedReference, kind)
        .update();
  }

  void recordTriage(
      String reference,
      RequestType regime,
      boolean valid,
      String validityNote,
      SubjectType subjectType,
      String school) {
    jdbc.sql(
            """
            UPDATE information_request SET regime = ?, valid_request = ?, validity_note = ?,
              subject_type = ?, school = ?, status = ? WHERE reference = ?
            """)
        .params(
            regime.name(),
            valid,
            validityNote,
            nameOf(subjectType),
            school,
            CaseStatus.IN_PROGRESS.name(),
            reference)
        .update();
  }

  void recordHandlingGroup(String reference, String group) {
    jdbc.sql("UPDATE information_request SET handling_group = ? WHERE reference = ?")
        .params(group, reference)
        .update();
  }

  void recordResponse(String reference, Outcome outcome, String responseText) {
    jdbc.sql("UPDATE information_request SET outcome = ?, response_text = ? WHERE reference = ?")
        .params(outcome.name(), responseText, reference)
        .update();
  }

  void recordOutcome(String reference, Outcome outcome) {
    jdbc.sql("UPDATE information_request SET outcome = ? WHERE reference = ?")
        .params(outcome.name(), reference)
        .update();
  }

  void close(String reference, Instant closedAt, Instant responseSentAt) {
    jdbc.sql(
            """
            UPDATE information_request SET status = ?, closed_at = ?, response_sent_at = ?
            WHERE reference = ?
            """)
        .params(CaseStatus.CLOSED.name(), utc(closedAt), utc(responseSentAt), reference)
        .update();
  }

  void recordResponseSent(String reference, Instant at) {
    jdbc.sql("UPDATE information_request SET response_sent_at = ? WHERE reference = ?").params(utc(at), reference).update();
  }

  void appendEvent(
      String reference, String type, LocalDate occurredOn, String actor, String detail, Instant now) {
    jdbc.sql(
            """
            INSERT INTO case_event (reference, event_type, occurred_on, recorded_at, actor, detail)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(reference, type, occurredOn, utc(now), actor, detail)
        .update();
  }

  void appendClockEvent(String reference, ClockEvent event, String actor, String detail, Instant now) {
    jdbc.sql(
            """
            INSERT INTO case_event (reference, event_type, occurred_on, recorded_at, actor, detail, clock_kind, clock_days,
              clock_event)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)
            """)
        .params(
            reference,
            event.type().name(),
            event.on(),
            utc(now),
            actor,
            detail,
            event.kind() == null ? null : event.kind().name(),
            event.days())
        .update();
  }

  /** The case's clock events in the order they happened (by date, then as recorded). */
  List<ClockEvent> clockEvents(String reference) {
    return jdbc.sql(
            "SELECT event_type, occurred_on, clock_kind, clock_days FROM case_event WHERE reference = ?"
                + " AND clock_event = TRUE ORDER BY occurred_on, recorded_at, id")
        .param(reference)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4)})
        .list()
        .stream()
        .map(
            row ->
                new ClockEvent(
                    ClockEventType.valueOf((String) row[0]),
                    (LocalDate) row[1],
                    row[2] == null ? null : ExtensionKind.valueOf((String) row[2]),
                    row[3] == null ? null : ((Number) row[3]).intValue()))
        .toList();
  }

  List<CaseEvent> events(String reference) {
    return jdbc.sql(
            "SELECT * FROM case_event WHERE reference = ? ORDER BY recorded_at, id")
        .param(reference)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getString("event_type"),
                    rs.getObject("occurred_on", LocalDate.class),
                    instant(rs, "recorded_at"),
                    rs.getString("actor"),
                    rs.getString("detail")))
        .list();
  }

  Optional<StoredIdempotencyKey> findIdempotencyKey(String key) {
    return jdbc.sql("SELECT request_hash, reference FROM idempotency_key WHERE idempotency_key = ?")
        .param(key)
        .query((rs, n) -> new StoredIdempotencyKey(rs.getString(1), rs.getString(2)))
        .optional();
  }

  void insertIdempotencyKey(String key, String requestHash, String reference, Instant now) {
    jdbc.sql(
            """
            INSERT INTO idempotency_key (idempotency_key, request_hash, reference, created_at)
            VALUES (?, ?, ?, ?)
            """)
        .params(key, requestHash, reference, utc(now))
        .update();
  }

  record StoredIdempotencyKey(String requestHash, String reference) {}

  private static InformationRequestCase map(ResultSet rs, List<String> links) throws SQLException {
    String onBehalfOfName = rs.getString("on_behalf_of_name");
    String relationship = rs.getString("on_behalf_of_relationship");
    return new InformationRequestCase(
        rs.getString("reference"),
        CaseStatus.valueOf(rs.getString("status")),
        enumOrNull(RequestType.class, rs.getString("regime")),
        Channel.valueOf(rs.getString("channel")),
        instant(rs, "received_at"),
        new Requester(
            rs.getString("requester_name"),
            rs.getString("requester_email"),
            rs.getString("requester_postal_address"),
            rs.getString("requester_phone")),
        rs.getString("description"),
        onBehalfOfName == null && relationship == null
            ? null
            : new OnBehalfOf(onBehalfOfName, enumOrNull(Relationship.class, relationship)),
        enumOrNull(SubjectType.class, rs.getString("subject_type")),
        rs.getString("school"),
        enumOrNull(DeliveryMethod.class, rs.getString("preferred_delivery")),
        rs.getString("division"),
        (Boolean) rs.getObject("valid_request"),
        rs.getString("validity_note"),
        rs.getString("handling_group"),
        enumOrNull(Outcome.class, rs.getString("outcome")),
        rs.getString("response_text"),
        instant(rs, "response_sent_at"),
        rs.getString("split_from"),
        instant(rs, "created_at"),
        instant(rs, "closed_at"),
        links);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static String nameOf(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
