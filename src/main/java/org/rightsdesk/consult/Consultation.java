package org.rightsdesk.consult;

import java.time.Instant;
import java.time.LocalDate;

/** One third party consulted on one case. */
public record Consultation(
    long id,
    String caseReference,
    ConsulteeKind kind,
    String consulteeName,
    String consulteeEmail,
    String proposal,
    int replyWorkingDays,
    ConsultationStatus status,
    String plannedBy,
    Instant plannedAt,
    LocalDate sentOn,
    LocalDate replyDueOn,
    LocalDate remindedOn,
    ConsultationReply reply,
    String replyReasons,
    LocalDate repliedOn,
    String repliedVia,
    String recordedBy) {}
