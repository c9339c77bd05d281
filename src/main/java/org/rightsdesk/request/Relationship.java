package org.rightsdesk.request;

/** The requester's relationship to the data subject when asking on someone else's behalf. */
public enum Relationship { PARENT, GUARDIAN, REPRESENTATIVE, OTHER }
