package org.rightsdesk.clock.api;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep each school's term dates and non-session days here; FOI requests to that school then count
 * school days from them. Changes redirect back to the list, so a refresh does not repeat them.
 */
@Controller
@RequestMapping("/staff/school-calendars")
class SchoolCalendarsPage {

  private static final String PAGE = "/staff/school-calendars";

  /** One school's calendar as the page lists it. */
  record SchoolView(String school, List<SchoolCalendars.StoredTerm> terms,
      List<SchoolCalendars.StoredNonSessionDay> nonSessionDays) {}

  private final SchoolCalendars calendars;

  SchoolCalendarsPage(SchoolCalendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping
  String list(Model model) {
    return show(model, Map.of(), Map.of(), Map.of());
  }

  @PostMapping("/terms")
  String addTerm(
      @RequestParam(required = false) String school,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) String end,
      @RequestParam(required = false) String label,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate first = date(start, "term-start", errors);
    LocalDate last = date(end, "term-end", errors);
    try {
      // an unreadable date arrives as null, so the service refuses it and reports the other fields too
      calendars.addTerm(school, first, last, label);
      redirect.addFlashAttribute("done", "Term " + first + " to " + last + " added for " + school + ".");
      return "redirect:" + PAGE;
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> errors.putIfAbsent("term-" + err.field(), message(err.field(), err.message())));
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(model, errors, Map.of("school", nullToEmpty(school), "start", nullToEmpty(start),
        "end", nullToEmpty(end), "label", nullToEmpty(label)), Map.of());
  }

  @PostMapping("/terms/{id}/remove")
  String removeTerm(@PathVariable long id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", calendars.removeTerm(id) ? "Term removed." : "That term had already been removed.");
    return "redirect:" + PAGE;
  }

  @PostMapping("/non-session-days")
  String addNonSessionDay(
      @RequestParam(required = false) String school,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = date(date, "day-date", errors);
    try {
      calendars.addNonSessionDay(school, day, reason);
      redirect.addFlashAttribute("done", "Non-session day " + day + " added for " + school + ".");
      return "redirect:" + PAGE;
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> errors.putIfAbsent("day-" + err.field(), message(err.field(), err.message())));
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(model, errors, Map.of(), Map.of("school", nullToEmpty(school), "date", nullToEmpty(date),
        "reason", nullToEmpty(reason)));
  }

  @PostMapping("/non-session-days/remove")
  String removeNonSessionDay(@RequestParam String school, @RequestParam String date, RedirectAttributes redirect) {
    boolean removed;
    try {
      removed = calendars.removeNonSessionDay(school, LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      removed = false;
    }
    redirect.addFlashAttribute("done", removed ? "Non-session day removed." : "That day had already been removed.");
    return "redirect:" + PAGE;
  }

  private String show(Model model, Map<String, String> errors, Map<String, String> term, Map<String, String> day) {
    model.addAttribute("calendars", calendars.schools().stream()
        .map(s -> new SchoolView(s, calendars.storedTerms(s), calendars.storedNonSessionDays(s)))
        .toList());
    model.addAttribute("errors", errors);
    model.addAttribute("term", term);
    model.addAttribute("day", day);
    return "clock/school-calendars";
  }

  /** The date, or null (blank or unreadable; an unreadable one is reported here). */
  private static LocalDate date(String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, message(field.substring(field.indexOf('-') + 1), "must be a real date, for example 2026-09-03"));
      return null;
    }
  }

  private static String message(String field, String message) {
    String name = switch (field) {
      case "school" -> "School code";
      case "start" -> "Start date";
      case "end" -> "End date";
      case "label" -> "Label";
      case "date" -> "Date";
      case "reason" -> "Reason";
      default -> field;
    };
    return name + ": " + message;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
