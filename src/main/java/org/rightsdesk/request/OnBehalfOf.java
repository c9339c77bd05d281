package org.rightsdesk.request;

/** The data subject when the requester asks for someone else (e.g. a parent for a pupil). */
public record OnBehalfOf(String name, Relationship relationship) {}
