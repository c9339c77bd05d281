package org.rightsdesk.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The staff groups (Camunda identity groups) and the authorities Spring Security sees for them. */
public final class StaffGroups {

  public static final String CASEWORKERS = "caseworkers";
  public static final String MANAGERS = "managers";
  public static final String DPO = "dpo";
  public static final String ADMINS = "admins";

  /** Groups whose members are staff of the information-rights service. */
  public static final List<String> STAFF = List.of(CASEWORKERS, MANAGERS, DPO, ADMINS);

  public static final String AUTHORITY_PREFIX = "GROUP_";

  private StaffGroups() {}

  public static String authority(String group) {
    return AUTHORITY_PREFIX + group;
  }

  /** Those who oversee the service: dashboards and statistics. */
  public static String[] overseerAuthorities() {
    return new String[] {authority(MANAGERS), authority(DPO), authority(ADMINS)};
  }

  /** Whether the user is a manager, the DPO or an administrator: those who may see what other staff may not. */
  public static boolean oversees(Authentication user) {
    List<String> overseers = List.of(overseerAuthorities());
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(overseers::contains);
  }

  public static String[] staffAuthorities() {
    return STAFF.stream().map(StaffGroups::authority).toArray(String[]::new);
  }
}
