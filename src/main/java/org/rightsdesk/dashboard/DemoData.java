package org.rightsdesk.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rightsdesk.clock.CalendarNotCoveredException;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.request.CaseDeadlineChanged;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.Channel;
import org.rightsdesk.request.NewRequest;
import org.rightsdesk.request.RequestIntakeService;
import org.rightsdesk.request.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases for the default run only (never with a named profile such as production or test), on an
 * empty database: half a year of closed history and some open work, so the dashboard has something to
 * show. Every case is received through the real intake; open ones are triaged through their process; for
 * history the process is ended and the outcome written straight into our tables. All of it says it is
 * demo data ("Demo requester n", addresses at example.invalid).
 */
@Component
@Profile("default")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final int HISTORY = 36;
  private static final int OPEN = 14;
  private static final String[] TOPICS = {
    "Demo data: minutes of governors' meetings for the last year",
    "Demo data: spending on agency staff since 2024",
    "Demo data: all records you hold about my child",
    "Demo data: air quality readings near the school gates",
    "Demo data: my personnel file and emails that mention me",
    "Demo data: the trust's contract with its catering supplier",
    "Demo data: planning documents for the new sports hall"
  };

  private final RequestIntakeService intake;
  private final CaseDeadlines deadlines;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoData(
      RequestIntakeService intake,
      CaseDeadlines deadlines,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.intake = intake;
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** After the demo users exist; a database that holds any case is never touched. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void seed() {
    if (jdbc.sql("SELECT COUNT(*) FROM information_request").query(Long.class).single() > 0) {
      return;
    }
    // a fixed seed: every demo run shows the same picture
    Random random = new Random(9);
    LocalDate today = LocalDate.now(clock.withZone(UK));
    int added = 0;
    for (int n = 1; n <= HISTORY + OPEN; n++) {
      boolean history = n <= HISTORY;
      LocalDate received = workingDay(today.minusDays(history ? 21 + random.nextInt(160) : random.nextInt(40)));
      // demo data must never stop the service starting; a case the job executor raced is left as it is
      try {
        if (history) {
          closedCase(n, received, random);
        } else {
          openCase(n, received, random);
        }
        added++;
      } catch (RuntimeException e) {
        log.warn("Demo case {} left incomplete: {}", n, e.getClass().getSimpleName());
      }
    }
    log.info("Added {} demo cases", added);
  }

  private void closedCase(int n, LocalDate received, Random random) {
    String regime = regime(random);
    String school = school(regime, random);
    String reference = receive(n, received, random);
    runJobs(reference);
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "demo history", true));
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("UPDATE information_request SET regime = ?, valid_request = TRUE, subject_type = ?, school = ?,"
                  + " handling_group = ? WHERE reference = ?")
              .params(regime, school == null ? "OTHER" : "PUPIL", school, group(school), reference)
              .update();
          event(reference, "TRIAGED", received.plusDays(1), null, null);
          boolean extended = regime.equals("FOI") && random.nextInt(6) == 0;
          if (extended) {
            event(reference, "EXTENDED", received.plusDays(14), "PUBLIC_INTEREST", 20);
          }
          LocalDate due = dueDate(reference, received.plusDays(28));
          // most answers in time, some a few days late: the timeliness panel needs both
          LocalDate sent = random.nextInt(8) == 0 ? due.plusDays(1 + random.nextInt(9)) : due.minusDays(random.nextInt(12));
          LocalDate today = LocalDate.now(clock.withZone(UK));
          if (sent.isAfter(today)) {
            sent = today.minusDays(1);
          }
          String outcome = outcome(regime, random);
          boolean answered = !outcome.equals("WITHDRAWN") && !outcome.equals("LAPSED");
          if (outcome.equals("REFUSED") && !regime.equals("SAR") && random.nextBoolean()) {
            jdbc.sql("INSERT INTO fee_notice (case_reference, fee_regime, total, over_cost_limit, estimated_cost,"
                    + " cost_limit, breakdown, estimated_at) VALUES (?, 'FOI', 0, TRUE, 500.00, 450.00,"
                    + " 'Demo data: 20 hours at 25.00', ?)")
                .params(reference, at(received.plusDays(5)))
                .update();
          }
          jdbc.sql("UPDATE information_request SET status = 'CLOSED', outcome = ?, response_sent_at = ?,"
                  + " closed_at = ? WHERE reference = ?")
              .params(outcome, answered ? at(sent) : null, at(sent), reference)
              .update();
          event(reference, "CLOSED", sent, null, null);
          events.publishEvent(new CaseDeadlineChanged(reference));
        });
  }

  /** Open work: some left for triage, the rest triaged through the process (some asked to clarify). */
  private void openCase(int n, LocalDate received, Random random) {
    String reference = receive(n, received, random);
    if (random.nextInt(4) == 0) {
      return;
    }
    runJobs(reference);
    Task triage =
        tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_TriageRequest").singleResult();
    if (triage == null) {
      return; // the job executor has not reached it yet; the case simply stays in triage
    }
    String regime = regime(random);
    String school = school(regime, random);
    Map<String, Object> decision = new HashMap<>();
    decision.put("regime", regime);
    decision.put("validRequest", true);
    decision.put("subjectType", school == null ? "OTHER" : "PUPIL");
    if (school != null) {
      decision.put("school", school);
    }
    if (!regime.equals("SAR") && random.nextInt(4) == 0) {
      decision.put("needsClarification", true);
      decision.put("clarificationQuestion", "Demo data: which years do you mean?");
    }
    tasks.complete(triage.getId(), decision);
  }

  private String receive(int n, LocalDate received, Random random) {
    Instant at = received.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(480))).atZone(UK).toInstant();
    NewRequest request =
        new NewRequest(
            new Requester("Demo requester " + n, "demo.requester" + n + "@example.invalid", null, null),
            TOPICS[random.nextInt(TOPICS.length)],
            null,
            null,
            null,
            null,
            random.nextBoolean() ? Channel.EMAIL : Channel.WEB,
            at,
            null,
            null);
    return intake.receive(request, null, null, "demo-data").reference();
  }

  /** Sends the acknowledgement now, as the job executor would, so the case can be worked on. */
  private void runJobs(String reference) {
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
      for (Job job : management.createJobQuery().processInstanceId(p.getId()).messages().list()) {
        try {
          management.executeJob(job.getId());
        } catch (ProcessEngineException e) {
          // the job executor got there first
        }
      }
    }
  }

  private LocalDate dueDate(String reference, LocalDate fallback) {
    try {
      return deadlines.deadline(reference).map(ClockResult::dueDate).orElse(fallback);
    } catch (CalendarNotCoveredException e) {
      return fallback;
    }
  }

  private void event(String reference, String type, LocalDate on, String kind, Integer days) {
    boolean clockEvent = type.equals("EXTENDED");
    jdbc.sql("INSERT INTO case_event (reference, event_type, occurred_on, recorded_at, actor, detail, clock_kind,"
            + " clock_days, clock_event) VALUES (?, ?, ?, ?, 'demo-data', 'Demo data', ?, ?, ?)")
        .params(reference, type, on, at(on), kind, days, clockEvent)
        .update();
  }

  private static String regime(Random random) {
    int r = random.nextInt(10);
    return r < 5 ? "FOI" : r < 8 ? "SAR" : "EIR";
  }

  /** Pupils' SARs name their school; FOI and EIR go to the trust, so their clock is the trust's. */
  private static String school(String regime, Random random) {
    if (!regime.equals("SAR") || random.nextInt(3) == 0) {
      return null;
    }
    return random.nextBoolean() ? "city-academy" : "riverside-primary";
  }

  /** The team route-request.dmn would choose. */
  private static String group(String school) {
    return school == null ? "caseworkers" : "school-" + school;
  }

  private static String outcome(String regime, Random random) {
    List<String> outcomes =
        regime.equals("SAR")
            ? List.of("PROVIDED_IN_FULL", "PROVIDED_IN_FULL", "PROVIDED_IN_PART", "PROVIDED_IN_PART", "WITHDRAWN")
            : List.of("PROVIDED_IN_FULL", "PROVIDED_IN_FULL", "PROVIDED_IN_PART", "NOT_HELD", "REFUSED", "LAPSED");
    return outcomes.get(random.nextInt(outcomes.size()));
  }

  private static LocalDate workingDay(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(11, 0).atZone(UK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }
}
