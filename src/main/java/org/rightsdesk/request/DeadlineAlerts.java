package org.rightsdesk.request;

import java.util.Map;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.notify.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff alerts when a deadline timer fires, written to the outbox in the timer's own transaction. They
 * carry the reference, the dates and a link, never the requester's personal data.
 */
@Component("deadlineAlerts")
public class DeadlineAlerts {

  private final CaseWorkService work;
  private final CaseDeadlines deadlines;
  private final NotificationService notifications;
  private final String teamMailbox;
  private final String managersMailbox;
  private final String baseUrl;

  DeadlineAlerts(
      CaseWorkService work,
      CaseDeadlines deadlines,
      NotificationService notifications,
      @Value("${rightsdesk.notifications.team-mailbox}") String teamMailbox,
      @Value("${rightsdesk.notifications.managers-mailbox}") String managersMailbox,
      @Value("${rightsdesk.public-base-url}") String baseUrl) {
    this.work = work;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.teamMailbox = teamMailbox;
    this.managersMailbox = managersMailbox;
    this.baseUrl = baseUrl;
  }

  @Transactional
  public void composeReminder(String reference) {
    compose(reference, MessageTemplate.DEADLINE_REMINDER, new Recipient("Information rights team", teamMailbox, null));
  }

  @Transactional
  public void composeOverdueAlert(String reference) {
    compose(reference, MessageTemplate.OVERDUE_ALERT, new Recipient("Managers", managersMailbox, null));
  }

  private void compose(String reference, MessageTemplate template, Recipient recipient) {
    InformationRequestCase c = work.get(reference);
    String dueDate =
        deadlines.deadline(reference)
            .map(ClockResult::dueDate)
            .map(RequestIntakeService.LONG_DATE::format)
            .orElse("not set");
    notifications.compose(
        reference,
        template,
        recipient,
        Map.of(
            "dueDate", dueDate,
            "regime", c.regime() == null ? "Not triaged yet" : c.regime().label(),
            "team", c.handlingGroup() == null ? "caseworkers" : c.handlingGroup(),
            "caseUrl", baseUrl + "/staff/cases/" + reference));
  }
}
