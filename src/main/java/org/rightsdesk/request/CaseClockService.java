package org.rightsdesk.request;

import java.time.Clock;
import org.rightsdesk.clock.CalendarNotCoveredException;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the legal facts that move a case's clock (identity requested, fee paid, extended…). The clock
 * checks the log would still make sense, the event is appended, and the case's timers and task due dates
 * follow the new deadline in the same transaction.
 */
@Service
public class CaseClockService {

  private final CaseRepository cases;
  private final CaseDeadlines deadlines;
  private final CaseProcesses processes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseClockService(
      CaseRepository cases,
      CaseDeadlines deadlines,
      CaseProcesses processes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.processes = processes;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ClockResult record(String reference, ClockEvent event, String actor) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    if (deadlines.regimeOf(c).isEmpty()) {
      throw new InvalidInputException("type", "no statutory clock runs for this case yet: triage it first");
    }
    ClockResult result;
    try {
      result = deadlines.withEvent(c, event);
    } catch (IllegalArgumentException | CalendarNotCoveredException e) {
      throw new InvalidInputException("events", e.getMessage());
    }
    cases.appendClockEvent(reference, event, actor, describe(event), clock.instant());
    processes.refreshDeadlines(reference);
    events.publishEvent(new CaseDeadlineChanged(reference));
    return result;
  }

  private static String describe(ClockEvent event) {
    if (event.kind() == null) {
      return null;
    }
    return event.kind().name() + (event.days() == null ? "" : ", " + event.days() + " working days");
  }
}
