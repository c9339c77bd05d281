package org.rightsdesk.redact.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rightsdesk.collate.CollateService;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.Finding;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure gate before sign-off (issue #10): every document about to be released is inspected as its
 * original and as the copy that would go out. The report is kept with the case; a blocking finding in a copy
 * stops the release until the documents are changed and run again, or a DPO overrides with a recorded reason.
 */
@Service("releaseInspection")
public class ReleaseInspection {

  /** Which file a finding is in. */
  public enum Stage { ORIGINAL, RELEASED }

  /** One stored finding. */
  public record GateFinding(String documentId, Stage stage, String kind, String location, String severity, String detail) {}

  /** A DPO's override, kept for audit. */
  public record Override(String reason, String by, Instant at) {}

  private final CaseRedactions redactions;
  private final CollateService collate;
  private final DisclosureGate gate;
  private final CaseWorkService work;
  private final JdbcClient jdbc;
  private final Clock clock;

  ReleaseInspection(CaseRedactions redactions, CollateService collate, DisclosureGate gate, CaseWorkService work,
      JdbcClient jdbc, Clock clock) {
    this.redactions = redactions;
    this.collate = collate;
    this.gate = gate;
    this.work = work;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Inspects what would be released and keeps the report; true when a released copy has a blocking finding. */
  @Transactional
  public boolean inspect(String reference) {
    jdbc.sql("DELETE FROM gate_finding WHERE case_reference = ?").param(reference).update();
    jdbc.sql("DELETE FROM gate_override WHERE case_reference = ?").param(reference).update();
    boolean blocked = false;
    for (CaseRedactions.Releasable r : redactions.releasable(reference)) {
      String id = r.document().id();
      store(reference, id, Stage.ORIGINAL,
          gate.inspect(r.document().fileName(), collate.content(reference, id).content()).findings());
      byte[] released = redactions.redactedPdf(reference, id)
          .orElseThrow(() -> new RedactionFailedException("A document has not been redacted and verified since its redactions changed"));
      List<Finding> findings = gate.inspect(reference + "-document.pdf", released).findings();
      store(reference, id, Stage.RELEASED, findings);
      blocked |= findings.stream().anyMatch(Finding::isBlocking);
    }
    work.note(reference, "RELEASE_INSPECTED", null, blocked ? "blocking findings" : "nothing blocking");
    return blocked;
  }

  /** The DPO releases despite blocking findings; the reason and who gave it are kept on the case. */
  @Transactional
  public void override(String reference, String reason, String actor) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new InvalidInputException("overrideReason", "give the reason for releasing despite the findings (at most 2000 characters)");
    }
    if (actor == null) {
      throw new InvalidInputException("overrideReason", "claim the task first: an override is recorded against a person");
    }
    jdbc.sql("INSERT INTO gate_override (case_reference, reason, overridden_by, overridden_at) VALUES (?, ?, ?, ?)")
        .params(reference, reason.strip(), actor, clock.instant().atOffset(ZoneOffset.UTC)).update();
    work.note(reference, "GATE_OVERRIDDEN", actor, "blocking findings released on the DPO's authority");
  }

  @Transactional(readOnly = true)
  public List<GateFinding> report(String reference) {
    return jdbc.sql("SELECT * FROM gate_finding WHERE case_reference = ? ORDER BY document_id, stage, id").param(reference)
        .query((rs, row) -> new GateFinding(rs.getString("document_id"), Stage.valueOf(rs.getString("stage")),
            rs.getString("kind"), rs.getString("location"), rs.getString("severity"), rs.getString("detail")))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Override> override(String reference) {
    return jdbc.sql("SELECT * FROM gate_override WHERE case_reference = ?").param(reference)
        .query((rs, row) -> new Override(rs.getString("reason"), rs.getString("overridden_by"),
            rs.getObject("overridden_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  private void store(String reference, String documentId, Stage stage, List<Finding> findings) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    for (Finding f : findings) {
      jdbc.sql(
              """
              INSERT INTO gate_finding (case_reference, document_id, stage, kind, location, severity, detail, inspected_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(reference, documentId, stage.name(), f.kind().name(), truncate(f.location(), 500), f.severity().name(),
              truncate(f.detail(), 1000), now)
          .update();
    }
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
