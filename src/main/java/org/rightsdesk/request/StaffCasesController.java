package org.rightsdesk.request;

import org.rightsdesk.web.Downloads;
import org.rightsdesk.notify.NotificationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.rightsdesk.notify.Attachment;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff pages for reading cases; linked from the Tasklist forms. */
@Controller
class StaffCasesController {

  private final CaseWorkService work;
  private final NotificationService notifications;
  private final CaseViews views;

  StaffCasesController(CaseWorkService work, NotificationService notifications, CaseViews views) {
    this.work = work;
    this.notifications = notifications;
    this.views = views;
  }

  @GetMapping("/staff/cases")
  String list(Model model) {
    model.addAttribute("cases", work.newestCases(200));
    return "staff/cases";
  }

  @GetMapping("/staff/cases/{reference}")
  String show(@PathVariable String reference, Model model) {
    if (!reference.matches("IR-\\d{4}-\\d{6}")) {
      throw new CaseNotFoundException("(invalid)");
    }
    InformationRequestCase c = work.get(reference);
    model.addAttribute("c", c);
    model.addAttribute("view", views.toBody(c, work.events(reference)));
    model.addAttribute("events", work.events(reference));
    model.addAttribute("messages", notifications.forCase(reference));
    return "staff/case";
  }

  /** The response letter exactly as it was attached to the response. */
  @GetMapping("/staff/cases/{reference}/response.pdf")
  ResponseEntity<byte[]> responseLetter(@PathVariable String reference) {
    if (!reference.matches("IR-\\d{4}-\\d{6}")) {
      throw new CaseNotFoundException("(invalid)");
    }
    Attachment letter = notifications.forCase(reference).stream()
        .filter(m -> m.template() == MessageTemplate.RESPONSE)
        .flatMap(m -> notifications.attachments(m.id()).stream())
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No response letter has been written for this case"));
    return Downloads.attachment(MediaType.APPLICATION_PDF, letter.fileName()).body(letter.content());
  }
}
