package org.rightsdesk.notify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send … email/letter" tasks: delivers the outbox message the preceding step wrote. Runs as an async
 * job, so a mail server that is down means retries with back-off and then an incident in Cockpit.
 */
@Component("sendMessage")
class SendMessageDelegate implements JavaDelegate {

  static final String PURPOSE = "messagePurpose";

  private final NotificationService notifications;

  SendMessageDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MessageTemplate template = MessageTemplate.valueOf((String) execution.getVariableLocal(PURPOSE));
    notifications.dispatch(execution.getProcessBusinessKey(), template);
  }
}
