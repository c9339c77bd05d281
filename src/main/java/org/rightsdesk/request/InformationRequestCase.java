package org.rightsdesk.request;

import java.time.Instant;
import java.util.List;

/** A case as stored in our tables. */
public record InformationRequestCase(
    String reference,
    CaseStatus status,
    RequestType regime,
    Channel channel,
    Instant receivedAt,
    Requester requester,
    String description,
    OnBehalfOf onBehalfOf,
    SubjectType subjectType,
    String school,
    DeliveryMethod preferredDelivery,
    String division,
    Boolean validRequest,
    String validityNote,
    String handlingGroup,
    Outcome outcome,
    String responseText,
    Instant responseSentAt,
    String splitFrom,
    Instant createdAt,
    Instant closedAt,
    List<String> linkedCases) {}
