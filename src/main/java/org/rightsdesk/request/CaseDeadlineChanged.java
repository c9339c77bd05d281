package org.rightsdesk.request;

/**
 * Published in the transaction of any step that may move a case's statutory deadline or its state:
 * receipt, triage, a clock event, closure. Listeners that keep read models (reports, dashboards) refresh
 * the case from {@link CaseDeadlines}; the deadline itself is never stored as the truth.
 */
public record CaseDeadlineChanged(String reference) {}
