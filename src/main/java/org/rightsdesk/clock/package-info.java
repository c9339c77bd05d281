/**
 * The statutory clock: a case's due date, status and working as a pure function of its regime, date of receipt,
 * division, calendars (bank holidays, school terms) and clock event log. Pure Java 17; no Spring, no Camunda.
 * Entry point: {@link org.rightsdesk.clock.StatutoryClock}. Regime limits are data in
 * {@link org.rightsdesk.clock.Regime}; the counting unit is a strategy ({@code CalendarMonthCount},
 * {@code CalendarDayCount}, {@code WorkingDayCount}).
 *
 * <h2>Sources, per rule</h2>
 * <ul>
 * <li><b>SAR</b>: UK GDPR Art 12(3) and Art 12A (inserted by the Data (Use and Access) Act 2025 s76, commenced
 * 5 February 2026 by SI 2026/82 reg 2(h)); ICO "time limits for responding to a SAR": receipt day is day 0, due on
 * the corresponding date next month or the month's last day, a weekend/bank holiday due date moves to the next
 * working day; the month starts when requested identity evidence or a permitted fee (Art 12(5)) arrives; +2 months
 * for complex or numerous requests, notified within the first month.</li>
 * <li><b>SAR_DPA1998</b>: trust policy (seed 003 4.5.3.4) after DPA 1998 s7(3), s7(8), s7(10): 40 calendar days
 * that start only after the fee, identity and clarification are received.</li>
 * <li><b>FOI</b>: FOIA s10(1) "twentieth working day following the date of receipt"; s10(6) date of receipt and
 * working day (a bank holiday under the Banking and Financial Dealings Act 1971 in <i>any</i> part of the UK, so St
 * Andrew's Day, 2 January, the Scottish August holiday, St Patrick's Day and 12 July are non-working for every FOI
 * body; ICO line to take LTT47; Christmas Day and Good Friday named expressly); s10(2) fees disregard; s9(2)
 * three-month fee lapse; s1(3) clarification; s10(3) public-interest extension, at most 20 further working days
 * (ICO guidance; s45 Code of Practice 2018).</li>
 * <li><b>FOI_SCHOOL</b>: Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364)
 * reg 3, extended to academies (SI 2010/2768): the earlier of the 20th working day disregarding non-school days and
 * the 60th working day; "school day" = a day with a session (reg 3(3)).</li>
 * <li><b>EIR</b>: EIR 2004 reg 2(1) (working day as FOIA s10(6)), reg 5(2) 20 working days, reg 7(1) 40 working days
 * if complex and voluminous, reg 9(4) count from receipt of the particulars, reg 8 advance payment (period from
 * notification to payment not counted; no duty if unpaid after 60 working days).</li>
 * <li><b>FOI_INTERNAL_REVIEW</b>: s45 Code of Practice 2018 Part 5: 20 working days, 40 at most; request within 40
 * working days of the response. <b>EIR_RECONSIDERATION</b>: EIR reg 11(2) and 11(4): 40 working days each.</li>
 * <li><b>Bank holidays</b>: BFDA 1971 Sch 1 and proclamations, in the GOV.UK bank-holidays JSON shape
 * ({@code /clock/bank-holidays.json}). 2018–2026 follow the published GOV.UK lists (checked by hand, incl. the
 * one-off days 8 May 2020, 2 and 3 June 2022, 19 September 2022, 8 May 2023 and all substitute days).
 * <b>2027–2030 are projected</b> from the statutory rules and usual proclamations (12 July in NI is proclaimed
 * yearly) and must be checked against GOV.UK when proclaimed; new one-off days go in an override file
 * ({@link org.rightsdesk.clock.BankHolidayCalendar#withOverrides(java.nio.file.Path)}).</li>
 * </ul>
 *
 * <h2>Ambiguities and the choices made</h2>
 * <ol>
 * <li>FOI receipt on a non-working day: the Act and ICO (time limits guidance paras 36-39) make that day the date of
 * receipt and the next working day day 1; the final s45 Code 2018 wording has been read as treating the next working
 * day as the date of receipt (one day later). We follow the Act and ICO.</li>
 * <li>SAR holidays: ICO says "weekend or public holiday". We use the body's division's bank holidays plus Christmas
 * Day and Good Friday; Easter Monday therefore does not move a Scottish body's SAR date.</li>
 * <li>SAR clarification pause: Art 12A excludes the period from the day clarification is requested to the day it is
 * received (both included, as we read "beginning with ... ending with"). On a calendar-month limit we add those
 * calendar days after the (possibly extended) month end, then roll to a working day. Before 5 February 2026 the same
 * stop rested on ICO guidance only. A stop before the clock has started (identity/fee wait) is not added.</li>
 * <li>SAR "relevant time": identity and fee restart the whole month from the day the evidence or fee arrives
 * ({@code IDENTITY_VERIFIED} is taken as the day the evidence arrived, not the day staff checked it).</li>
 * <li>SAR extension: counted as three months from the relevant time (not two months from the first due date);
 * EXTENDED.days is ignored with a warning. An extension notified after the first month ended is not applied (Art
 * 12(3)), with a warning.</li>
 * <li>Events after the deadline (a fees notice, clarification or extension dated after the due date) do not move it;
 * they are reported as warnings. A late fees notice could not change the s10(2) count anyway.</li>
 * <li>Lapse periods "beginning with" a day end the day before the corresponding date (last day of the month if
 * none); LAPSED from the next day. FOI fee lapse is statutory (s9(2)); FOI/EIR clarification (ICO suggests about
 * 2 months), SAR identity (3 months) and SAR fee (3 months) lapses are policy, in {@link
 * org.rightsdesk.clock.ClockPolicy}. A FOI fee paid after three months, or an EIR charge after 60 working days, is
 * LAPSED; a late SAR fee simply starts the clock. A LAPSED result has a null due date.</li>
 * <li>EIR reg 8: the advance-payment disregard and 60-working-day lapse are applied as above; the paragraph numbers
 * could not be confirmed from the stored sources, so check against legislation.gov.uk.</li>
 * <li>FOI clarification (s1(3)) restarts the count; asked for after an extension it is refused as impossible.</li>
 * <li>Schools: days outside all terms are not school days ("half term" if the gap between terms is 9 days or fewer,
 * else "school holiday"); days before the first term given are treated as holidays with a warning; a count that
 * needs a day after the last term given throws {@link org.rightsdesk.clock.CalendarNotCoveredException}. A
 * public-interest extension for a school adds working days, not school days.</li>
 * <li>SAR_DPA1998: the policy counts from the day after the relevant day (so +40), where DPA 1998 s7(10) "40 days
 * beginning with the relevant day" would give +39; the 40th day is not moved off weekends (warning given).</li>
 * <li>Internal review is not statutory under FOIA; "20, at most 40 working days" is the s45 Code. Extensions there
 * may give either kind.</li>
 * <li>Override files: a year present in an override file becomes "covered", so a file introducing a new year must
 * list that whole year. Days cannot be removed by an override.</li>
 * <li>Paused status: the due date shown assumes the awaited identity, fee or clarification arrives today.</li>
 * </ol>
 */
package org.rightsdesk.clock;
