package org.rightsdesk.release;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.engine.Variables;
import org.rightsdesk.request.DeliveryMethod;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ReleaseResponse process's thin adapters: read the form, call {@link ReleaseService}, set what the gateways ask. */
@Configuration
class ReleaseSteps {

  /** The sign-off form starts from the requester's preferred delivery. */
  @Bean("offerDeliveryMethod")
  TaskListener offerDeliveryMethod(ReleaseService releases) {
    return task -> task.getExecution().setVariable("deliveryMethod", releases.proposedMethod(key(task)).name());
  }

  @Bean("recordSignOff")
  TaskListener recordSignOff(ReleaseService releases) {
    return task -> {
      boolean approved = releases.signOff(key(task), Variables.enumValue(task, "signOff", ReleaseService.SignOff.class),
          Variables.enumValue(task, "deliveryMethod", DeliveryMethod.class), Variables.trimmed(task, "sentBackReason"),
          Variables.flag(task, "publishToDisclosureLog"), Variables.actor(task));
      task.getExecution().setVariable("responseApproved", approved);
      Variables.erase(task.getExecution(), "sentBackReason");
    };
  }

  @Bean("recordDispatch")
  TaskListener recordDispatch(ReleaseService releases) {
    return task -> releases.recordDispatch(key(task), Variables.trimmed(task, "dispatchService"),
        Variables.trimmed(task, "trackingNumber"), Variables.actor(task));
  }

  /** The chase's outcome: delivered (with who signed) or returned. */
  @Bean("recordChasedDelivery")
  TaskListener recordChasedDelivery(ReleaseService releases) {
    return task -> {
      boolean delivered = "DELIVERED".equals(Variables.trimmed(task, "postOutcome"));
      if (delivered) {
        releases.recordChasedDelivery(key(task), Variables.trimmed(task, "deliveredTo"), date(task, "deliveredOn"),
            Variables.actor(task));
      } else {
        releases.recordChasedReturn(key(task), Variables.actor(task));
      }
      task.getExecution().setVariable("postDelivered", delivered);
      Variables.erase(task.getExecution(), "deliveredTo");
    };
  }

  @Bean("recordNewDeliveryMethod")
  TaskListener recordNewDeliveryMethod(ReleaseService releases) {
    return task -> releases.changeMethod(key(task), Variables.enumValue(task, "deliveryMethod", DeliveryMethod.class),
        Variables.actor(task));
  }

  @Bean("recordHandoverArranged")
  TaskListener recordHandoverArranged(ReleaseService releases) {
    return task -> {
      releases.arrangeHandover(key(task), dateTime(task, "handoverAt"), Variables.trimmed(task, "handoverPlace"),
          Variables.actor(task));
      Variables.erase(task.getExecution(), "handoverPlace");
    };
  }

  @Bean("recordHandover")
  TaskListener recordHandover(ReleaseService releases) {
    return task -> task.getExecution().setVariable("handedOver", releases.recordHandover(key(task),
        Variables.enumValue(task, "handoverOutcome", ReleaseService.Handover.class), Variables.trimmed(task, "receivedBy"),
        Variables.flag(task, "identityRechecked"),
        Variables.flag(task, "receiptSigned"), Variables.actor(task)));
  }

  private static LocalDate date(DelegateTask task, String name) {
    String text = Variables.trimmed(task, name);
    try {
      return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date");
    }
  }

  /** Camunda Forms send a local date-time, or one with an offset. */
  private static LocalDateTime dateTime(DelegateTask task, String name) {
    String text = Variables.trimmed(task, name);
    if (text == null) {
      return null;
    }
    try {
      return text.matches(".*([+-]\\d\\d:\\d\\d|Z)$")
          ? OffsetDateTime.parse(text).atZoneSameInstant(ClockRequest.UK).toLocalDateTime()
          : LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date and time");
    }
  }

  private static String key(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
