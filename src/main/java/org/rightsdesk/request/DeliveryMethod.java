package org.rightsdesk.request;

/** How the requester would like the response (seed 003 4.5.3.6). */
public enum DeliveryMethod { EMAIL, POST, IN_PERSON }
