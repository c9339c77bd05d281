package org.rightsdesk.clock;

/** Things that happen to a case and move its clock. Openers and closers come in pairs, except {@link #EXTENDED}. */
public enum ClockEventType {
    IDENTITY_REQUESTED, IDENTITY_VERIFIED, FEE_NOTICE_ISSUED, FEE_PAID, CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED
}
