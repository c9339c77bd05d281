package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A deadline that needs a day no calendar covers is an error, never a silently wrong date. */
class CalendarCoverageTest {
    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();

    @Test
    @DisplayName("FOI received 10 Dec 2030 needs January 2031, which has no bank-holiday data: error naming the date")
    void foiBeyondBankHolidayData() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2030, 12, 10), Division.ENGLAND_AND_WALES).build()))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("2031-01-01");
    }

    @Test
    @DisplayName("SAR received 15 Dec 2030 is due in January 2031: error rather than guessing")
    void sarBeyondBankHolidayData() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.SAR, LocalDate.of(2030, 12, 15), Division.SCOTLAND).build()))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("Scotland");
    }

    @Test
    @DisplayName("Given an override for 2031, the FOI received 10 Dec 2030 can be computed")
    void overrideMakesItComputable() {
        String year2031 = "{\"england-and-wales\":{\"events\":[{\"title\":\"New Year's Day\",\"date\":\"2031-01-01\"}]},"
                + "\"scotland\":{\"events\":[{\"title\":\"New Year's Day\",\"date\":\"2031-01-01\"},{\"title\":\"2nd January\",\"date\":\"2031-01-02\"}]},"
                + "\"northern-ireland\":{\"events\":[{\"title\":\"New Year's Day\",\"date\":\"2031-01-01\"}]}}";
        StatutoryClock clock = new StatutoryClock(BankHolidayCalendar.bundled().withOverrides(
                new java.io.ByteArrayInputStream(year2031.getBytes(java.nio.charset.StandardCharsets.UTF_8))), ClockPolicy.defaults());
        ClockResult r = clock.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2030, 12, 10), Division.ENGLAND_AND_WALES).build());
        // 11-13 Dec (3), 16-20 (8), 23 24 (10), 25 26 skip, 27 (11), 30 31 (13), 1 2 Jan skip, 3 (14), 6-10 (19), 13 (20)
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2031, 1, 13));
    }

    @Test
    @DisplayName("School FOI whose terms end 24 Oct 2025 cannot count past them: error asking for the next term")
    void schoolTermsRunOut() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.FOI_SCHOOL, LocalDate.of(2025, 10, 13), Division.ENGLAND_AND_WALES)
                .term(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)).build()))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("Add the next term");
    }

    @Test
    @DisplayName("Overlapping school terms are refused")
    void overlappingTerms() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.FOI_SCHOOL, LocalDate.of(2025, 10, 13), Division.ENGLAND_AND_WALES)
                .term(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)).term(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 19)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    @DisplayName("When today is 1 Aug 2030 only 5 months of bank-holiday data remain: the result warns")
    void warnsWhenDataRunsShort() {
        ClockResult r = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2030, 8, 1), Division.ENGLAND_AND_WALES).build());
        assertThat(r.warnings()).anyMatch(w -> w.contains("only 5 more month(s)"));
        ClockResult early = CLOCK.calculate(ClockRequest.builder(Regime.FOI, LocalDate.of(2025, 8, 1), Division.ENGLAND_AND_WALES).build());
        assertThat(early.warnings()).noneMatch(w -> w.contains("Bank-holiday data"));
    }
}
