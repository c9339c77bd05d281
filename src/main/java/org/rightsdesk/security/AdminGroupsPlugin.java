package org.rightsdesk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Members of our "admins" group are engine administrators, as Camunda's own camunda-admin group is. */
@Component
class AdminGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> groups = new ArrayList<>(List.of(Groups.CAMUNDA_ADMIN, StaffGroups.ADMINS));
    configuration.setAdminGroups(groups);
  }
}
