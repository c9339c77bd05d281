package org.rightsdesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and what each may do in the engine, on every start (idempotent). The
 * embedded default adds demo users; production creates no demo users and takes the first
 * administrator's password from RIGHTSDESK_ADMIN_PASSWORD.
 */
@Component
class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  /** Teams that prepare responses (route-request.dmn); a deployment adds one per school. */
  static final List<String> TEAMS = List.of("hr", "school-city-academy", "school-riverside-primary");

  private static final Map<String, String> GROUP_NAMES =
      Map.of(
          StaffGroups.CASEWORKERS, "Information governance caseworkers",
          StaffGroups.MANAGERS, "Managers",
          StaffGroups.DPO, "Data Protection Officer",
          StaffGroups.ADMINS, "Administrators",
          "hr", "Central Human Resources",
          "school-city-academy", "City Academy office",
          "school-riverside-primary", "Riverside Primary office");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final boolean demoUsers;
  private final String adminPassword;

  IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      @Value("${rightsdesk.demo-users}") boolean demoUsers,
      @Value("${RIGHTSDESK_ADMIN_PASSWORD:}") String adminPassword) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.demoUsers = demoUsers;
    this.adminPassword = adminPassword;
  }

  @EventListener
  @Order(1)
  public void onEngineStarted(ApplicationReadyEvent event) {
    GROUP_NAMES.forEach(this::group);
    // Camunda's webapps offer a public "create the first administrator" page while nobody is in
    // camunda-admin; our administrators join it (and SecurityConfiguration refuses that page anyway)
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    // administrators may do everything, through grants as Camunda's own first-admin set-up makes them
    for (Resource resource : Resources.values()) {
      grant(StaffGroups.ADMINS, resource, "*", Permissions.ALL);
    }
    for (String g : GROUP_NAMES.keySet()) {
      if (g.equals(StaffGroups.ADMINS)) {
        continue;
      }
      grant(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(g, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(g, Resources.DECISION_DEFINITION, "*", Permissions.READ);
      grant(g, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(g, Resources.GROUP, "*", Permissions.READ);
      grant(g, Resources.USER, "*", Permissions.READ);
    }
    for (String g : List.of(StaffGroups.MANAGERS, StaffGroups.DPO)) {
      grant(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(g, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(g, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(g, Resources.TASK, "*", Permissions.READ);
    }
    if (demoUsers) {
      demoUser("demo", "Demo", "Administrator", StaffGroups.STAFF.toArray(String[]::new));
      memberships("demo", TEAMS.toArray(String[]::new));
      memberships("demo", Groups.CAMUNDA_ADMIN);
      demoUser("caseworker", "Casey", "Worker", StaffGroups.CASEWORKERS);
      demoUser("manager", "Morgan", "Manager", StaffGroups.MANAGERS);
      demoUser("dpo", "Dana", "Protection", StaffGroups.DPO);
      demoUser("school-office", "Sam", "Office", "school-city-academy");
      demoUser("hr", "Harper", "Resources", "hr");
    } else if (!adminPassword.isBlank()) {
      if (identity.createUserQuery().userId("admin").count() == 0) {
        user("admin", "Service", "Administrator", adminPassword);
        memberships("admin", StaffGroups.ADMINS, Groups.CAMUNDA_ADMIN);
      }
    } else if (identity.createUserQuery().memberOfGroup(StaffGroups.ADMINS).count() == 0) {
      log.warn("No administrator exists: set RIGHTSDESK_ADMIN_PASSWORD to create the user 'admin'");
    }
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW"); // Tasklist filters are shared with every WORKFLOW group
      identity.saveGroup(group);
    }
  }

  private void demoUser(String id, String first, String last, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      user(id, first, last, id);
    }
    memberships(id, groups);
  }

  private void user(String id, String first, String last, String password) {
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@rightsdesk.invalid");
    user.setPassword(password);
    identity.saveUser(user);
  }

  private void memberships(String userId, String... groups) {
    for (String g : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(g).count() == 0) {
        identity.createMembership(userId, g);
      }
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations.createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission p : permissions) {
      authorization.addPermission(p);
    }
    authorizations.saveAuthorization(authorization);
  }
}
