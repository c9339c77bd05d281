package org.rightsdesk.notify;

/** A file sent with a message, under a name we chose. */
public record Attachment(String fileName, String contentType, byte[] content) {}
