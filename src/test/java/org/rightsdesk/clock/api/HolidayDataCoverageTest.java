package org.rightsdesk.clock.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rightsdesk.clock.StatutoryClock;

/** The warning before the bundled bank-holiday data (to the end of 2030) runs out; the policy asks for 6 months. */
class HolidayDataCoverageTest {

  static HolidayDataCoverage on(String instant) {
    return new HolidayDataCoverage(StatutoryClock.withDefaults(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void given_data_to_the_end_of_2030_when_today_is_1_September_2030_then_staff_are_warned_with_the_last_day() {
    assertThat(on("2030-09-01T09:00:00Z").warning())
        .hasValueSatisfying(w -> assertThat(w).startsWith("Bank-holiday data runs out on 31 December 2030, 4 whole"));
  }

  @Test
  void given_data_to_the_end_of_2030_when_today_is_30_June_2030_then_six_months_remain_and_there_is_no_warning() {
    assertThat(on("2030-06-30T12:00:00Z").warning()).isEmpty();
  }

  @Test
  void given_data_to_the_end_of_2030_when_today_is_2_July_2030_then_fewer_than_six_months_remain_and_staff_are_warned() {
    assertThat(on("2030-07-02T12:00:00Z").warning()).isPresent();
  }
}
