package org.rightsdesk.fees;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsdesk.engine.ProcessTestCoverage;

/** Every path of ChargeFee: nothing to charge, over the cost limit, paid, declined, reminded, lapsed. */
@Deployment(resources = {"processes/ChargeFee.bpmn", "forms/estimate-fee.form", "forms/record-fee-payment.form"})
class ChargeFeeProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String REFERENCE = "IR-2026-000030";
  static final String ESTIMATE = "Task_EstimateFee";
  static final String RECORD_PAYMENT = "Task_RecordFeePayment";

  final FakeFeeNotices fees = new FakeFeeNotices();
  final List<String> sent = new ArrayList<>();
  final List<String> notices = new ArrayList<>();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    Mocks.register("feeNotices", fees);
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("sendMessage", (JavaDelegate) e -> sent.add((String) e.getVariableLocal("messagePurpose")));
    Mocks.register("issueFeeNotice", (JavaDelegate) e -> notices.add(e.getProcessBusinessKey()));
    Mocks.register("recordFeeEstimate", (TaskListener) t -> {});
    Mocks.register("recordFeePayment", (TaskListener) t -> {});
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void an_estimate_with_nothing_to_charge_ends_the_phase() {
    ProcessInstance instance = start();
    assertThat(task()).hasCandidateGroup("caseworkers");
    complete(task(), withVariables("feeDecision", "NO_FEE"));
    assertThat(instance).hasPassed("EndEvent_NoFee").isEnded().variables().containsEntry("feeOutcome", "NO_FEE");
  }

  @Test
  void over_the_cost_limit_the_request_is_refused_with_advice() {
    ProcessInstance instance = start();
    complete(task(), withVariables("feeDecision", "OVER_COST_LIMIT"));
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("Task_SendCostLimitRefusal", "EndEvent_RefusedOverCostLimit").isEnded();
    assertThat(instance).variables().containsEntry("feeOutcome", "OVER_COST_LIMIT");
    Assertions.assertThat(sent).containsExactly("COST_LIMIT_REFUSAL");
  }

  @Test
  void a_fees_notice_is_issued_and_the_payment_recorded_by_staff() {
    ProcessInstance instance = startWithNotice();
    assertThat(task()).hasCandidateGroup("caseworkers");
    complete(task());
    assertThat(instance).hasPassed("EndEvent_FeePaid").isEnded().variables().containsEntry("feeOutcome", "PAID");
    Assertions.assertThat(notices).containsExactly(REFERENCE);
    Assertions.assertThat(sent).containsExactly("FEE_NOTICE");
  }

  @Test
  void a_requester_who_declines_withdraws_the_request() {
    ProcessInstance instance = startWithNotice();
    runtimeService().createMessageCorrelation("Msg_FeeDeclined").processInstanceBusinessKey(REFERENCE).correlate();
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("Task_SendFeeDeclinedNotice", "EndEvent_FeeDeclined").hasNotPassed("EndEvent_FeePaid").isEnded();
    assertThat(instance).variables().containsEntry("feeOutcome", "DECLINED");
  }

  @Test
  void an_unpaid_notice_is_reminded_and_then_lapses() {
    ProcessInstance instance = startWithNotice();
    Assertions.assertThat(timer(instance, "BoundaryEvent_FeeReminderDue").getDuedate()).isEqualTo(fees.reminder);
    Assertions.assertThat(timer(instance, "BoundaryEvent_FeeLapsed").getDuedate()).isEqualTo(fees.lapse);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-16T08:01:00Z")));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult());
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("EndEvent_FeeReminderSent").isWaitingAt(RECORD_PAYMENT);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-02T08:01:00Z")));
    execute(timer(instance, "BoundaryEvent_FeeLapsed"));
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("EndEvent_FeeLapsed").isEnded().variables().containsEntry("feeOutcome", "LAPSED");
    Assertions.assertThat(fees.calls).containsExactly("reminder", "lapse");
    Assertions.assertThat(sent).containsExactly("FEE_NOTICE", "FEE_REMINDER", "FEE_LAPSED");
  }

  private ProcessInstance start() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey("ChargeFee", REFERENCE, withVariables("caseReference", REFERENCE));
    assertThat(instance).isWaitingAt(ESTIMATE);
    return instance;
  }

  private ProcessInstance startWithNotice() {
    ProcessInstance instance = start();
    complete(task(), withVariables("feeDecision", "FEE_PAYABLE"));
    execute(asyncJob(instance));
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("Task_IssueFeeNotice", "Task_SendFeeNotice").isWaitingAt(RECORD_PAYMENT);
    return instance;
  }

  private static Job asyncJob(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }
}
