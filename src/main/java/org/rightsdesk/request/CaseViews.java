package org.rightsdesk.request;

import java.util.List;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.request.RequestApi.CaseBody;
import org.rightsdesk.request.RequestApi.ClockBody;
import org.rightsdesk.request.RequestApi.EventBody;
import org.rightsdesk.request.RequestApi.OnBehalfOfBody;
import org.rightsdesk.request.RequestApi.RequesterBody;
import org.springframework.stereotype.Component;

/** Maps a case to what the staff API and pages show. */
@Component
class CaseViews {

  private final CaseDeadlines deadlines;

  CaseViews(CaseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  ClockBody clockOf(InformationRequestCase c) {
    return deadlines
        .regimeOf(c)
        .map(
            regime -> {
              ClockResult r = deadlines.deadline(c.reference()).orElseThrow();
              return new ClockBody(regime, r.dueDate(), r.status(), r.warnings(), r.working());
            })
        .orElse(null);
  }

  CaseBody toBody(InformationRequestCase c, List<CaseEvent> events) {
    ClockBody clock = c.regime() == RequestType.BUSINESS_AS_USUAL ? null : clockOf(c);
    Requester r = c.requester();
    return new CaseBody(
        c.reference(),
        c.status(),
        c.regime(),
        c.channel(),
        c.receivedAt(),
        clock != null ? clock.dueDate() : c.regime() == null ? deadlines.provisionalDueDate(c.reference()).orElse(null) : null,
        clock == null && c.regime() == null,
        clock,
        new RequesterBody(r.name(), r.email(), r.postalAddress(), r.phone()),
        c.description(),
        c.onBehalfOf() == null ? null : new OnBehalfOfBody(c.onBehalfOf().name(), c.onBehalfOf().relationship()),
        c.subjectType(),
        c.school(),
        c.preferredDelivery(),
        c.validRequest(),
        c.handlingGroup(),
        c.outcome(),
        c.responseSentAt(),
        c.closedAt(),
        c.splitFrom(),
        c.linkedCases(),
        events.stream()
            .map(e -> new EventBody(e.type(), e.occurredOn(), e.recordedAt(), e.actor(), e.detail()))
            .toList());
  }
}
