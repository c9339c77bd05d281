package org.rightsdesk.publish;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public disclosure log: searchable, each response linkable by its reference. */
@Controller
class DisclosureLogController {

  private final DisclosureLog log;

  DisclosureLogController(DisclosureLog log) {
    this.log = log;
  }

  @GetMapping("/disclosure-log")
  String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
    String query = q == null ? null : q.strip();
    if (query != null && query.length() > 200) {
      query = query.substring(0, 200);
    }
    int current = Math.max(1, page);
    List<DisclosureLog.Entry> found = log.search(query, current);
    model.addAttribute("q", query);
    model.addAttribute("page", current);
    model.addAttribute("entries", found.stream().limit(DisclosureLog.PAGE_SIZE).toList());
    model.addAttribute("more", found.size() > DisclosureLog.PAGE_SIZE);
    return "publish/log";
  }

  @GetMapping("/disclosure-log/{reference}")
  String entry(@PathVariable String reference, Model model, HttpServletResponse response) {
    return log.entry(reference).map(e -> {
      model.addAttribute("entry", e);
      return "publish/entry";
    }).orElseGet(() -> {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("title", "Not in the disclosure log");
      model.addAttribute("heading", "We have not published a response with that reference");
      model.addAttribute("lines", List.of("Search the disclosure log for the information you are looking for."));
      return "portal/message";
    });
  }
}
