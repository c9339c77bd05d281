package org.rightsdesk.release;

import org.rightsdesk.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The requester's download of a released bundle. The link works only for its own case, until it expires
 * or is replaced, and only on the first device that used it; a refusal says why without saying whether a
 * case exists behind a link we never issued.
 */
@Controller
class DownloadController {

  static final String DEVICE_COOKIE = "rd_release_device";

  private final ReleaseLinks links;
  private final ReleaseService releases;

  DownloadController(ReleaseLinks links, ReleaseService releases) {
    this.links = links;
    this.releases = releases;
  }

  @GetMapping("/download/{token}")
  Object download(@PathVariable String token, @CookieValue(name = DEVICE_COOKIE, required = false) String device,
      Model model, HttpServletResponse response) {
    response.setHeader("Referrer-Policy", "no-referrer");
    ReleaseLinks.Attempt attempt = links.attempt(token, device);
    if (attempt.outcome() == ReleaseLinks.Outcome.DOWNLOADED) {
      byte[] bundle = releases.signedBundle(attempt.caseReference()).orElse(null);
      if (bundle != null) {
        var ok = Downloads.attachment(MediaType.APPLICATION_PDF, attempt.caseReference() + "-disclosure-bundle.pdf");
        if (attempt.newDevice() != null) {
          ok.header(HttpHeaders.SET_COOKIE, ResponseCookie.from(DEVICE_COOKIE, attempt.newDevice())
              .httpOnly(true).secure(true).sameSite("Strict").path("/download").maxAge(Duration.ofDays(366)).build().toString());
        }
        return ok.body(bundle);
      }
    }
    return switch (attempt.outcome()) {
      case EXPIRED, REVOKED -> page(model, response, HttpStatus.GONE, "Link expired", "This download link no longer works",
          List.of("Links stop working after a few weeks, and when we send a newer one.",
              "Reply to our last email, quoting your request reference, and we will send you a new link."));
      case OTHER_DEVICE -> page(model, response, HttpStatus.FORBIDDEN, "Link already used", "This link was opened on another device",
          List.of("To keep your information safe, a download link works only on the first device it is used on.",
              "Use that device, or reply to our last email and we will send you a new link."));
      default -> page(model, response, HttpStatus.NOT_FOUND, "Link not recognised", "This download link does not work",
          List.of("Check you copied the whole link from our email.",
              "If it still does not work, reply to our last email, quoting your request reference."));
    };
  }

  private static String page(Model model, HttpServletResponse response, HttpStatus status, String title, String heading,
      List<String> lines) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("heading", heading);
    model.addAttribute("lines", lines);
    return "portal/message";
  }
}
