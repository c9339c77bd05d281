package org.rightsdesk.fees;

import java.math.BigDecimal;

/**
 * What a fee depends on. {@code hours} is the estimated staff time: for FOI only finding, locating,
 * retrieving and extracting count (SI 2004/3244 reg 4(3)). {@code educationalRecordPages} counts only for
 * SAR_DPA1998; {@code manifestlyUnfoundedOrExcessive} and {@code furtherCopies} only for SAR.
 */
public record FeeQuestion(
    FeeRegime regime,
    boolean centralGovernment,
    BigDecimal hours,
    int blackAndWhitePages,
    int colourPages,
    boolean postage,
    int educationalRecordPages,
    boolean manifestlyUnfoundedOrExcessive,
    boolean furtherCopies) {}
