package org.rightsdesk.clarify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Stands in for the clarification service in process tests: the dates its timers ask for, and what it
 * was asked to do.
 */
public class FakeClarifications {
  public final List<String> calls = new ArrayList<>();
  public Date reminder = Date.from(Instant.parse("2026-03-16T08:00:00Z"));
  public Date lapse = Date.from(Instant.parse("2026-05-02T08:00:00Z"));

  public Date reminderAt(String reference) {
    return reminder;
  }

  public Date lapseAt(String reference) {
    return lapse;
  }

  public void composeReminder(String reference) {
    calls.add("reminder");
  }

  public void lapse(String reference) {
    calls.add("lapse");
  }
}
