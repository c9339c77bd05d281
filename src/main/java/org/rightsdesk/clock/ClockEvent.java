package org.rightsdesk.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's clock event log.
 *
 * @param type what happened
 * @param on   the UK local date it happened (for a closer, the day the identity evidence, fee or clarification arrived)
 * @param kind only for {@link ClockEventType#EXTENDED}
 * @param days only for {@link ClockEventType#EXTENDED}: further working days where the body chooses the length
 *             (FOI public interest, at most 20 in total; internal review, at most 20 more so 40 in total). Ignored, with
 *             a warning, where the law fixes the extension (SAR: two further months; EIR: 40 working days).
 */
public record ClockEvent(ClockEventType type, LocalDate on, ExtensionKind kind, Integer days) {

    public ClockEvent {
        Objects.requireNonNull(type, "event type");
        Objects.requireNonNull(on, "event date");
        if (type != ClockEventType.EXTENDED && (kind != null || days != null)) {
            throw new IllegalArgumentException(type + " on " + on + ": kind and days belong only to EXTENDED events");
        }
        if (type == ClockEventType.EXTENDED && kind == null) {
            throw new IllegalArgumentException("EXTENDED on " + on + ": say why (COMPLEX or PUBLIC_INTEREST)");
        }
        if (days != null && days <= 0) {
            throw new IllegalArgumentException("EXTENDED on " + on + ": days must be positive, was " + days);
        }
    }

    public static ClockEvent of(ClockEventType type, LocalDate on) {
        return new ClockEvent(type, on, null, null);
    }

    public static ClockEvent extended(LocalDate on, ExtensionKind kind, Integer days) {
        return new ClockEvent(ClockEventType.EXTENDED, on, kind, days);
    }
}
