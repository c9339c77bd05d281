package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the clock over random receipts (2018-2029), divisions, school calendars and event logs. */
class DeadlineProperties {
    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2029, 12, 31);

    @Provide
    Arbitrary<LocalDate> receipts() {
        return Arbitraries.integers().between(0, (int) ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<Regime> workingDayRegimes() {
        return Arbitraries.of(Regime.FOI, Regime.FOI_SCHOOL, Regime.EIR, Regime.FOI_INTERNAL_REVIEW, Regime.EIR_RECONSIDERATION);
    }

    @Provide
    Arbitrary<Regime> pausableRegimes() {
        return Arbitraries.of(Regime.SAR, Regime.SAR_DPA1998, Regime.FOI, Regime.FOI_SCHOOL, Regime.EIR);
    }

    @Provide
    Arbitrary<Regime> extendableRegimes() {
        return Arbitraries.of(Regime.SAR, Regime.FOI, Regime.FOI_SCHOOL, Regime.EIR, Regime.FOI_INTERNAL_REVIEW);
    }

    /** Term lengths and gaps, turned into terms around the receipt by {@link #terms}. */
    @Provide
    Arbitrary<List<int[]>> termShapes() {
        Arbitrary<int[]> pair = Combinators.combine(Arbitraries.integers().between(20, 70), Arbitraries.integers().between(3, 45))
                .as((len, gap) -> new int[] {len, gap});
        return pair.list().ofSize(14);
    }

    static List<SchoolTerm> terms(LocalDate receipt, List<int[]> shapes) {
        List<SchoolTerm> out = new ArrayList<>();
        LocalDate start = receipt.minusDays(30);
        for (int[] s : shapes) {
            LocalDate end = start.plusDays(s[0]);
            out.add(new SchoolTerm(start, end));
            start = end.plusDays(s[1] + 1L);
        }
        return out;
    }

    private static ClockResult calc(Regime regime, LocalDate receipt, Division division, List<SchoolTerm> terms,
                                    List<ClockEvent> events, LocalDate today) {
        return CLOCK.calculate(new ClockRequest(regime, receipt, division, regime == Regime.FOI_SCHOOL ? terms : List.of(),
                events, today));
    }

    @Property(tries = 400)
    @Label("Working-day regimes never return a non-working day, and the working ends with one DUE line on it")
    void dueIsAWorkingDay(@ForAll("workingDayRegimes") Regime regime, @ForAll("receipts") LocalDate receipt,
                          @ForAll Division division, @ForAll("termShapes") List<int[]> shapes) {
        ClockResult r = calc(regime, receipt, division, terms(receipt, shapes), List.of(), receipt);
        assertThat(CLOCK.isWorkingDay(r.dueDate(), regime, division)).as("due %s", r.dueDate()).isTrue();
        assertThat(r.dueDate()).isAfter(receipt);
        assertThat(r.working()).filteredOn(l -> l.kind().equals(WorkingLine.DUE)).singleElement()
                .extracting(WorkingLine::date).isEqualTo(r.dueDate());
    }

    @Property(tries = 300)
    @Label("A SAR is never due on a non-working day of the body's division")
    void sarDueIsAWorkingDayOfTheDivision(@ForAll("receipts") LocalDate receipt, @ForAll Division division) {
        ClockResult r = calc(Regime.SAR, receipt, division, List.of(), List.of(), receipt);
        assertThat(CLOCK.isWorkingDay(r.dueDate(), Regime.SAR, division)).isTrue();
    }

    @Property(tries = 400)
    @Label("Adding a pause (identity, fee or clarification, answered or still open) never makes the deadline earlier")
    void pauseNeverEarlier(@ForAll("pausableRegimes") Regime regime, @ForAll("receipts") LocalDate receipt,
                           @ForAll Division division, @ForAll("termShapes") List<int[]> shapes,
                           @ForAll @IntRange(min = 0, max = 40) int startsAfter, @ForAll @IntRange(min = 0, max = 50) int lasts,
                           @ForAll @IntRange(min = 0, max = 2) int which, @ForAll boolean answered) {
        List<SchoolTerm> terms = terms(receipt, shapes);
        ClockEventType opener = which == 0 && (regime == Regime.SAR || regime == Regime.SAR_DPA1998)
                ? ClockEventType.IDENTITY_REQUESTED : which == 1 ? ClockEventType.FEE_NOTICE_ISSUED
                : ClockEventType.CLARIFICATION_REQUESTED;
        LocalDate opened = receipt.plusDays(startsAfter);
        LocalDate closed = opened.plusDays(lasts);
        List<ClockEvent> events = new ArrayList<>(List.of(ClockEvent.of(opener, opened)));
        if (answered) {
            events.add(ClockEvent.of(Calculation.closerOf(opener), closed));
        }
        ClockResult without = calc(regime, receipt, division, terms, List.of(), closed);
        ClockResult with = calc(regime, receipt, division, terms, events, closed);
        assertThat(with.status()).isNotEqualTo(ClockStatus.LAPSED);
        assertThat(with.dueDate()).as("with %s", events).isAfterOrEqualTo(without.dueDate());
        assertThat(with.status()).isEqualTo(answered || with.dueDate().equals(without.dueDate()) && opened.isAfter(without.dueDate())
                ? ClockStatus.RUNNING : ClockStatus.PAUSED);
    }

    @Property(tries = 400)
    @Label("An extension never makes the deadline earlier")
    void extensionNeverEarlier(@ForAll("extendableRegimes") Regime regime, @ForAll("receipts") LocalDate receipt,
                               @ForAll Division division, @ForAll("termShapes") List<int[]> shapes,
                               @ForAll @IntRange(min = 0, max = 45) int notifiedAfter, @ForAll @IntRange(min = 1, max = 20) int days) {
        List<SchoolTerm> terms = terms(receipt, shapes);
        ExtensionKind kind = regime == Regime.FOI || regime == Regime.FOI_SCHOOL ? ExtensionKind.PUBLIC_INTEREST : ExtensionKind.COMPLEX;
        LocalDate on = receipt.plusDays(notifiedAfter);
        ClockResult without = calc(regime, receipt, division, terms, List.of(), on);
        ClockResult with = calc(regime, receipt, division, terms,
                List.of(ClockEvent.extended(on, kind, regime.fixedExtension() ? null : days)), on);
        assertThat(with.dueDate()).isAfterOrEqualTo(without.dueDate());
        if (!on.isAfter(without.dueDate())) {
            assertThat(with.dueDate()).as("an extension notified in time moves the date").isAfter(without.dueDate());
        }
    }

    @Property(tries = 400)
    @Label("School FOI: due no later than the 60th and no earlier than the 20th working day after receipt")
    void schoolDueWithinTwentyAndSixtyWorkingDays(@ForAll("receipts") LocalDate receipt, @ForAll("termShapes") List<int[]> shapes) {
        ClockResult r = calc(Regime.FOI_SCHOOL, receipt, Division.ENGLAND_AND_WALES, terms(receipt, shapes), List.of(), receipt);
        assertThat(r.dueDate())
                .isBeforeOrEqualTo(CLOCK.addWorkingDays(receipt, 60, Regime.FOI, Division.ENGLAND_AND_WALES))
                .isAfterOrEqualTo(CLOCK.addWorkingDays(receipt, 20, Regime.FOI, Division.ENGLAND_AND_WALES));
    }

    @Property(tries = 400)
    @Label("SAR: due at least 28 days after receipt and within a calendar month plus a holiday roll")
    void sarDueAtLeast28Days(@ForAll("receipts") LocalDate receipt, @ForAll Division division) {
        ClockResult r = calc(Regime.SAR, receipt, division, List.of(), List.of(), receipt);
        long days = ChronoUnit.DAYS.between(receipt, r.dueDate());
        assertThat(days).isBetween(28L, 31L + 6L);
    }

    @Property(tries = 200)
    @Label("The clock is a pure function: the same request gives the same result")
    void pure(@ForAll("pausableRegimes") Regime regime, @ForAll("receipts") LocalDate receipt, @ForAll Division division,
              @ForAll("termShapes") List<int[]> shapes, @ForAll @IntRange(min = 0, max = 30) int feeAfter) {
        List<ClockEvent> events = List.of(ClockEvent.of(ClockEventType.FEE_NOTICE_ISSUED, receipt.plusDays(feeAfter)));
        LocalDate today = receipt.plusDays(feeAfter + 3L);
        assertThat(calc(regime, receipt, division, terms(receipt, shapes), events, today))
                .isEqualTo(calc(regime, receipt, division, terms(receipt, shapes), events, today));
    }
}
