package org.rightsdesk.clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightsdesk.clock.ClockEventType.CLARIFICATION_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.FEE_NOTICE_ISSUED;
import static org.rightsdesk.clock.ClockEventType.FEE_PAID;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_VERIFIED;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Event logs that cannot happen are refused with a clear message, never turned into a date. */
class ImpossibleEventLogTest {
    private static final StatutoryClock CLOCK = StatutoryClock.withDefaults();
    private static final LocalDate RECEIVED = LocalDate.of(2025, 10, 1);

    private static ClockRequest.Builder foi() {
        return ClockRequest.builder(Regime.FOI, RECEIVED, Division.ENGLAND_AND_WALES).today(LocalDate.of(2025, 12, 1));
    }

    @Test
    @DisplayName("FEE_PAID on 10 Oct 2025 without a fees notice is refused")
    void feePaidWithoutNotice() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(FEE_PAID, LocalDate.of(2025, 10, 10)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without an earlier FEE_NOTICE_ISSUED");
    }

    @Test
    @DisplayName("An event dated 30 Sep 2025, before receipt on 1 Oct, is refused")
    void eventBeforeReceipt() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(FEE_NOTICE_ISSUED, LocalDate.of(2025, 9, 30)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the request was received");
    }

    @Test
    @DisplayName("Events out of date order are refused")
    void outOfOrder() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 10))
                .event(CLARIFICATION_REQUESTED, LocalDate.of(2025, 10, 5)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }

    @Test
    @DisplayName("An event dated after today is refused")
    void eventAfterToday() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(FEE_NOTICE_ISSUED, LocalDate.of(2025, 12, 2)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after today");
    }

    @Test
    @DisplayName("A second fees notice while the first is unpaid is refused")
    void doubleOpener() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 2))
                .event(FEE_NOTICE_ISSUED, LocalDate.of(2025, 10, 3)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has not been answered");
    }

    @Test
    @DisplayName("FOI public interest extension of 21 working days exceeds the ICO/s45 Code maximum of 20")
    void publicInterestOver20() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().extended(LocalDate.of(2025, 10, 20), ExtensionKind.PUBLIC_INTEREST, 21).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 20");
    }

    @Test
    @DisplayName("FOI public interest extensions 15 + 10 working days exceed 20 in total")
    void publicInterestCumulativeOver20() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().extended(LocalDate.of(2025, 10, 20), ExtensionKind.PUBLIC_INTEREST, 15)
                .extended(LocalDate.of(2025, 10, 22), ExtensionKind.PUBLIC_INTEREST, 10).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total 25");
    }

    @Test
    @DisplayName("FOI extension without a number of days, or for COMPLEX, is refused")
    void publicInterestNeedsDaysAndKind() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().extended(LocalDate.of(2025, 10, 20), ExtensionKind.PUBLIC_INTEREST, null).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("how many working days");
        assertThatThrownBy(() -> CLOCK.calculate(foi().extended(LocalDate.of(2025, 10, 20), ExtensionKind.COMPLEX, 10).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be extended for COMPLEX");
    }

    @Test
    @DisplayName("Internal review extended beyond 40 working days in all is refused (s45 Code)")
    void internalReviewOver40() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.FOI_INTERNAL_REVIEW, RECEIVED, Division.ENGLAND_AND_WALES)
                .extended(LocalDate.of(2025, 10, 20), ExtensionKind.COMPLEX, 21).today(LocalDate.of(2025, 10, 20)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40 working days in all");
    }

    @Test
    @DisplayName("EIR reconsideration (reg 11) cannot be extended")
    void reconsiderationCannotBeExtended() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.EIR_RECONSIDERATION, RECEIVED, Division.ENGLAND_AND_WALES)
                .extended(LocalDate.of(2025, 10, 20), ExtensionKind.COMPLEX, null).today(LocalDate.of(2025, 10, 20)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such event");
    }

    @Test
    @DisplayName("A SAR cannot be extended twice")
    void sarExtendedTwice() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.SAR, RECEIVED, Division.ENGLAND_AND_WALES)
                .extended(LocalDate.of(2025, 10, 10), ExtensionKind.COMPLEX, null)
                .extended(LocalDate.of(2025, 10, 11), ExtensionKind.COMPLEX, null).today(LocalDate.of(2025, 10, 11)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already been extended");
    }

    @Test
    @DisplayName("Identity checks are not part of FOI: IDENTITY_REQUESTED on an FOI clock is refused")
    void identityOnFoi() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().event(IDENTITY_REQUESTED, LocalDate.of(2025, 10, 2)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOI clock has no such event");
    }

    @Test
    @DisplayName("IDENTITY_VERIFIED without a request is refused")
    void identityVerifiedWithoutRequest() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.SAR, RECEIVED, Division.SCOTLAND)
                .event(IDENTITY_VERIFIED, LocalDate.of(2025, 10, 2)).today(LocalDate.of(2025, 10, 2)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without an earlier IDENTITY_REQUESTED");
    }

    @Test
    @DisplayName("FOI clarification sought after an extension is refused (s1(3) comes first)")
    void clarificationAfterExtension() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().extended(LocalDate.of(2025, 10, 20), ExtensionKind.PUBLIC_INTEREST, 5)
                .event(CLARIFICATION_REQUESTED, LocalDate.of(2025, 10, 21)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the time limit is extended");
    }

    @Test
    @DisplayName("FOI_SCHOOL without term dates is refused")
    void schoolWithoutTerms() {
        assertThatThrownBy(() -> CLOCK.calculate(ClockRequest.builder(Regime.FOI_SCHOOL, RECEIVED, Division.ENGLAND_AND_WALES).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("term dates");
    }

    @Test
    @DisplayName("Kind or days on a non-EXTENDED event, or an EXTENDED event without a kind, is refused")
    void malformedEvents() {
        assertThatThrownBy(() -> new ClockEvent(FEE_PAID, RECEIVED, ExtensionKind.COMPLEX, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockEvent(ClockEventType.EXTENDED, RECEIVED, null, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLEX or PUBLIC_INTEREST");
        assertThatThrownBy(() -> ClockEvent.extended(RECEIVED, ExtensionKind.PUBLIC_INTEREST, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    @DisplayName("today before the date of receipt is refused")
    void todayBeforeReceipt() {
        assertThatThrownBy(() -> CLOCK.calculate(foi().today(LocalDate.of(2025, 9, 30)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the date of receipt");
    }
}
