package org.rightsdesk.clock.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.rightsdesk.clock.BankHolidayCalendar;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.clock.Division;
import org.rightsdesk.clock.StatutoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns before the bank-holiday data runs out: past its last year every count would fail, so an
 * administrator needs months of notice to load the next GOV.UK file (ClockPolicy).
 */
@Component
class HolidayDataCoverage {

  private static final Logger log = LoggerFactory.getLogger(HolidayDataCoverage.class);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final StatutoryClock clock;
  private final Clock time;

  HolidayDataCoverage(StatutoryClock clock, Clock time) {
    this.clock = clock;
    this.time = time;
  }

  /** A warning for staff when the data covers fewer months ahead than the policy asks, else empty. */
  Optional<String> warning() {
    BankHolidayCalendar calendar = clock.calendar();
    long ahead = calendar.monthsCoveredAhead(LocalDate.ofInstant(time.instant(), ClockRequest.UK));
    int wanted = clock.policy().warnWhenMonthsOfHolidayDataBelow();
    if (ahead >= wanted) {
      return Optional.empty();
    }
    LocalDate until = Arrays.stream(Division.values())
        .map(calendar::coveredUntil)
        .min(Comparator.naturalOrder())
        .orElseThrow();
    return Optional.of("Bank-holiday data runs out on " + DATE.format(until) + ", " + ahead
        + " whole month(s) from today (fewer than " + wanted + "). Deadlines after that date cannot be"
        + " calculated: set rightsdesk.clock.bank-holidays-file to the GOV.UK bank-holidays file for the next years.");
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnAtStartUp() {
    warning().ifPresent(log::warn);
  }
}
