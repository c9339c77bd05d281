package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The working a caseworker reads: every day counted or skipped with its reason, and each event's effect. */
class WorkingExplanationTest {
    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();

    private static WorkingLine lineOn(ClockResult r, LocalDate day, String kind) {
        return r.working().stream().filter(l -> l.date().equals(day) && l.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line on " + day + " in " + r.working()));
    }

    @Test
    @DisplayName("FOI received 17 Nov 2025: St Andrew's Day 1 Dec is skipped as a Scottish bank holiday under s10(6)")
    void standrewsExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 11, 17), Division.ENGLAND_AND_WALES).build());
        assertThat(lineOn(r, LocalDate.of(2025, 12, 1), WorkingLine.SKIPPED).explanation())
                .isEqualTo("St Andrew's Day (bank holiday in Scotland — counts as non-working under FOIA s10(6))");
    }

    @Test
    @DisplayName("FOI received 1 Apr 2025: every day from receipt to 1 May has one line; Easter days explained; day 20 of 20")
    void everyDayHasALine() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 4, 1), Division.ENGLAND_AND_WALES).build());
        assertThat(r.working()).extracting(WorkingLine::date)
                .containsExactlyElementsOf(LocalDate.of(2025, 4, 1).datesUntil(LocalDate.of(2025, 5, 2)).toList());
        assertThat(lineOn(r, LocalDate.of(2025, 4, 1), WorkingLine.START).dayNumber()).isZero();
        assertThat(lineOn(r, LocalDate.of(2025, 4, 18), WorkingLine.SKIPPED).explanation()).isEqualTo("Good Friday");
        assertThat(lineOn(r, LocalDate.of(2025, 4, 21), WorkingLine.SKIPPED).explanation())
                .isEqualTo("Easter Monday (bank holiday, England and Wales)");
        assertThat(lineOn(r, LocalDate.of(2025, 4, 19), WorkingLine.SKIPPED).explanation()).isEqualTo("Saturday");
        WorkingLine due = lineOn(r, LocalDate.of(2025, 5, 1), WorkingLine.DUE);
        assertThat(due.dayNumber()).isEqualTo(20);
        assertThat(due.explanation()).startsWith("day 20 of 20");
        assertThat(r.working()).filteredOn(l -> l.kind().equals(WorkingLine.COUNTED)).hasSize(19);
    }

    @Test
    @DisplayName("FOI fees notice 10 Oct 2025 unpaid on 15 Oct: paused days say so and the assumption is stated")
    void feePauseExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 10, 1), Division.ENGLAND_AND_WALES)
                .event(ClockEventType.FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 10)).today(LocalDate.of(2025, 10, 15)).build());
        assertThat(r.status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(lineOn(r, LocalDate.of(2025, 10, 13), WorkingLine.PAUSED).explanation())
                .isEqualTo("clock paused: fees notice issued 10 October 2025, fee not yet paid (FOIA s10(2))");
        assertThat(lineOn(r, LocalDate.of(2025, 10, 10), WorkingLine.EVENT).explanation()).contains("disregarded");
        assertThat(lineOn(r, LocalDate.of(2025, 10, 15), WorkingLine.EVENT).explanation()).contains("assume it arrives today");
    }

    @Test
    @DisplayName("School FOI received 20 Oct 2025: half-term weekdays are skipped as not school days but count towards 60")
    void halfTermExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI_SCHOOL, LocalDate.of(2025, 10, 20), Division.ENGLAND_AND_WALES)
                .term(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)).term(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19)).build());
        assertThat(lineOn(r, LocalDate.of(2025, 10, 27), WorkingLine.SKIPPED).explanation())
                .isEqualTo("not a school day: half term (working day 5 of 60)");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    @DisplayName("School FOI closed all September 2025: the due line says the 60th working day came first")
    void sixtiethWorkingDayExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI_SCHOOL, LocalDate.of(2025, 7, 22), Division.ENGLAND_AND_WALES)
                .term(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 22)).term(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24))
                .nonSessionDay(LocalDate.of(2025, 9, 3).datesUntil(LocalDate.of(2025, 10, 1)).toArray(LocalDate[]::new)).build());
        WorkingLine due = lineOn(r, LocalDate.of(2025, 10, 16), WorkingLine.DUE);
        assertThat(due.explanation()).contains("60th working day, before the 20th school day").contains("school day 12 of 20");
        assertThat(lineOn(r, LocalDate.of(2025, 9, 10), WorkingLine.SKIPPED).explanation()).startsWith("not a school day: no session");
        assertThat(lineOn(r, LocalDate.of(2025, 8, 20), WorkingLine.SKIPPED).explanation()).startsWith("not a school day: school holiday");
    }

    @Test
    @DisplayName("SAR in Scotland received 1 Nov 2025: 1 Dec St Andrew's Day rolls to 2 Dec with the reason")
    void sarRollExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.SAR, LocalDate.of(2025, 11, 1), Division.SCOTLAND).build());
        assertThat(lineOn(r, LocalDate.of(2025, 12, 1), WorkingLine.SKIPPED).explanation())
                .startsWith("St Andrew's Day (bank holiday, Scotland)").contains("next working day");
        assertThat(lineOn(r, LocalDate.of(2025, 12, 1), WorkingLine.COUNTED).explanation()).contains("corresponding date");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    @DisplayName("SAR 31 Jan 2025: the working says February has no day 31")
    void sarMonthEndExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.SAR, LocalDate.of(2025, 1, 31), Division.ENGLAND_AND_WALES).build());
        assertThat(lineOn(r, LocalDate.of(2025, 2, 28), WorkingLine.COUNTED).explanation()).contains("February has no day 31");
    }

    @Test
    @DisplayName("SAR clarification 10-14 Mar 2025: five stopped days are listed and added")
    void sarStopExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.SAR, LocalDate.of(2025, 3, 3), Division.ENGLAND_AND_WALES)
                .event(ClockEventType.CLARIFICATION_REQUESTED, LocalDate.of(2025, 3, 10))
                .event(ClockEventType.CLARIFICATION_RECEIVED, LocalDate.of(2025, 3, 14)).build());
        assertThat(r.working()).filteredOn(l -> l.kind().equals(WorkingLine.PAUSED)).hasSize(5);
        assertThat(lineOn(r, LocalDate.of(2025, 4, 8), WorkingLine.COUNTED).explanation()).contains("plus 5 days");
    }

    @Test
    @DisplayName("Lapsed FOI fee: the last line says why and when, and nothing after the lapse is shown")
    void lapseExplained() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 10, 1), Division.ENGLAND_AND_WALES)
                .event(ClockEventType.FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 10)).today(LocalDate.of(2026, 1, 12)).build());
        List<WorkingLine> lines = r.working();
        WorkingLine last = lines.get(lines.size() - 1);
        assertThat(last.kind()).isEqualTo(WorkingLine.LAPSED);
        assertThat(last.date()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(last.explanation()).contains("9 January 2026").contains("FOIA s9(2)");
        assertThat(r.dueDate()).isNull();
    }

    @Test
    @DisplayName("Late FOI extension (30 Oct 2025, after the 29 Oct limit) gives a warning and no change")
    void lateExtensionWarned() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 10, 1), Division.ENGLAND_AND_WALES)
                .extended(LocalDate.of(2025, 10, 30), ExtensionKind.PUBLIC_INTEREST, 20).build());
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(r.warnings()).anyMatch(w -> w.contains("not applied"));
    }

    @Test
    @DisplayName("EIR extension days are ignored with a warning: reg 7(1) fixes 40 working days")
    void eirDaysIgnoredWarned() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.EIR, LocalDate.of(2025, 10, 1), Division.ENGLAND_AND_WALES)
                .extended(LocalDate.of(2025, 10, 15), ExtensionKind.COMPLEX, 5).build());
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(r.warnings()).anyMatch(w -> w.contains("ignored") && w.contains("reg 7(1)"));
    }

    @Test
    @DisplayName("DPA 1998 policy due on Saturday 12 Apr 2025 is not moved but warned about")
    void dpa1998WeekendWarned() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.SAR_DPA1998, LocalDate.of(2025, 3, 3), Division.ENGLAND_AND_WALES).build());
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(r.warnings()).anyMatch(w -> w.contains("Saturday 12 April 2025") && w.contains("not moved"));
    }

    @Test
    @DisplayName("Every event in the log has an EVENT line on its date")
    void everyEventHasALine() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 10, 1), Division.ENGLAND_AND_WALES)
                .event(ClockEventType.CLARIFICATION_REQUESTED, LocalDate.of(2025, 10, 2))
                .event(ClockEventType.CLARIFICATION_RECEIVED, LocalDate.of(2025, 10, 6))
                .event(ClockEventType.FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 8))
                .event(ClockEventType.FEE_PAID, LocalDate.of(2025, 10, 10))
                .extended(LocalDate.of(2025, 10, 20), ExtensionKind.PUBLIC_INTEREST, 5).build());
        assertThat(r.working()).filteredOn(l -> l.kind().equals(WorkingLine.EVENT)).extracting(WorkingLine::date)
                .containsExactly(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 8),
                        LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 20));
        assertThat(lineOn(r, LocalDate.of(2025, 10, 6), WorkingLine.START).explanation()).contains("new date of receipt");
    }
}
