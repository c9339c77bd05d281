package org.rightsdesk.notify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send …" tasks that deliver one message the preceding step wrote and named in {@code outboxMessageId}:
 * for flows that run side by side within one case, where delivering by template would race.
 */
@Component("sendOutboxMessage")
class SendOutboxMessageDelegate implements JavaDelegate {

  static final String MESSAGE_ID = "outboxMessageId";

  private final NotificationService notifications;

  SendOutboxMessageDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.dispatchMessage((String) execution.getVariable(MESSAGE_ID));
  }
}
