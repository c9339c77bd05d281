package org.rightsdesk.collate;

import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.security.StaffGroups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Seed 003 4.5.3.5 and issue #6: the unredacted original of a document with something withheld or redacted
 * is read only by the DPO, managers, administrators and the team handling the case, never by other staff.
 */
@Component
class OriginalAccess {

  private final OriginalsPolicy policy;
  private final CaseWorkService work;

  OriginalAccess(OriginalsPolicy policy, CaseWorkService work) {
    this.policy = policy;
    this.work = work;
  }

  void check(String reference, String documentId, Authentication user) {
    if (!policy.restricted(reference, documentId)) {
      return;
    }
    String team = work.get(reference).handlingGroup();
    boolean allowed = StaffGroups.oversees(user)
        || (team != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(StaffGroups.authority(team))));
    if (!allowed) {
      throw new AccessDeniedException(
          "The original of a redacted or withheld document is for the DPO, managers and the team handling the case");
    }
  }
}
