package org.rightsdesk.engine;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reading form and process variables in delegates, the same way everywhere. */
public final class Variables {

  private Variables() {}

  /** A checkbox: absent or unticked is false. */
  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** Text with surrounding blanks removed; blank is absent. */
  public static String trimmed(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** A select field; blank is absent, an unknown value is an error naming the field. */
  public static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
    String text = trimmed(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " must be one of "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Takes free text a person typed out of the process once it is stored on the case. Overwritten with
   * null first, so the engine's history (kept at the audit level: last value only) holds no copy.
   */
  public static void erase(VariableScope scope, String... names) {
    for (String name : names) {
      if (scope.hasVariable(name)) {
        scope.setVariable(name, null);
        scope.removeVariable(name);
      }
    }
  }

  /** Who did it: the task's assignee, else the user the engine is acting for. */
  public static String actor(DelegateTask task) {
    return task.getAssignee() != null ? task.getAssignee() : currentUser(task.getExecution());
  }

  public static String actor(DelegateExecution execution) {
    return currentUser(execution);
  }

  private static String currentUser(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
