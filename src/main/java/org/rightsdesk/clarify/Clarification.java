package org.rightsdesk.clarify;

import java.time.LocalDate;

/** A question put to the requester and, once it came, the answer and how. */
public record Clarification(
    long id, String question, LocalDate askedOn, String answer, LocalDate answeredOn, String answeredVia) {}
