package org.rightsdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.junit.jupiter.api.Test;

/** What reaches the engine's history tables: instances, tasks and the steps that wait on people only. */
class TrimmedHistoryTest {

  private final List<HistoryEvent> written = new ArrayList<>();
  private final TrimmedHistory.Handler handler =
      new TrimmedHistory.Handler(
          new org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
              written.add(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
              written.addAll(events);
            }
          });

  @Test
  void receive_tasks_are_kept_user_tasks_gateways_events_service_tasks_and_scopes_are_not() {
    HistoryEvent triage = activity("userTask");
    HistoryEvent evidence = activity("receiveTask");

    handler.handleEvents(
        List.of(activity("exclusiveGateway"), triage, activity("serviceTask"), activity("startEvent"),
            activity("callActivity"), activity("subProcess"), activity("noneEndEvent"), activity("boundaryTimer"),
            evidence));

    // a user task's history is its task instance, kept below; its activity instance would repeat it
    assertThat(written).containsExactly(evidence).doesNotContain(triage);
  }

  @Test
  void variables_are_not_kept_process_instances_and_tasks_are() {
    HistoryEvent instance = new HistoricProcessInstanceEventEntity();
    HistoryEvent task = new HistoricTaskInstanceEventEntity();

    handler.handleEvent(new HistoricVariableUpdateEventEntity());
    handler.handleEvent(instance);
    handler.handleEvent(task);

    assertThat(written).containsExactly(instance, task);
  }

  private static HistoryEvent activity(String type) {
    HistoricActivityInstanceEventEntity event = new HistoricActivityInstanceEventEntity();
    event.setActivityType(type);
    return event;
  }
}
