package org.rightsdesk.clock.api;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.clock.Division;
import org.rightsdesk.clock.ExtensionKind;
import org.rightsdesk.clock.Regime;
import org.rightsdesk.clock.api.DeadlineApi.CalculateBody;
import org.rightsdesk.clock.api.DeadlineApi.EventBody;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.InvalidInputException.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The deadline calculator for caseworkers: a plain GET form (it changes nothing, and works without
 * JavaScript) over the same calculation as POST /api/deadlines/calculate, showing the full working.
 */
@Controller
class DeadlineCalculatorPage {

  static final int EVENT_ROWS = 4;

  private static final Map<String, String> REGIMES = labels(
      "SAR", "Subject access request (UK GDPR)",
      "SAR_DPA1998", "Subject access request (DPA 1998 policy)",
      "FOI", "Freedom of information",
      "FOI_SCHOOL", "Freedom of information, school or academy",
      "EIR", "Environmental information",
      "FOI_INTERNAL_REVIEW", "FOI internal review",
      "EIR_RECONSIDERATION", "EIR reconsideration");

  private static final Map<String, String> EVENT_TYPES = labels(
      "IDENTITY_REQUESTED", "Identity evidence requested",
      "IDENTITY_VERIFIED", "Identity evidence received",
      "FEE_NOTICE_ISSUED", "Fees notice issued",
      "FEE_PAID", "Fee paid",
      "CLARIFICATION_REQUESTED", "Clarification requested",
      "CLARIFICATION_RECEIVED", "Clarification received",
      "EXTENDED", "Time limit extended");

  private static final Map<String, String> KINDS = labels(
      "COMPLEX", "Complex (or voluminous)",
      "PUBLIC_INTEREST", "Public interest test");

  private static final Map<String, String> LINE_KINDS = labels(
      "START", "Received",
      "COUNTED", "Counted",
      "SKIPPED", "Not counted",
      "PAUSED", "Paused",
      "EVENT", "Event",
      "DUE", "Due",
      "LAPSED", "Lapsed");

  private final DeadlineCalculator calculator;
  private final SchoolCalendars schools;
  private final HolidayDataCoverage coverage;

  DeadlineCalculatorPage(DeadlineCalculator calculator, SchoolCalendars schools, HolidayDataCoverage coverage) {
    this.calculator = calculator;
    this.schools = schools;
    this.coverage = coverage;
  }

  /** Without a regime the empty form; with one, the result or the errors. */
  @GetMapping("/staff/deadlines")
  String calculate(@ModelAttribute("form") CalculatorForm form, Model model, HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.getRegime() != null) {
      List<FieldError> problems = new ArrayList<>();
      CalculateBody body = form.toBody(problems);
      try {
        ClockResult result = calculator.calculate(body);
        if (problems.isEmpty()) {
          model.addAttribute("result", result);
        }
      } catch (InvalidInputException e) {
        problems.addAll(e.errors());
      }
      // a value the form could not read stays the reported problem for its field
      problems.forEach(p -> {
        String id = form.formField(p.field());
        errors.putIfAbsent(id, label(id) + ": " + p.message());
      });
      if (!errors.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("regimes", REGIMES);
    model.addAttribute("divisions", divisions());
    model.addAttribute("schools", schools.schools().stream().filter(schools::hasCalendar).toList());
    model.addAttribute("eventTypes", EVENT_TYPES);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("lineKinds", LINE_KINDS);
    model.addAttribute("holidayDataWarning", coverage.warning().orElse(null));
    return "clock/deadlines";
  }

  /** The API's messages name JSON fields; the page names what the caseworker sees. */
  private static String label(String formField) {
    if (formField.startsWith("events-")) {
      String[] parts = formField.split("-");
      return "Event " + (Integer.parseInt(parts[1]) + 1) + switch (parts[2]) {
        case "type" -> ", what happened";
        case "on" -> ", date";
        case "kind" -> ", reason for extension";
        default -> ", working days added";
      };
    }
    return switch (formField) {
      case "regime" -> "Kind of request";
      case "receivedAt" -> "Date received";
      case "division" -> "Where the body is";
      case "schoolCalendar" -> "School calendar";
      case "today" -> "Calculate as at";
      case "events" -> "Events";
      default -> formField;
    };
  }

  private static Map<String, String> divisions() {
    Map<String, String> divisions = new LinkedHashMap<>();
    for (Division d : Division.values()) {
      divisions.put(d.slug(), d.displayName());
    }
    return divisions;
  }

  private static Map<String, String> labels(String... keysAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return labels;
  }

  /** The form as submitted: strings, so a bad value comes back as an error next to its field, not a 400 page. */
  static class CalculatorForm {
    private String regime;
    private String receivedAt;
    private String division = Division.ENGLAND_AND_WALES.slug();
    private String schoolCalendar;
    private String today;
    private List<EventRow> events = new ArrayList<>(List.of(new EventRow(), new EventRow(), new EventRow(),
        new EventRow()));
    /** API index of each event sent to the calculator -> the form row it came from. */
    private final List<Integer> rowOfEvent = new ArrayList<>();

    /** The body the API would receive; values the form cannot read are left out and reported in problems. */
    CalculateBody toBody(List<FieldError> problems) {
      Regime r = parseEnum(Regime.class, regime, "regime", problems);
      LocalDate on = parseDate(today, "today", problems);
      List<EventBody> bodies = new ArrayList<>();
      rowOfEvent.clear();
      List<EventRow> rows = rows();
      for (int row = 0; row < rows.size(); row++) {
        EventRow e = rows.get(row);
        if (e == null || e.isEmpty()) {
          continue;
        }
        String at = "events[" + bodies.size() + "].";
        ClockEventType type = parseEnum(ClockEventType.class, e.getType(), at + "type", problems);
        LocalDate date = parseDate(e.getOn(), at + "on", problems);
        ExtensionKind kind = parseEnum(ExtensionKind.class, e.getKind(), at + "kind", problems);
        Integer days = null;
        if (!blank(e.getDays())) {
          try {
            days = Integer.valueOf(e.getDays().strip());
          } catch (NumberFormatException ex) {
            problems.add(new FieldError(at + "days", "must be a whole number"));
          }
        }
        bodies.add(new EventBody(type, date, kind, days));
        rowOfEvent.add(row);
      }
      return new CalculateBody(r, blank(receivedAt) ? null : receivedAt.strip(), blank(division) ? null : division,
          blank(schoolCalendar) ? null : schoolCalendar, null, null, on, bodies);
    }

    /** The id of the form element an API field belongs to. */
    String formField(String apiField) {
      if (apiField.startsWith("events[")) {
        int index = Integer.parseInt(apiField.substring(7, apiField.indexOf(']')));
        String part = apiField.substring(apiField.indexOf(']') + 1);
        int row = index < rowOfEvent.size() ? rowOfEvent.get(index) : 0;
        return part.startsWith(".") ? "events-" + row + "-" + part.substring(1) : "events";
      }
      return apiField;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field,
        List<FieldError> problems) {
      if (blank(value)) {
        return null;
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldError(field, "choose one of the options"));
        return null;
      }
    }

    private static LocalDate parseDate(String value, String field, List<FieldError> problems) {
      if (blank(value)) {
        return null;
      }
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldError(field, "must be a real date, for example 2026-03-02"));
        return null;
      }
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }

    public String getRegime() { return regime; }
    public void setRegime(String v) { regime = v; }
    public String getReceivedAt() { return receivedAt; }
    public void setReceivedAt(String v) { receivedAt = v; }
    public String getDivision() { return division; }
    public void setDivision(String v) { division = v; }
    public String getSchoolCalendar() { return schoolCalendar; }
    public void setSchoolCalendar(String v) { schoolCalendar = v; }
    public String getToday() { return today; }
    public void setToday(String v) { today = v; }
    public List<EventRow> getEvents() { return events; }
    /** The rows the page shows and reads; binding may grow the list further, those rows are ignored. */
    public List<EventRow> rows() { return events.subList(0, Math.min(events.size(), EVENT_ROWS)); }
    public void setEvents(List<EventRow> v) { events = v; }
  }

  /** One event row; a row left blank is no event. */
  static class EventRow {
    private String type;
    private String on;
    private String kind;
    private String days;

    boolean isEmpty() {
      return CalculatorForm.blank(type) && CalculatorForm.blank(on) && CalculatorForm.blank(kind)
          && CalculatorForm.blank(days);
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getOn() { return on; }
    public void setOn(String v) { on = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getDays() { return days; }
    public void setDays(String v) { days = v; }
  }
}
