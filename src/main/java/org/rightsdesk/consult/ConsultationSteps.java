package org.rightsdesk.consult;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ConsultThirdParty process's thin adapters: read which consultation this is, call
 * {@link ConsultationService}, and name the outbox message the following "send" step delivers.
 */
@Configuration
class ConsultationSteps {

  static final String MESSAGE_ID = "outboxMessageId";

  /** "Write to the consultee". */
  @Bean("requestConsultation")
  JavaDelegate requestConsultation(ConsultationService consultations) {
    return execution -> execution.setVariable(MESSAGE_ID, consultations.request(id(execution)));
  }

  /** Reminder timer fired: the reminder is written for the send step that follows. */
  @Bean("remindConsultee")
  ExecutionListener remindConsultee(ConsultationService consultations) {
    return execution -> execution.setVariable(MESSAGE_ID, consultations.remind(id(execution)));
  }

  /** Timeout fired: the consultation is closed without a reply. */
  @Bean("timeOutConsultation")
  ExecutionListener timeOutConsultation(ConsultationService consultations) {
    return execution -> consultations.timeOut(id(execution));
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(ConsultationService.CONSULTATION_ID)).longValue();
  }
}
