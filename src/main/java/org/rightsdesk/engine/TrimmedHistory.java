package org.rightsdesk.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine writes the audit history level (process instances, user tasks) but not the steps in between
 * nor variables: a closed case's audit trail is its case_event log, and the engine's activity and variable
 * history was most of what a case cost in the database (decision 005). Kept: every process instance (a
 * called one names its caller), every task (who did it, when), and the activity instances of receive tasks,
 * where a case waits on someone outside and which have no task of their own.
 */
@Component
class TrimmedHistory extends AbstractProcessEnginePlugin {

  /** BPMN activity types whose activity instances stay in the history (Camunda's names for them). */
  static final Set<String> KEPT_ACTIVITIES = Set.of("receiveTask");

  /**
   * The engine's only history handler, so the starter's Spring history events are off too
   * (camunda.bpm.eventing.history: false says so); nothing here listens to them.
   */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler(new DbHistoryEventHandler()));
  }

  /** Passes to the database what the history keeps; the level stays "audit", so no database needs changing. */
  static final class Handler implements HistoryEventHandler {

    private final HistoryEventHandler database;

    Handler(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (kept(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    /** Start, update and end of an activity instance carry its type, so all three are kept or dropped together. */
    static boolean kept(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity) {
        return false;
      }
      if (event instanceof HistoricActivityInstanceEventEntity activity && activity.getActivityType() != null) {
        return KEPT_ACTIVITIES.contains(activity.getActivityType());
      }
      return true;
    }
  }
}
