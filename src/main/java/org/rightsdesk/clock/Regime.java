package org.rightsdesk.clock;

import static org.rightsdesk.clock.ClockEventType.CLARIFICATION_RECEIVED;
import static org.rightsdesk.clock.ClockEventType.CLARIFICATION_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.EXTENDED;
import static org.rightsdesk.clock.ClockEventType.FEE_NOTICE_ISSUED;
import static org.rightsdesk.clock.ClockEventType.FEE_PAID;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_VERIFIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The statutory regimes. Each regime's limits are data here; the counting unit picks the strategy class
 * ({@link CalendarMonthCount}, {@link CalendarDayCount}, {@link WorkingDayCount}). Sources: see package-info.
 */
public enum Regime {
    // UK GDPR Art 12(3), Art 12A (DUAA 2025 s76): one month from the relevant time, +2 months if complex or numerous.
    SAR(Unit.CALENDAR_MONTHS, 1, 0, HolidayScope.BODYS_DIVISION,
            EnumSet.of(ExtensionKind.COMPLEX), 2, true, "UK GDPR Art 12(3)",
            EnumSet.of(IDENTITY_REQUESTED, IDENTITY_VERIFIED, FEE_NOTICE_ISSUED, FEE_PAID,
                    CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED)),
    // Seed 003 4.5.3.4 (legacy DPA 1998 s7 policy): 40 calendar days after fee/clarification received.
    SAR_DPA1998(Unit.CALENDAR_DAYS, 40, 0, HolidayScope.BODYS_DIVISION,
            EnumSet.noneOf(ExtensionKind.class), 0, true, "policy 4.5.3.4 (DPA 1998 s7)",
            EnumSet.of(IDENTITY_REQUESTED, IDENTITY_VERIFIED, FEE_NOTICE_ISSUED, FEE_PAID,
                    CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED)),
    // FOIA s10(1): 20th working day following receipt; s10(3) public-interest extension, ICO/s45 Code: at most 20 WD.
    FOI(Unit.WORKING_DAYS, 20, 0, HolidayScope.ANY_PART_OF_UK,
            EnumSet.of(ExtensionKind.PUBLIC_INTEREST), 20, false, "FOIA s10(1)",
            EnumSet.of(FEE_NOTICE_ISSUED, FEE_PAID, CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED)),
    // SI 2004/3364 reg 3 (as amended 2010 for academies): earlier of 20th school day and 60th working day.
    FOI_SCHOOL(Unit.SCHOOL_DAYS, 20, 60, HolidayScope.ANY_PART_OF_UK,
            EnumSet.of(ExtensionKind.PUBLIC_INTEREST), 20, false, "SI 2004/3364 reg 3",
            EnumSet.of(FEE_NOTICE_ISSUED, FEE_PAID, CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED)),
    // EIR reg 5(2): 20 WD; reg 7(1): 40 WD if complex and voluminous. reg 2(1): working day as FOIA s10(6).
    EIR(Unit.WORKING_DAYS, 20, 0, HolidayScope.ANY_PART_OF_UK,
            EnumSet.of(ExtensionKind.COMPLEX), 20, true, "EIR reg 5(2)",
            EnumSet.of(FEE_NOTICE_ISSUED, FEE_PAID, CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENDED)),
    // s45 Code of Practice 2018 Part 5: internal review within 20 WD, at most 40 WD in total.
    FOI_INTERNAL_REVIEW(Unit.WORKING_DAYS, 20, 0, HolidayScope.ANY_PART_OF_UK,
            EnumSet.of(ExtensionKind.COMPLEX, ExtensionKind.PUBLIC_INTEREST), 20, false, "s45 Code 2018 Part 5",
            EnumSet.of(EXTENDED)),
    // EIR reg 11(4): decision within 40 WD of receiving the representations; no extension.
    EIR_RECONSIDERATION(Unit.WORKING_DAYS, 40, 0, HolidayScope.ANY_PART_OF_UK,
            EnumSet.noneOf(ExtensionKind.class), 0, false, "EIR reg 11(4)",
            EnumSet.noneOf(ClockEventType.class));

    /** The counting unit; each has its own strategy class. */
    enum Unit { CALENDAR_MONTHS, CALENDAR_DAYS, WORKING_DAYS, SCHOOL_DAYS }

    /** Which bank holidays make a day non-working. */
    enum HolidayScope {
        /** FOIA s10(6) (and EIR reg 2(1)): a bank holiday in any part of the UK. */
        ANY_PART_OF_UK,
        /** SAR (ICO): a bank or public holiday where the body is. */
        BODYS_DIVISION
    }

    private final Unit unit;
    private final int limit;
    private final int workingDayCap;
    private final HolidayScope holidayScope;
    private final Set<ExtensionKind> extensionKinds;
    private final int maxExtension;
    private final boolean fixedExtension;
    private final String limitSource;
    private final Set<ClockEventType> allowedEvents;

    Regime(Unit unit, int limit, int workingDayCap, HolidayScope holidayScope, Set<ExtensionKind> extensionKinds,
           int maxExtension, boolean fixedExtension, String limitSource, Set<ClockEventType> allowedEvents) {
        this.unit = unit;
        this.limit = limit;
        this.workingDayCap = workingDayCap;
        this.holidayScope = holidayScope;
        this.extensionKinds = extensionKinds;
        this.maxExtension = maxExtension;
        this.fixedExtension = fixedExtension;
        this.limitSource = limitSource;
        this.allowedEvents = allowedEvents;
    }

    Unit unit() { return unit; }

    /** Months, calendar days, working days or school days, per {@link #unit()}. */
    int limit() { return limit; }

    /** FOI_SCHOOL only: the 60th working day caps the school-day count; 0 elsewhere. */
    int workingDayCap() { return workingDayCap; }

    HolidayScope holidayScope() { return holidayScope; }

    Set<ExtensionKind> extensionKinds() { return extensionKinds; }

    /** Further months (SAR) or working days (others) an extension may add in total. */
    int maxExtension() { return maxExtension; }

    /** True where the law fixes the extension's length, so EXTENDED.days is ignored. */
    boolean fixedExtension() { return fixedExtension; }

    String limitSource() { return limitSource; }

    boolean allows(ClockEventType type) { return allowedEvents.contains(type); }

    /** FOI-family regimes use the s10(6) working day; the SAR family uses the body's own division. */
    boolean usesUkWideWorkingDays() { return holidayScope == HolidayScope.ANY_PART_OF_UK; }
}
