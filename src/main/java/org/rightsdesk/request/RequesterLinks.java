package org.rightsdesk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.portal.PortalPurpose;
import org.rightsdesk.portal.PortalTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester's link for one case and purpose, valid until the case would lapse for want of an answer
 * (or 90 days where nothing lapses). A new link replaces the previous one for that purpose.
 */
@Component
public class RequesterLinks {

  private static final Duration WITHOUT_LAPSE = Duration.ofDays(90);

  private final PortalTokens tokens;
  private final CaseDeadlines deadlines;
  private final Clock clock;

  RequesterLinks(PortalTokens tokens, CaseDeadlines deadlines, Clock clock) {
    this.tokens = tokens;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Transactional
  public String issue(String reference, PortalPurpose purpose) {
    Instant until =
        deadlines
            .lapsesOn(reference)
            .map(day -> day.atStartOfDay(ClockRequest.UK).toInstant())
            .filter(day -> day.isAfter(clock.instant()))
            .orElse(clock.instant().plus(WITHOUT_LAPSE));
    return tokens.issue(reference, purpose, until);
  }

  /** When the case no longer waits for the requester, their link stops working. */
  @Transactional
  public void close(String reference, PortalPurpose purpose) {
    tokens.revoke(reference, purpose);
  }
}
