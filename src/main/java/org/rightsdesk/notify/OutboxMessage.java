package org.rightsdesk.notify;

import java.time.Instant;

/** A message to a requester as it sits in the outbox. */
public record OutboxMessage(
    String id,
    String messageId,
    String caseReference,
    String purpose,
    MessageTemplate template,
    Medium medium,
    String recipient,
    String subject,
    String bodyText,
    String bodyHtml,
    OutboxStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
