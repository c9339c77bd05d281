package org.rightsdesk.decide;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightsdesk.collate.CaseDocument;
import org.rightsdesk.collate.CollateService;
import org.rightsdesk.collate.OriginalsPolicy;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to each document found: disclosed, withheld or redacted, with the exemptions relied on. The
 * case's decision must agree (nothing withheld means nothing withheld here either) and cites every
 * exemption used on a document.
 */
@Service
public class DocumentDecisions implements OriginalsPolicy {

  /** What happens to one document. */
  public enum Treatment { DISCLOSE, WITHHOLD, REDACT }

  /** A document's decision; null fields until someone decides. */
  public record DocumentDecision(
      CaseDocument document, Treatment treatment, String exemptionCodes, String note, String decidedBy, Instant decidedAt) {}

  record Row(String documentId, Treatment treatment, String exemptionCodes, String note, String decidedBy, Instant decidedAt) {}

  static final int MAX_NOTE = 2000;

  private final CollateService collate;
  private final ExemptionCatalogue catalogue;
  private final CaseWorkService work;
  private final JdbcClient jdbc;
  private final Clock clock;

  DocumentDecisions(CollateService collate, ExemptionCatalogue catalogue, CaseWorkService work, JdbcClient jdbc, Clock clock) {
    this.collate = collate;
    this.catalogue = catalogue;
    this.work = work;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records (or changes) the decision on one of the case's documents. */
  @Transactional
  public DocumentDecision decide(String reference, String documentId, String treatment, String codes, String note, String actor) {
    InformationRequestCase c = work.get(reference);
    CaseDocument document = collate.documents(reference).stream()
        .filter(d -> d.id().equals(documentId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("document " + documentId));
    Treatment chosen = treatment(treatment);
    List<Exemption> cited = catalogue.cited(codes, c.regime());
    if (chosen != Treatment.DISCLOSE && cited.isEmpty()) {
      throw new InvalidInputException("exemptionCodes", "name the exemptions relied on to withhold or redact");
    }
    if (chosen == Treatment.DISCLOSE && !cited.isEmpty()) {
      throw new InvalidInputException("exemptionCodes", "no exemption is relied on for a document disclosed whole");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
    }
    String joined = cited.isEmpty() ? null : cited.stream().map(Exemption::code).collect(Collectors.joining(","));
    Instant now = clock.instant();
    jdbc.sql("DELETE FROM document_decision WHERE case_reference = ? AND document_id = ?").params(reference, documentId).update();
    jdbc.sql(
            """
            INSERT INTO document_decision (case_reference, document_id, decision, exemption_codes, note, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(reference, documentId, chosen.name(), joined, text, actor, now.atOffset(ZoneOffset.UTC))
        .update();
    work.note(reference, "DOCUMENT_DECIDED", actor, chosen.name());
    return new DocumentDecision(document, chosen, joined, text, actor, now);
  }

  /** Every document of the case with its decision, as the documents are listed. */
  @Transactional(readOnly = true)
  public List<DocumentDecision> forCase(String reference) {
    Map<String, Row> rows = rows(reference).stream().collect(Collectors.toMap(Row::documentId, Function.identity()));
    return collate.documents(reference).stream()
        .map(d -> {
          Row r = rows.get(d.id());
          return r == null
              ? new DocumentDecision(d, null, null, null, null, null)
              : new DocumentDecision(d, r.treatment(), r.exemptionCodes(), r.note(), r.decidedBy(), r.decidedAt());
        })
        .toList();
  }

  /** A document with something withheld or redacted keeps its original from most staff. */
  @Override
  @Transactional(readOnly = true)
  public boolean restricted(String caseReference, String documentId) {
    return rows(caseReference).stream()
        .anyMatch(r -> r.documentId().equals(documentId) && r.treatment() != Treatment.DISCLOSE);
  }

  /** How many documents are withheld or redacted. */
  @Transactional(readOnly = true)
  public long withheldOrRedacted(String reference) {
    return rows(reference).stream().filter(r -> r.treatment() != Treatment.DISCLOSE).count();
  }

  /** The exemptions relied on across the documents, first use first. */
  @Transactional(readOnly = true)
  public Set<String> exemptionCodes(String reference) {
    Set<String> codes = new LinkedHashSet<>();
    rows(reference).stream()
        .filter(r -> r.exemptionCodes() != null)
        .forEach(r -> codes.addAll(List.of(r.exemptionCodes().split(","))));
    return codes;
  }

  private List<Row> rows(String reference) {
    return jdbc.sql("SELECT * FROM document_decision WHERE case_reference = ? ORDER BY decided_at, document_id")
        .param(reference)
        .query(DocumentDecisions::map)
        .list();
  }

  private static Row map(ResultSet rs, int row) throws SQLException {
    return new Row(
        rs.getString("document_id"),
        Treatment.valueOf(rs.getString("decision")),
        rs.getString("exemption_codes"),
        rs.getString("note"),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class).toInstant());
  }

  private static Treatment treatment(String value) {
    try {
      return Treatment.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("decision", "must be DISCLOSE, WITHHOLD or REDACT");
    }
  }
}
