package org.rightsdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ChargeFee process's thin adapters: read the form, call {@link FeeNoticeService}, set what the gateway asks. */
@Configuration
class FeeTaskListeners {

  /** "Estimate the cost": prices it and tells the gateway whether a fee, a refusal or nothing follows. */
  @Bean("recordFeeEstimate")
  TaskListener recordFeeEstimate(FeeNoticeService fees) {
    return task -> {
      FeeNoticeService.FeeDecision decision =
          fees.estimate(
              task.getExecution().getProcessBusinessKey(),
              new FeeNoticeService.FeeEstimateInput(
                  Variables.trimmed(task, "hours") == null ? null : decimal(task, "hours"),
                  whole(task, "blackAndWhitePages"),
                  whole(task, "colourPages"),
                  Variables.flag(task, "postage"),
                  whole(task, "educationalRecordPages"),
                  Variables.flag(task, "manifestlyUnfoundedOrExcessive"),
                  Variables.flag(task, "furtherCopies")),
              Variables.actor(task));
      task.getExecution().setVariable("feeDecision", decision.name());
    };
  }

  /** "Issue the fees notice". */
  @Bean("issueFeeNotice")
  JavaDelegate issueFeeNotice(FeeNoticeService fees) {
    return (DelegateExecution execution) -> fees.issueNotice(execution.getProcessBusinessKey(), Variables.actor(execution));
  }

  /** "Record the payment". */
  @Bean("recordFeePayment")
  TaskListener recordFeePayment(FeeNoticeService fees) {
    return task ->
        fees.recordPayment(
            task.getExecution().getProcessBusinessKey(),
            new FeeNoticeService.PaymentRecord(
                Variables.trimmed(task, "paymentMethod"),
                decimal(task, "amountPaid"),
                date(task, "paidOn"),
                Variables.trimmed(task, "paymentReference")),
            Variables.actor(task));
  }

  private static BigDecimal decimal(DelegateTask task, String name) {
    String text = Variables.trimmed(task, name);
    try {
      return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a number");
    }
  }

  private static int whole(DelegateTask task, String name) {
    BigDecimal value = decimal(task, name);
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  /** Camunda Forms' date field sends an ISO date, possibly with a time. */
  private static LocalDate date(DelegateTask task, String name) {
    String text = Variables.trimmed(task, name);
    try {
      return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date such as 2026-03-02");
    }
  }
}
