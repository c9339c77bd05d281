package org.rightsdesk.request;

/** Whom the requested information is about; drives routing (seed 003 4.5.2). */
public enum SubjectType { PUPIL, PARENT, STAFF, OTHER }
