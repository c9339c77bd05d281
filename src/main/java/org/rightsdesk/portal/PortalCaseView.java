package org.rightsdesk.portal;

import java.util.List;

/**
 * What the requester's page shows, in plain words.
 *
 * @param request what we ask for: the clarification question, the evidence we accept, or the fee summary
 * @param evidenceTypes the document types the requester may choose from (identity evidence only)
 * @param feeTotal the amount to pay, formatted (fee only)
 */
public record PortalCaseView(
    String reference,
    String statusText,
    String dueDateText,
    String request,
    List<String> evidenceTypes,
    String feeTotal) {}
