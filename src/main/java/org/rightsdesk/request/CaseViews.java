package org.rightsdesk.request;

import java.util.List;
import org.rightsdesk.request.RequestApi.CaseBody;
import org.rightsdesk.request.RequestApi.EventBody;
import org.rightsdesk.request.RequestApi.OnBehalfOfBody;
import org.rightsdesk.request.RequestApi.RequesterBody;
import org.springframework.stereotype.Component;

/** Maps a case to what the staff API and pages show. */
@Component
class CaseViews {

  CaseBody toBody(InformationRequestCase c, List<CaseEvent> events) {
    Requester r = c.requester();
    return new CaseBody(
        c.reference(),
        c.status(),
        c.regime(),
        c.channel(),
        c.receivedAt(),
        null,
        "Set once the statutory clock is connected to cases",
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
