package org.rightsdesk.request;

import java.time.Instant;

/** A validated request ready to be received; built from the API, the public form or a split. */
public record NewRequest(
    Requester requester,
    String description,
    OnBehalfOf onBehalfOf,
    SubjectType subjectType,
    String school,
    DeliveryMethod preferredDelivery,
    Channel channel,
    Instant receivedAt,
    RequestType proposedType,
    String splitFrom) {}
