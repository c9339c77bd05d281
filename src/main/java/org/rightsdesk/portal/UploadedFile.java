package org.rightsdesk.portal;

/**
 * A file a requester sent that passed {@link UploadInspector}.
 *
 * @param documentType what the requester says it is, one of {@link PortalCaseView#evidenceTypes()}
 * @param originalName the file name as sent, for display only
 * @param contentType the type detected from the content: application/pdf, image/jpeg or image/png
 */
public record UploadedFile(String documentType, String originalName, String contentType, byte[] content) {}
