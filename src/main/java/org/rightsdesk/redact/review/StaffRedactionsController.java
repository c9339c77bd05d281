package org.rightsdesk.redact.review;

import org.rightsdesk.redact.RedactionResult;
import org.rightsdesk.web.Downloads;
import java.util.stream.Collectors;
import org.rightsdesk.decide.ExemptionCatalogue;
import org.rightsdesk.decide.Regime;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.security.StaffGroups;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page where redactions are chosen, run, previewed and checked, with the redaction log. The
 * removed text is shown only to the DPO, managers and administrators, who may see the originals' content
 * in a review or complaint.
 */
@Controller
class StaffRedactionsController {

  private final CaseRedactions redactions;
  private final RedactionReviews reviews;
  private final DisclosureBundle bundles;
  private final ExemptionCatalogue catalogue;
  private final CaseWorkService work;
  private final ReleaseInspection inspection;

  StaffRedactionsController(CaseRedactions redactions, RedactionReviews reviews, DisclosureBundle bundles,
      ExemptionCatalogue catalogue, CaseWorkService work, ReleaseInspection inspection) {
    this.redactions = redactions;
    this.reviews = reviews;
    this.bundles = bundles;
    this.catalogue = catalogue;
    this.work = work;
    this.inspection = inspection;
  }

  @GetMapping("/staff/cases/{reference}/redactions")
  String page(@PathVariable String reference, Authentication user, Model model) {
    InformationRequestCase c = work.get(reference);
    var releasable = redactions.releasable(reference);
    model.addAttribute("reference", reference);
    model.addAttribute("documents", releasable);
    model.addAttribute("suggestions", releasable.stream().collect(Collectors.toMap(
        r -> r.document().id(), r -> redactions.suggestions(reference, r.document().id()))));
    boolean seesRemovedText = StaffGroups.oversees(user);
    model.addAttribute("seesRemovedText", seesRemovedText);
    model.addAttribute("log", redactions.log(reference, seesRemovedText));
    model.addAttribute("review", reviews.review(reference).orElse(null));
    model.addAttribute("bundleMade", bundles.bundle(reference).isPresent());
    model.addAttribute("codes", catalogue.forRegime(Regime.of(c.regime())));
    model.addAttribute("gateReport", inspection.report(reference));
    model.addAttribute("gateOverride", inspection.override(reference).orElse(null));
    return "redact/redactions";
  }

  @PostMapping("/staff/cases/{reference}/redactions/{documentId}/rules")
  String addRule(@PathVariable String reference, @PathVariable String documentId,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String text,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Float x,
      @RequestParam(required = false) Float y, @RequestParam(required = false) Float width,
      @RequestParam(required = false) Float height, @RequestParam(required = false) String reason,
      Authentication user, RedirectAttributes redirect) {
    try {
      CaseRedactions.RuleKind ruleKind = kind == null ? null : CaseRedactions.RuleKind.valueOf(kind);
      redactions.addRule(reference, documentId, ruleKind, text, page, x, y, width, height, reason, user.getName());
      redirect.addFlashAttribute("done", "Redaction added. Run the document again to preview it.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problems", e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problems", java.util.List.of("kind: must be TERM, PATTERN, AREA or DETECT"));
    }
    return "redirect:/staff/cases/" + reference + "/redactions#document-" + documentId;
  }

  @PostMapping("/staff/cases/{reference}/redactions/rules/{ruleId}/remove")
  String removeRule(@PathVariable String reference, @PathVariable long ruleId, RedirectAttributes redirect) {
    redactions.removeRule(reference, ruleId);
    redirect.addFlashAttribute("done", "Redaction removed.");
    return "redirect:/staff/cases/" + reference + "/redactions";
  }

  @PostMapping("/staff/cases/{reference}/redactions/{documentId}/run")
  String run(@PathVariable String reference, @PathVariable String documentId, Authentication user, RedirectAttributes redirect) {
    try {
      RedactionResult result = redactions.run(reference, documentId, user.getName());
      redirect.addFlashAttribute("done", "Redacted and verified: %d redaction(s) on %d page(s).".formatted(result.log().size(), result.pages()));
    } catch (RedactionFailedException | InvalidInputException e) {
      redirect.addFlashAttribute("problems", java.util.List.of(
          e instanceof InvalidInputException invalid ? invalid.errors().get(0).message() : e.getMessage()));
    }
    return "redirect:/staff/cases/" + reference + "/redactions#document-" + documentId;
  }

  @GetMapping("/staff/cases/{reference}/redactions/{documentId}/preview.pdf")
  ResponseEntity<byte[]> preview(@PathVariable String reference, @PathVariable String documentId) {
    byte[] pdf = redactions.redactedPdf(reference, documentId)
        .orElseThrow(() -> new NotFoundException("Run the redaction first"));
    return Downloads.inline(MediaType.APPLICATION_PDF, reference + "-redacted-preview.pdf").body(pdf);
  }

  @GetMapping("/staff/cases/{reference}/bundle.pdf")
  ResponseEntity<byte[]> bundle(@PathVariable String reference) {
    byte[] pdf = bundles.bundle(reference).orElseThrow(() -> new NotFoundException("No disclosure bundle has been made"));
    return Downloads.attachment(MediaType.APPLICATION_PDF, reference + "-disclosure-bundle.pdf").body(pdf);
  }
}
