package org.rightsdesk.fees;

import java.time.LocalDate;

/** What a fees notice says: under which law, to whom, for which case, the fee, and when and how to pay. */
public record FeeNoticeDetails(
    FeeRegime regime,
    String organisationName,
    String caseReference,
    String requesterName,
    String postalAddress /* may be null */,
    LocalDate issuedOn,
    LocalDate payBy,
    FeeEstimate estimate,
    String howToPay) {}
