package org.rightsdesk.consult;

/**
 * A consultation to plan, as staff send it: whom (kind, name, email), what we propose to disclose to
 * them, and how many working days they have to reply (default 10).
 */
public record NewConsultation(
    String consulteeKind, String consulteeName, String consulteeEmail, String proposal, Integer replyWorkingDays) {}
