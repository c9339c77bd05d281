package org.rightsdesk.decide;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Per-document decisions, for staff and their tools (HTTP Basic, staff groups). */
@RestController
@Tag(name = "Decide", description = "Exemptions and what is disclosed (staff)")
class DocumentDecisionController {

  /** The body of a decision: DISCLOSE, WITHHOLD or REDACT, the exemption codes (comma-separated) and a note. */
  record NewDocumentDecision(String decision, String exemptionCodes, String note) {}

  record DocumentDecisionJson(String documentId, String fileName, String decision, String exemptionCodes, String note,
      String decidedBy, Instant decidedAt) {
    static DocumentDecisionJson of(DocumentDecisions.DocumentDecision d) {
      return new DocumentDecisionJson(d.document().id(), d.document().fileName(),
          d.treatment() == null ? null : d.treatment().name(), d.exemptionCodes(), d.note(), d.decidedBy(), d.decidedAt());
    }
  }

  private final DocumentDecisions decisions;

  DocumentDecisionController(DocumentDecisions decisions) {
    this.decisions = decisions;
  }

  @Operation(summary = "Decide what happens to one document (staff)",
      description = "decision is DISCLOSE, WITHHOLD or REDACT; WITHHOLD and REDACT need exemptionCodes from the catalogue"
          + " that apply to the case's regime. Replaces any earlier decision on the document.")
  @PutMapping(path = "/api/requests/{reference}/documents/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  DocumentDecisionJson decide(
      @PathVariable String reference, @PathVariable String id, @RequestBody NewDocumentDecision body, Authentication user) {
    return DocumentDecisionJson.of(
        decisions.decide(reference, id, body.decision(), body.exemptionCodes(), body.note(), user.getName()));
  }

  @Operation(summary = "Every document of a case with its decision (staff)")
  @GetMapping(path = "/api/requests/{reference}/document-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DocumentDecisionJson> list(@PathVariable String reference) {
    return decisions.forCase(reference).stream().map(DocumentDecisionJson::of).toList();
  }
}
