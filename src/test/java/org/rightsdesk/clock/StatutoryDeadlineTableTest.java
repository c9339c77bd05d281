package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The statutory deadline table: each row of /clock/deadlines.csv names the rule and the dates, gives the source and
 * the due date and status worked out by hand from a calendar.
 */
class StatutoryDeadlineTableTest {

    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();

    @ParameterizedTest(name = "{0} [{10}]")
    @CsvFileSource(resources = "/clock/deadlines.csv", numLinesToSkip = 1, maxCharsPerColumn = 4096)
    void dueDateMatchesTheHandWorkedTable(String name, Regime regime, LocalDate received, String division,
                                          String events, String terms, String nonSession, LocalDate today,
                                          LocalDate expectedDue, ClockStatus expectedStatus, String source) {
        // given
        List<ClockEvent> log = parseEvents(events);
        LocalDate asOf = today != null ? today : log.isEmpty() ? received : log.get(log.size() - 1).on();
        ClockRequest request = new ClockRequest(regime, received, Division.fromSlug(division), parseTerms(terms),
                log, asOf, parseDays(nonSession));

        // when
        ClockResult result = CLOCK.calculate(request);

        // then
        assertThat(result.status()).as("status").isEqualTo(expectedStatus);
        assertThat(result.dueDate()).as("due date").isEqualTo(expectedDue);
        if (expectedStatus == ClockStatus.LAPSED) {
            assertThat(result.working()).last().extracting(WorkingLine::kind).isEqualTo(WorkingLine.LAPSED);
        } else {
            assertThat(result.working()).as("the working ends with the due date")
                    .last().satisfies(l -> {
                        assertThat(l.kind()).isEqualTo(WorkingLine.DUE);
                        assertThat(l.date()).isEqualTo(expectedDue);
                    });
        }
        assertThat(result.working()).extracting(WorkingLine::date).isSorted();
    }

    static List<ClockEvent> parseEvents(String text) {
        List<ClockEvent> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] typeAndRest = part.trim().split("@");
            ClockEventType type = ClockEventType.valueOf(typeAndRest[0]);
            String[] fields = typeAndRest[1].split(":");
            LocalDate on = LocalDate.parse(fields[0]);
            if (type == ClockEventType.EXTENDED) {
                out.add(ClockEvent.extended(on, ExtensionKind.valueOf(fields[1]),
                        fields.length > 2 ? Integer.valueOf(fields[2]) : null));
            } else {
                out.add(ClockEvent.of(type, on));
            }
        }
        return out;
    }

    static List<SchoolTerm> parseTerms(String text) {
        List<SchoolTerm> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String range : text.split("\\|")) {
            String[] ends = range.split("\\.\\.");
            out.add(new SchoolTerm(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
        }
        return out;
    }

    static List<LocalDate> parseDays(String text) {
        List<LocalDate> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String range : text.split("\\|")) {
            String[] ends = range.split("\\.\\.");
            LocalDate from = LocalDate.parse(ends[0]);
            LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1]) : from;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }
}
