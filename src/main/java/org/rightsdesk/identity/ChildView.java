package org.rightsdesk.identity;

/** A child's own view of a parent's request for the child's data (seed 003 4.5.3.2). */
public enum ChildView { CONSENTS, REFUSES, NOT_ASKED }
