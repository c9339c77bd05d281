package org.rightsdesk.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything the clock needs. Pure data: the same request always gives the same result.
 *
 * @param receivedOn     the UK local date the request (or review request / representations) arrived; see
 *                       {@link #ukDateOf(Instant)}
 * @param schoolTerms    FOI_SCHOOL only: the school's terms (inclusive)
 * @param events         the case's clock event log, oldest first
 * @param today          the date the result is computed for (status, paused projection, lapses)
 * @param nonSessionDays FOI_SCHOOL only: weekdays inside a term with no session (INSET days, closures)
 */
public record ClockRequest(Regime regime, LocalDate receivedOn, Division division, List<SchoolTerm> schoolTerms,
                           List<ClockEvent> events, LocalDate today, List<LocalDate> nonSessionDays) {

    /** The UK time zone used to turn an arrival instant into a date of receipt. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public ClockRequest {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(today, "today");
        schoolTerms = schoolTerms == null ? List.of() : List.copyOf(schoolTerms);
        events = events == null ? List.of() : List.copyOf(events);
        nonSessionDays = nonSessionDays == null ? List.of() : List.copyOf(nonSessionDays);
    }

    /** The six-part form (no non-session days). */
    public ClockRequest(Regime regime, LocalDate receivedOn, Division division, List<SchoolTerm> schoolTerms,
                        List<ClockEvent> events, LocalDate today) {
        this(regime, receivedOn, division, schoolTerms, events, today, List.of());
    }

    /** The Europe/London calendar date of an instant (an email at 23:30 UTC on 31 May arrives on 1 June in BST). */
    public static LocalDate ukDateOf(Instant instant) {
        return instant.atZone(UK).toLocalDate();
    }

    public static Builder builder(Regime regime, LocalDate receivedOn, Division division) {
        return new Builder(regime, receivedOn, division);
    }

    /** Builder; {@code today} defaults to the later of the date of receipt and the last event's date. */
    public static final class Builder {
        private final Regime regime;
        private final LocalDate receivedOn;
        private final Division division;
        private final List<SchoolTerm> terms = new ArrayList<>();
        private final List<ClockEvent> events = new ArrayList<>();
        private final List<LocalDate> nonSessionDays = new ArrayList<>();
        private LocalDate today;

        private Builder(Regime regime, LocalDate receivedOn, Division division) {
            this.regime = regime;
            this.receivedOn = receivedOn;
            this.division = division;
        }

        public Builder term(LocalDate start, LocalDate end) {
            terms.add(new SchoolTerm(start, end));
            return this;
        }

        public Builder terms(List<SchoolTerm> more) {
            terms.addAll(more);
            return this;
        }

        public Builder nonSessionDay(LocalDate... days) {
            nonSessionDays.addAll(Arrays.asList(days));
            return this;
        }

        public Builder event(ClockEventType type, LocalDate on) {
            events.add(ClockEvent.of(type, on));
            return this;
        }

        public Builder extended(LocalDate on, ExtensionKind kind, Integer days) {
            events.add(ClockEvent.extended(on, kind, days));
            return this;
        }

        public Builder events(List<ClockEvent> more) {
            events.addAll(more);
            return this;
        }

        public Builder today(LocalDate day) {
            this.today = day;
            return this;
        }

        public ClockRequest build() {
            LocalDate asOf = today;
            if (asOf == null) {
                asOf = receivedOn;
                for (ClockEvent e : events) {
                    if (e != null && e.on().isAfter(asOf)) {
                        asOf = e.on();
                    }
                }
            }
            return new ClockRequest(regime, receivedOn, division, terms, events, asOf, nonSessionDays);
        }
    }
}
