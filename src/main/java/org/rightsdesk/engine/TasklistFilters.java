package org.rightsdesk.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Tasklist filters every member of staff starts with, created once and shared with all staff groups. */
@Component
class TasklistFilters {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final IdentityService identity;

  TasklistFilters(
      FilterService filters, TaskService tasks, AuthorizationService authorizations, IdentityService identity) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.identity = identity;
  }

  @EventListener
  @Order(2)
  public void onEngineStarted(ApplicationReadyEvent event) {
    filter(
        "My tasks",
        "Tasks assigned to me",
        -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    filter(
        "My groups' tasks",
        "Unassigned tasks for my teams, soonest due first",
        -5,
        tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned()
            .orderByDueDate()
            .asc());
    filter(
        "All open requests by due date",
        "Every open task of every information request, soonest due first",
        0,
        tasks.createTaskQuery().processDefinitionKey("InformationRequest").orderByDueDate().asc());
  }

  private void filter(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter =
        filters.newTaskFilter(name)
            .setQuery(query)
            .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
    // every workflow group (the staff groups and teams created at start-up, see IdentitySetup)
    List<String> groups = identity.createGroupQuery().groupType("WORKFLOW").list().stream().map(Group::getId).toList();
    for (String group : groups) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
