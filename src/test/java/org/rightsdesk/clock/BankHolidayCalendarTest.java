package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank-holiday calendar: bundled GOV.UK-shaped data, administrator overrides, and refusing uncovered days. */
class BankHolidayCalendarTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Bundled file covers 2018 to 2030 in every division")
    void bundledCoverage() {
        BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
        for (Division d : Division.values()) {
            assertThat(calendar.coveredFrom(d)).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(calendar.coveredUntil(d)).isEqualTo(LocalDate.of(2030, 12, 31));
        }
    }

    @Test
    @DisplayName("Bundled one-off days: VE day 2020, jubilee 2022, state funeral 2022, coronation 2023 in all divisions")
    void bundledOneOffDays() {
        BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
        for (Division d : Division.values()) {
            assertThat(calendar.isBankHoliday(LocalDate.of(2020, 5, 8), d)).as("VE day %s", d).isTrue();
            assertThat(calendar.isBankHoliday(LocalDate.of(2020, 5, 4), d)).as("first Monday of May 2020 moved").isFalse();
            assertThat(calendar.isBankHoliday(LocalDate.of(2022, 6, 2), d)).as("spring bank holiday moved").isTrue();
            assertThat(calendar.isBankHoliday(LocalDate.of(2022, 6, 3), d)).as("Platinum Jubilee").isTrue();
            assertThat(calendar.isBankHoliday(LocalDate.of(2022, 5, 30), d)).as("last Monday of May 2022").isFalse();
            assertThat(calendar.isBankHoliday(LocalDate.of(2022, 9, 19), d)).as("state funeral").isTrue();
            assertThat(calendar.isBankHoliday(LocalDate.of(2023, 5, 8), d)).as("coronation").isTrue();
        }
    }

    @Test
    @DisplayName("Division-only days: St Andrew's (Scotland), Battle of the Boyne and St Patrick's (NI), Easter Monday not in Scotland")
    void divisionOnlyDays() {
        BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
        LocalDate standrews2025 = LocalDate.of(2025, 12, 1);
        assertThat(calendar.holidayName(standrews2025, Division.SCOTLAND)).hasValue("St Andrew's Day");
        assertThat(calendar.isBankHoliday(standrews2025, Division.ENGLAND_AND_WALES)).isFalse();
        LocalDate boyne2025 = LocalDate.of(2025, 7, 14);
        assertThat(calendar.isBankHoliday(boyne2025, Division.NORTHERN_IRELAND)).isTrue();
        assertThat(calendar.isBankHoliday(boyne2025, Division.SCOTLAND)).isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.of(2024, 3, 18), Division.NORTHERN_IRELAND)).as("St Patrick's 2024 substitute").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2025, 4, 21), Division.SCOTLAND)).as("Easter Monday").isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.of(2025, 8, 4), Division.SCOTLAND)).as("first Monday of August").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2025, 8, 4), Division.ENGLAND_AND_WALES)).isFalse();
    }

    @Test
    @DisplayName("Given an override file with a new one-off day, when merged, then the day is a bank holiday and the rest is kept")
    void overrideAddsOneOffDay(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("extra.json");
        Files.writeString(file, "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
                + "{\"title\":\"Extra bank holiday\",\"date\":\"2026-06-12\",\"notes\":\"\",\"bunting\":true}]}}");
        BankHolidayCalendar bundled = BankHolidayCalendar.bundled();
        // when
        BankHolidayCalendar merged = bundled.withOverrides(file);
        // then
        assertThat(merged.holidayName(LocalDate.of(2026, 6, 12), Division.ENGLAND_AND_WALES)).hasValue("Extra bank holiday");
        assertThat(merged.isBankHoliday(LocalDate.of(2026, 6, 12), Division.SCOTLAND)).isFalse();
        assertThat(merged.isBankHoliday(LocalDate.of(2026, 12, 25), Division.ENGLAND_AND_WALES)).isTrue();
        assertThat(bundled.isBankHoliday(LocalDate.of(2026, 6, 12), Division.ENGLAND_AND_WALES)).as("original untouched").isFalse();
    }

    @Test
    @DisplayName("Given an override for 2031, when merged, then 2031 becomes covered for that division only")
    void overrideExtendsCoverage() {
        BankHolidayCalendar merged = BankHolidayCalendar.bundled().withOverrides(json(
                "{\"scotland\":{\"division\":\"scotland\",\"events\":[{\"title\":\"New Year's Day\",\"date\":\"2031-01-01\"}]}}"));
        assertThat(merged.coveredUntil(Division.SCOTLAND)).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(merged.coveredUntil(Division.ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(merged.isBankHoliday(LocalDate.of(2031, 1, 1), Division.SCOTLAND)).isTrue();
    }

    @Test
    @DisplayName("A day outside the covered range throws, naming the division and the date")
    void outsideRangeThrows() {
        BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
        assertThatThrownBy(() -> calendar.isBankHoliday(LocalDate.of(2031, 1, 2), Division.NORTHERN_IRELAND))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("Northern Ireland").hasMessageContaining("2031-01-02")
                .hasMessageContaining("2030-12-31");
        assertThatThrownBy(() -> calendar.isBankHoliday(LocalDate.of(2017, 12, 25), Division.SCOTLAND))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("Scotland");
    }

    @Test
    @DisplayName("Months covered ahead: from 15 Jun 2030 only 6 whole months of data remain; from 2031 none")
    void monthsCoveredAhead() {
        BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
        assertThat(calendar.monthsCoveredAhead(LocalDate.of(2030, 6, 15))).isEqualTo(6);
        assertThat(calendar.monthsCoveredAhead(LocalDate.of(2029, 12, 31))).isEqualTo(12);
        assertThat(calendar.monthsCoveredAhead(LocalDate.of(2031, 2, 1))).isZero();
    }

    @Test
    @DisplayName("A whole-calendar file must name all three divisions; unknown division slugs are refused with the allowed values")
    void badFilesAreRefused() {
        assertThatThrownBy(() -> BankHolidayCalendar.fromJson(json(
                "{\"england-and-wales\":{\"events\":[{\"title\":\"x\",\"date\":\"2025-01-01\"}]}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scotland");
        assertThatThrownBy(() -> BankHolidayCalendar.bundled().withOverrides(json(
                "{\"wales\":{\"events\":[{\"title\":\"x\",\"date\":\"2025-01-01\"}]}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("england-and-wales, scotland, northern-ireland");
        assertThatThrownBy(() -> BankHolidayCalendar.bundled().withOverrides(json(
                "{\"scotland\":{\"events\":[{\"title\":\"x\",\"date\":\"1 Jan 2025\"}]}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> BankHolidayCalendar.bundled().withOverrides(json("{\"scotland\": [")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad JSON");
    }

    @Test
    @DisplayName("JSON escapes in titles are decoded (GOV.UK writes St Andrew\\u2019s Day)")
    void jsonEscapes() {
        BankHolidayCalendar merged = BankHolidayCalendar.bundled().withOverrides(json(
                "{\"scotland\":{\"events\":[{\"title\":\"St Andrew\\u2019s Day \\\"sub\\\"\",\"date\":\"2025-12-01\"}]}}"));
        assertThat(merged.holidayName(LocalDate.of(2025, 12, 1), Division.SCOTLAND)).hasValue("St Andrew\u2019s Day \"sub\"");
    }

    @Test
    @DisplayName("Division slugs round-trip")
    void divisionSlugs() {
        for (Division d : Division.values()) {
            assertThat(Division.fromSlug(d.slug())).isSameAs(d);
        }
        assertThat(Division.NORTHERN_IRELAND.slug()).isEqualTo("northern-ireland");
    }
}
