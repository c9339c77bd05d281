package org.rightsdesk.clock;

import java.time.Period;
import java.util.Objects;

/**
 * Choices a deployment may tune. Defaults follow the law where there is one and ICO suggestions elsewhere.
 *
 * @param feeLapse                     FOIA s9(2): no duty if the fee is not paid within 3 months beginning with the day
 *                                     the fees notice is given (statutory for FOI; also applied as policy to SAR fees)
 * @param clarificationLapse           no reply to a request for clarification within this period closes the case (ICO
 *                                     suggests about 2 months for FOI; no statutory period anywhere)
 * @param identityLapse                no identity evidence within this period closes a SAR (policy; no statutory period)
 * @param eirChargeLapseWorkingDays    EIR reg 8: advance payment not made within 60 working days of the notification
 * @param warnWhenMonthsOfHolidayDataBelow warn when bank-holiday data runs out sooner than this many months ahead
 */
public record ClockPolicy(Period feeLapse, Period clarificationLapse, Period identityLapse,
                          int eirChargeLapseWorkingDays, int warnWhenMonthsOfHolidayDataBelow) {

    public ClockPolicy {
        Objects.requireNonNull(feeLapse, "feeLapse");
        Objects.requireNonNull(clarificationLapse, "clarificationLapse");
        Objects.requireNonNull(identityLapse, "identityLapse");
        if (feeLapse.isNegative() || feeLapse.isZero() || clarificationLapse.isNegative() || clarificationLapse.isZero()
                || identityLapse.isNegative() || identityLapse.isZero()) {
            throw new IllegalArgumentException("lapse periods must be positive");
        }
        if (eirChargeLapseWorkingDays <= 0) {
            throw new IllegalArgumentException("eirChargeLapseWorkingDays must be positive");
        }
    }

    public static ClockPolicy defaults() {
        return new ClockPolicy(Period.ofMonths(3), Period.ofMonths(2), Period.ofMonths(3), 60, 6);
    }

    public ClockPolicy withClarificationLapse(Period p) {
        return new ClockPolicy(feeLapse, p, identityLapse, eirChargeLapseWorkingDays, warnWhenMonthsOfHolidayDataBelow);
    }

    public ClockPolicy withIdentityLapse(Period p) {
        return new ClockPolicy(feeLapse, clarificationLapse, p, eirChargeLapseWorkingDays, warnWhenMonthsOfHolidayDataBelow);
    }
}
