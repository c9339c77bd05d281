package org.rightsdesk.request;

/** Where a case stands, as staff and requesters see it. */
public enum CaseStatus { RECEIVED, IN_PROGRESS, CLOSED }
