package org.rightsdesk.request;

/** The person who asked, and how to reach them. Email or postal address may be absent, never both. */
public record Requester(String name, String email, String postalAddress, String phone) {}
