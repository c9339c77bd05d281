package org.rightsdesk.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in member of staff, if the caller is one. */
public record StaffUser(String userId, List<String> groups) {

  /** Null for an anonymous caller, or a signed-in user in none of the staff groups. */
  public static StaffUser of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return null;
    }
    List<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(StaffGroups.AUTHORITY_PREFIX))
            .map(a -> a.substring(StaffGroups.AUTHORITY_PREFIX.length()))
            .toList();
    return groups.stream().anyMatch(StaffGroups.STAFF::contains)
        ? new StaffUser(authentication.getName(), groups)
        : null;
  }
}
