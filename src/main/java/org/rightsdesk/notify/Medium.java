package org.rightsdesk.notify;

/** How an outbox message reaches the requester. */
public enum Medium { EMAIL, LETTER }
