package org.rightsdesk.redact;

import java.util.List;
import java.util.Map;

/**
 * A verified redaction: the PDF to release, the log, and the removed text keyed by the hash the log shows.
 *
 * @param pdf the redacted PDF, or null when the service wrote it to a file
 * @param stripped parts of the file removed whole (metadata, attachments, scripts, form fields...)
 * @param removedText the text behind each log entry's hash: restricted to staff who may see the original
 */
public record RedactionResult(
    byte[] pdf, int pages, List<RedactionLogEntry> log, List<String> stripped, Verification verification,
    Map<String, String> removedText) {}
