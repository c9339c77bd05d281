package org.rightsdesk.identity;

/** The caseworker's check of the evidence sent. */
public enum EvidenceDecision { ACCEPT, ASK_AGAIN, REJECT }
