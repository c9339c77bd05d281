package org.rightsdesk.redact.review;

import org.rightsdesk.redact.RedactionService;
import org.rightsdesk.redact.PersonalDataDetector;
import org.rightsdesk.redact.RedactionRequest;
import org.rightsdesk.redact.RedactionResult;
import org.rightsdesk.redact.RedactionLogEntry;
import org.rightsdesk.redact.DataKind;
import org.rightsdesk.redact.RedactionException;
import org.rightsdesk.web.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rightsdesk.collate.CaseDocument;
import org.rightsdesk.collate.CollateService;
import org.rightsdesk.collate.DocumentContent;
import org.rightsdesk.consult.ConsultationService;
import org.rightsdesk.consult.ConsulteeKind;
import org.rightsdesk.decide.DocumentDecisions;
import org.rightsdesk.decide.ExemptionCatalogue;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redaction on a case: the caseworker chooses, per document to release, what to remove and why (terms,
 * patterns, areas, or the personal-data detector's suggestions); each run converts the document to PDF,
 * removes the data with {@link RedactionService}, verifies the output and keeps it with its log. The
 * original stays on the case; the removed text is kept apart for the roles that may see originals.
 */
@Service("redactions")
public class CaseRedactions {

  /** How a rule chooses what to remove. */
  public enum RuleKind { TERM, PATTERN, AREA, DETECT }

  /** One chosen redaction. */
  public record Rule(long id, String documentId, RuleKind kind, String text, Integer page, Float x, Float y, Float width,
      Float height, String reason, String chosenBy) {}

  /** A suggestion of the detector: the text found, its kind and how often. */
  public record Suggestion(DataKind kind, String text, int occurrences) {}

  /** A redaction log line as staff see it; the removed text only for those who may see originals. */
  public record LogLine(String documentId, int page, String kind, String reason, String action, String box, String removedText,
      String note, String runBy, Instant runAt) {}

  /** A document to release, with its decision and the state of its redaction. */
  public record Releasable(CaseDocument document, DocumentDecisions.Treatment treatment, List<Rule> rules, Integer pages) {
    /** Run and verified since its rules last changed (the output's page count is known). */
    public boolean redacted() {
      return pages != null;
    }
  }

  private final CollateService collate;
  private final DocumentDecisions decisions;
  private final ExemptionCatalogue catalogue;
  private final ConsultationService consultations;
  private final CaseWorkService work;
  private final RedactionService engine;
  private final PersonalDataDetector detector;
  private final DisclosureGate gate;
  private final JdbcClient jdbc;
  private final Clock clock;

  CaseRedactions(CollateService collate, DocumentDecisions decisions, ExemptionCatalogue catalogue,
      ConsultationService consultations, CaseWorkService work, RedactionService engine, PersonalDataDetector detector,
      DisclosureGate gate, JdbcClient jdbc, Clock clock) {
    this.collate = collate;
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.consultations = consultations;
    this.work = work;
    this.engine = engine;
    this.detector = detector;
    this.gate = gate;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The documents marked disclose or redact, each with its chosen rules. */
  @Transactional(readOnly = true)
  public List<Releasable> releasable(String reference) {
    return decisions.forCase(reference).stream()
        .filter(d -> d.treatment() == DocumentDecisions.Treatment.DISCLOSE || d.treatment() == DocumentDecisions.Treatment.REDACT)
        .map(d -> new Releasable(d.document(), d.treatment(), rules(reference, d.document().id()),
            redactedPages(reference, d.document().id()).orElse(null)))
        .toList();
  }

  /** Whether anything is to be released as documents (so redactions are reviewed and a bundle made). */
  @Transactional(readOnly = true)
  public boolean anyToRelease(String reference) {
    return !releasable(reference).isEmpty();
  }

  @Transactional
  public Rule addRule(String reference, String documentId, RuleKind kind, String text, Integer page, Float x, Float y,
      Float width, Float height, String reason, String actor) {
    InformationRequestCase c = work.get(reference);
    document(reference, documentId);
    if (kind == null) {
      throw new InvalidInputException("kind", "must be TERM, PATTERN, AREA or DETECT");
    }
    if (reason == null || reason.isBlank() || catalogue.cited(reason, c.regime()).size() != 1) {
      throw new InvalidInputException("reason", "name the one exemption code the redaction relies on");
    }
    String value = text == null || text.isBlank() ? null : text.strip();
    switch (kind) {
      case TERM -> {
        if (value == null || value.length() > 1000) {
          throw new InvalidInputException("text", "give the words to remove (at most 1000 characters)");
        }
      }
      case PATTERN -> {
        if (value == null || value.length() > 1000) {
          throw new InvalidInputException("text", "give the pattern (a regular expression)");
        }
        try {
          Pattern.compile(value);
        } catch (PatternSyntaxException e) {
          throw new InvalidInputException("text", "is not a valid regular expression: " + e.getDescription());
        }
      }
      case AREA -> {
        if (page == null || page < 1 || x == null || y == null || width == null || height == null || width <= 0 || height <= 0) {
          throw new InvalidInputException("area", "give the page (from 1) and a rectangle with a positive width and height");
        }
        value = null;
      }
      case DETECT -> value = null;
    }
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO redaction_rule (case_reference, document_id, kind, text, page, x, y, width, height, reason, chosen_by, chosen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(reference, documentId, kind.name(), value, kind == RuleKind.AREA ? page : null,
            kind == RuleKind.AREA ? x : null, kind == RuleKind.AREA ? y : null,
            kind == RuleKind.AREA ? width : null, kind == RuleKind.AREA ? height : null,
            reason.strip(), actor, now.atOffset(ZoneOffset.UTC))
        .update();
    forget(reference, documentId);
    List<Rule> rules = rules(reference, documentId);
    return rules.get(rules.size() - 1);
  }

  @Transactional
  public void removeRule(String reference, long ruleId) {
    Rule rule = jdbc.sql("SELECT * FROM redaction_rule WHERE case_reference = ? AND id = ?")
        .params(reference, ruleId).query(CaseRedactions::rule).optional()
        .orElseThrow(() -> new NotFoundException("redaction " + ruleId));
    jdbc.sql("DELETE FROM redaction_rule WHERE id = ?").param(ruleId).update();
    forget(reference, rule.documentId());
  }

  @Transactional(readOnly = true)
  public List<Rule> rules(String reference, String documentId) {
    return jdbc.sql("SELECT * FROM redaction_rule WHERE case_reference = ? AND document_id = ? ORDER BY id")
        .params(reference, documentId).query(CaseRedactions::rule).list();
  }

  /** The detector's suggestions for a document's text, most frequent first. */
  @Transactional(readOnly = true)
  public List<Suggestion> suggestions(String reference, String documentId) {
    document(reference, documentId);
    String text = collate.text(reference, documentId).orElse("");
    Map<String, Suggestion> found = new LinkedHashMap<>();
    for (PersonalDataDetector.Finding f : detector.find(text)) {
      String value = text.substring(f.start(), f.end());
      found.merge(f.kind() + "\u0000" + value, new Suggestion(f.kind(), value, 1),
          (a, b) -> new Suggestion(a.kind(), a.text(), a.occurrences() + 1));
    }
    for (String name : thirdPartyNames(reference)) {
      int count = text.toLowerCase(Locale.ROOT).split(Pattern.quote(name.toLowerCase(Locale.ROOT)), -1).length - 1;
      if (count > 0) {
        found.put(DataKind.THIRD_PARTY_NAME + "\u0000" + name, new Suggestion(DataKind.THIRD_PARTY_NAME, name, count));
      }
    }
    return found.values().stream().sorted((a, b) -> b.occurrences() - a.occurrences()).toList();
  }

  /**
   * Redacts one document with its rules and keeps the verified output and its log, replacing any earlier
   * run. A verification failure releases nothing and is an error naming the document.
   */
  @Transactional
  public RedactionResult run(String reference, String documentId, String actor) {
    CaseDocument document = document(reference, documentId);
    DocumentContent content = collate.content(reference, documentId);
    byte[] pdf = CaseDocumentPdf.convert(document, content.content(), collate.text(reference, documentId).orElse(null), gate);
    RedactionResult result;
    try {
      result = engine.redact(pdf, document.fileName(), request(reference, documentId));
    } catch (RedactionException e) {
      forget(reference, documentId);
      throw new RedactionFailedException(document.fileName() + ": " + e.getMessage());
    }
    forget(reference, documentId);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO redacted_document (case_reference, document_id, pdf, sha256, pages, stripped, run_by, run_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(reference, documentId, result.pdf(), Sha256.hex(result.pdf()), result.pages(),
            truncate(String.join("; ", result.stripped()), 4000), actor, now)
        .update();
    for (RedactionLogEntry entry : result.log()) {
      jdbc.sql(
              """
              INSERT INTO redaction_log (case_reference, document_id, page, kind, reason, action, box, removed_text_sha256, note, run_by, run_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(reference, documentId, entry.page(), entry.kind().name(), entry.reason(), entry.action().name(),
              entry.box() == null ? null : "%.0f,%.0f %.0fx%.0f".formatted(entry.box().x(), entry.box().y(), entry.box().width(), entry.box().height()),
              entry.removedTextSha256(), truncate(entry.note(), 500), actor, now)
          .update();
    }
    result.removedText().forEach((hash, text) -> {
      if (jdbc.sql("SELECT COUNT(*) FROM redacted_text WHERE case_reference = ? AND sha256 = ?").params(reference, hash)
          .query(Long.class).single() == 0) {
        jdbc.sql("INSERT INTO redacted_text (case_reference, sha256, text) VALUES (?, ?, ?)")
            .params(reference, hash, truncate(text, 4000)).update();
      }
    });
    work.note(reference, "DOCUMENT_REDACTED", actor, result.log().size() + " redactions, verified");
    return result;
  }

  /** Runs every document to release; the first failure stops the run. */
  @Transactional
  public void runAll(String reference, String actor) {
    for (Releasable r : releasable(reference)) {
      run(reference, r.document().id(), actor);
    }
  }

  /** The redacted PDF of the last run, if the rules have not changed since. */
  @Transactional(readOnly = true)
  public Optional<byte[]> redactedPdf(String reference, String documentId) {
    return jdbc.sql("SELECT pdf FROM redacted_document WHERE case_reference = ? AND document_id = ?")
        .params(reference, documentId).query((rs, row) -> rs.getBytes("pdf")).optional();
  }

  /** The log; the removed text is filled in only when {@code withRemovedText}. */
  @Transactional(readOnly = true)
  public List<LogLine> log(String reference, boolean withRemovedText) {
    return jdbc.sql(
            """
            SELECT l.*, t.text AS removed_text FROM redaction_log l
            LEFT JOIN redacted_text t ON t.case_reference = l.case_reference AND t.sha256 = l.removed_text_sha256
            WHERE l.case_reference = ? ORDER BY l.document_id, l.page, l.id
            """)
        .param(reference)
        .query((rs, row) -> new LogLine(rs.getString("document_id"), rs.getInt("page"), rs.getString("kind"),
            rs.getString("reason"), rs.getString("action"), rs.getString("box"),
            withRemovedText ? rs.getString("removed_text") : null, rs.getString("note"), rs.getString("run_by"),
            rs.getObject("run_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private RedactionRequest request(String reference, String documentId) {
    List<RedactionRequest.Term> terms = new ArrayList<>();
    List<RedactionRequest.PatternRule> patterns = new ArrayList<>();
    List<RedactionRequest.Area> areas = new ArrayList<>();
    RedactionRequest.Detection detection = null;
    for (Rule r : rules(reference, documentId)) {
      switch (r.kind()) {
        case TERM -> terms.add(new RedactionRequest.Term(r.text(), DataKind.TERM, r.reason()));
        case PATTERN -> patterns.add(new RedactionRequest.PatternRule(r.text(), r.reason()));
        case AREA -> areas.add(new RedactionRequest.Area(r.page(), r.x(), r.y(), r.width(), r.height(), r.reason()));
        case DETECT -> detection = new RedactionRequest.Detection(r.reason(), thirdPartyNames(reference));
      }
    }
    return new RedactionRequest(terms, patterns, areas, detection);
  }

  /** Every text removed from the case's documents, for checks that none of it is published. */
  @Transactional(readOnly = true)
  public List<String> removedTexts(String reference) {
    return jdbc.sql("SELECT text FROM redacted_text WHERE case_reference = ?").param(reference).query(String.class).list();
  }

  /** Names of people consulted because the information is about them. */
  @Transactional(readOnly = true)
  public List<String> thirdPartyNames(String reference) {
    return consultations.forCase(reference).stream()
        .filter(c -> c.kind() == ConsulteeKind.NAMED_PERSON)
        .map(c -> c.consulteeName())
        .toList();
  }

  private Optional<Integer> redactedPages(String reference, String documentId) {
    return jdbc.sql("SELECT pages FROM redacted_document WHERE case_reference = ? AND document_id = ?")
        .params(reference, documentId).query(Integer.class).optional();
  }

  /** A changed rule set makes the last run's output stale: it must be run and checked again. */
  private void forget(String reference, String documentId) {
    jdbc.sql("DELETE FROM redacted_document WHERE case_reference = ? AND document_id = ?").params(reference, documentId).update();
    jdbc.sql("DELETE FROM redaction_log WHERE case_reference = ? AND document_id = ?").params(reference, documentId).update();
  }

  private CaseDocument document(String reference, String documentId) {
    return collate.documents(reference).stream().filter(d -> d.id().equals(documentId)).findFirst()
        .orElseThrow(() -> new NotFoundException("document " + documentId));
  }

  private static Rule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Rule(rs.getLong("id"), rs.getString("document_id"), RuleKind.valueOf(rs.getString("kind")), rs.getString("text"),
        (Integer) rs.getObject("page"), floatOrNull(rs, "x"), floatOrNull(rs, "y"), floatOrNull(rs, "width"),
        floatOrNull(rs, "height"), rs.getString("reason"), rs.getString("chosen_by"));
  }

  private static Float floatOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    float value = rs.getFloat(column);
    return rs.wasNull() ? null : value;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
