package org.rightsdesk.notify;

import org.rightsdesk.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff read what requesters receive. In the embedded default no mail leaves the machine, so this is
 * where a newcomer sees the acknowledgement and response emails.
 */
@Controller
class OutboxPageController {

  private final NotificationService notifications;

  OutboxPageController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/staff/outbox")
  String list(Model model) {
    model.addAttribute("messages", notifications.newestFirst(200));
    return "staff/outbox";
  }

  @GetMapping("/staff/outbox/{id}")
  String show(@PathVariable String id, Model model) {
    model.addAttribute("m", find(id));
    return "staff/outbox-message";
  }

  /** The HTML body as sent, shown in a sandboxed frame: no script runs, nothing loads. */
  @GetMapping("/staff/outbox/{id}/html")
  ResponseEntity<String> html(@PathVariable String id) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
        .body(find(id).bodyHtml());
  }

  private OutboxMessage find(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new NotFoundException("No such message");
    }
    return notifications.find(id).orElseThrow(() -> new NotFoundException("No such message"));
  }
}
