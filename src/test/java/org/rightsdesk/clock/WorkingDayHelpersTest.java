package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Helpers the engine's timers call: working-day tests and arithmetic, review deadlines, the UK date of receipt. */
class WorkingDayHelpersTest {
    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();
    private static final LocalDate STANDREWS_2025 = LocalDate.of(2025, 12, 1);

    @Test
    @DisplayName("St Andrew's Day 1 Dec 2025 is not an FOI working day anywhere, but is a SAR working day in England and Wales")
    void standrewsByRegime() {
        assertThat(CLOCK.isWorkingDay(STANDREWS_2025, Regime.FOI, Division.ENGLAND_AND_WALES)).isFalse();
        assertThat(CLOCK.isWorkingDay(STANDREWS_2025, Regime.EIR, Division.NORTHERN_IRELAND)).isFalse();
        assertThat(CLOCK.isWorkingDay(STANDREWS_2025, Regime.SAR, Division.ENGLAND_AND_WALES)).isTrue();
        assertThat(CLOCK.isWorkingDay(STANDREWS_2025, Regime.SAR, Division.SCOTLAND)).isFalse();
    }

    @Test
    @DisplayName("Easter Monday 21 Apr 2025 is a SAR working day in Scotland only; Good Friday never is")
    void easterByDivision() {
        assertThat(CLOCK.isWorkingDay(LocalDate.of(2025, 4, 21), Regime.SAR, Division.SCOTLAND)).isTrue();
        assertThat(CLOCK.isWorkingDay(LocalDate.of(2025, 4, 21), Regime.SAR, Division.NORTHERN_IRELAND)).isFalse();
        for (Division d : Division.values()) {
            assertThat(CLOCK.isWorkingDay(LocalDate.of(2025, 4, 18), Regime.SAR, d)).isFalse();
        }
    }

    @Test
    @DisplayName("20 FOI working days after 17 Nov 2025 is 16 Dec 2025; 0 working days is the day itself")
    void addWorkingDays() {
        assertThat(CLOCK.addWorkingDays(LocalDate.of(2025, 11, 17), 20, Regime.FOI, Division.ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(CLOCK.addWorkingDays(LocalDate.of(2025, 11, 17), 0, Regime.FOI, Division.ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    @DisplayName("Reminder 5 working days before 29 Oct 2025 is 22 Oct; 1 before 2 Dec 2025 is 28 Nov for FOI but 1 Dec for an English SAR")
    void workingDaysBefore() {
        assertThat(CLOCK.workingDaysBefore(LocalDate.of(2025, 10, 29), 5, Regime.FOI, Division.ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2025, 10, 22));
        assertThat(CLOCK.workingDaysBefore(LocalDate.of(2025, 12, 2), 1, Regime.FOI, Division.ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(CLOCK.workingDaysBefore(LocalDate.of(2025, 12, 2), 1, Regime.SAR, Division.ENGLAND_AND_WALES))
                .isEqualTo(STANDREWS_2025);
        assertThatThrownBy(() -> CLOCK.workingDaysBefore(LocalDate.of(2025, 12, 2), -1, Regime.SAR, Division.ENGLAND_AND_WALES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Internal review may be asked for until the 40th working day after a response sent 1 Oct 2025: 26 Nov 2025")
    void reviewRequestDeadline() {
        assertThat(CLOCK.reviewRequestDeadline(Regime.FOI, LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(CLOCK.reviewRequestDeadline(Regime.EIR, LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(CLOCK.reviewRequestDeadline(Regime.FOI_SCHOOL, LocalDate.of(2025, 11, 17))).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThatThrownBy(() -> CLOCK.reviewRequestDeadline(Regime.SAR, LocalDate.of(2025, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Information Commissioner");
    }

    @Test
    @DisplayName("An email at 23:30 UTC on 31 May 2025 arrives on 1 June in the UK (BST); at 23:30 UTC on 31 Dec it is still 31 Dec (GMT)")
    void ukDateOfReceipt() {
        assertThat(ClockRequest.ukDateOf(Instant.parse("2025-05-31T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(ClockRequest.ukDateOf(Instant.parse("2025-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("Easter Sunday computed for 2018-2030 matches the published dates")
    void easterDates() {
        assertThat(WorkingDays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
    }
}
