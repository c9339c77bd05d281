package org.rightsdesk.release;

import org.rightsdesk.web.Downloads;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.request.CaseDeadlines;
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
 * The staff page of a case's release: how it went, the response date against the deadline, the signed
 * bundle exactly as released, a new download link, and proof of delivery or returned post.
 */
@Controller
class StaffReleaseController {

  private final ReleaseService releases;
  private final ReleaseLinks links;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;

  StaffReleaseController(ReleaseService releases, ReleaseLinks links, CaseDeadlines deadlines, NotificationService notifications) {
    this.releases = releases;
    this.links = links;
    this.deadlines = deadlines;
    this.notifications = notifications;
  }

  @GetMapping("/staff/cases/{reference}/release")
  String page(@PathVariable String reference, Model model) {
    ReleaseService.Release release = releases.release(reference).orElse(null);
    LocalDate due = deadlines.deadline(reference).map(d -> d.dueDate()).orElse(null);
    model.addAttribute("reference", reference);
    model.addAttribute("release", release);
    model.addAttribute("dueDate", due);
    model.addAttribute("late", release != null && release.releasedOn() != null && due != null && release.releasedOn().isAfter(due));
    model.addAttribute("downloads", links.downloads(reference));
    return "release/release";
  }

  @GetMapping("/staff/cases/{reference}/release/signed-bundle.pdf")
  ResponseEntity<byte[]> signedBundle(@PathVariable String reference) {
    byte[] pdf = releases.signedBundle(reference).orElseThrow(() -> new NotFoundException("No signed bundle has been released"));
    return Downloads.attachment(MediaType.APPLICATION_PDF, reference + "-disclosure-bundle-signed.pdf").body(pdf);
  }

  @PostMapping("/staff/cases/{reference}/release/link")
  String reissue(@PathVariable String reference, Authentication user, RedirectAttributes redirect) {
    try {
      String message = releases.reissueLink(reference, user.getName());
      try {
        notifications.dispatchMessage(message);
        redirect.addFlashAttribute("done", "A new link was sent; the old one no longer works.");
      } catch (RuntimeException e) {
        redirect.addFlashAttribute("problems", List.of("The new link is in the outbox but could not be sent yet: " + e.getMessage()));
      }
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problems", List.of(e.errors().get(0).message()));
    }
    return "redirect:/staff/cases/" + reference + "/release";
  }

  @PostMapping("/staff/cases/{reference}/release/proof")
  String proof(@PathVariable String reference, @RequestParam(required = false) String deliveredTo,
      @RequestParam(required = false) String deliveredOn, Authentication user, RedirectAttributes redirect) {
    try {
      releases.recordProofOfDelivery(reference, deliveredTo, date("deliveredOn", deliveredOn), user.getName());
      redirect.addFlashAttribute("done", "Proof of delivery recorded.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problems", e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
    }
    return "redirect:/staff/cases/" + reference + "/release";
  }

  @PostMapping("/staff/cases/{reference}/release/returned")
  String returned(@PathVariable String reference, @RequestParam(required = false) String returnedOn, Authentication user,
      RedirectAttributes redirect) {
    try {
      releases.recordReturned(reference, date("returnedOn", returnedOn), user.getName());
      redirect.addFlashAttribute("done", "Returned post recorded: choose how to deliver it in Tasklist.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problems", e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
    }
    return "redirect:/staff/cases/" + reference + "/release";
  }

  private static LocalDate date(String field, String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date (YYYY-MM-DD)");
    }
  }
}
