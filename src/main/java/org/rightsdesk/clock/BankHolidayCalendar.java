package org.rightsdesk.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bank holidays per division, read from JSON in the GOV.UK shape
 * ({@code {"england-and-wales":{"division":"england-and-wales","events":[{"title":..,"date":"YYYY-MM-DD",..}]},..}}).
 * Immutable. Each division covers whole years, from the first to the last year present in its data; asking about a
 * day outside that range throws {@link CalendarNotCoveredException} rather than guessing.
 */
public final class BankHolidayCalendar {
    /** Classpath location of the bundled file. */
    public static final String BUNDLED_RESOURCE = "/clock/bank-holidays.json";

    private final Map<Division, NavigableMap<LocalDate, String>> holidays;

    private BankHolidayCalendar(Map<Division, NavigableMap<LocalDate, String>> holidays) {
        this.holidays = holidays;
    }

    /** The file shipped with the release (2018–2030; see package-info for which years are projected). */
    public static BankHolidayCalendar bundled() {
        try (InputStream in = BankHolidayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled bank-holiday file " + BUNDLED_RESOURCE + " is missing");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a whole calendar; every one of the three divisions must be present. */
    public static BankHolidayCalendar fromJson(InputStream in) {
        Map<Division, NavigableMap<LocalDate, String>> parsed = parse(read(in));
        for (Division d : Division.values()) {
            if (!parsed.containsKey(d)) {
                throw new IllegalArgumentException("Bank-holiday file has no '" + d.slug() + "' division");
            }
        }
        return new BankHolidayCalendar(freeze(parsed));
    }

    /**
     * A new calendar: this one plus an administrator's file in the same shape (any subset of divisions). Days in the
     * file are added (a day already present takes the file's title). A year present in the file becomes covered, so
     * a file for a new year must list the whole year.
     */
    public BankHolidayCalendar withOverrides(InputStream in) {
        Map<Division, NavigableMap<LocalDate, String>> extra = parse(read(in));
        Map<Division, NavigableMap<LocalDate, String>> merged = new EnumMap<>(Division.class);
        for (Division d : Division.values()) {
            NavigableMap<LocalDate, String> m = new TreeMap<>(holidays.get(d));
            if (extra.containsKey(d)) {
                m.putAll(extra.get(d));
            }
            merged.put(d, m);
        }
        return new BankHolidayCalendar(freeze(merged));
    }

    /** As {@link #withOverrides(InputStream)}, from a file. */
    public BankHolidayCalendar withOverrides(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return withOverrides(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank-holiday override file " + file, e);
        }
    }

    /** First day covered for the division (1 January of the first year present). */
    public LocalDate coveredFrom(Division division) {
        return LocalDate.of(holidays.get(division).firstKey().getYear(), 1, 1);
    }

    /** Last day covered for the division (31 December of the last year present). */
    public LocalDate coveredUntil(Division division) {
        return LocalDate.of(holidays.get(division).lastKey().getYear(), 12, 31);
    }

    public boolean covers(LocalDate day, Division division) {
        return !day.isBefore(coveredFrom(division)) && !day.isAfter(coveredUntil(division));
    }

    /** @throws CalendarNotCoveredException naming the division, the day and the covered range */
    public void requireCovered(LocalDate day, Division division) {
        if (!covers(day, division)) {
            throw new CalendarNotCoveredException("No bank-holiday data for " + division.displayName() + " on " + day
                    + ": the calendar covers " + coveredFrom(division) + " to " + coveredUntil(division)
                    + ". Load the GOV.UK bank-holidays file for that year as an override.");
        }
    }

    /** The holiday's title if the day is a bank holiday in the division. @throws CalendarNotCoveredException */
    public Optional<String> holidayName(LocalDate day, Division division) {
        requireCovered(day, division);
        return Optional.ofNullable(holidays.get(division).get(day));
    }

    /** @throws CalendarNotCoveredException outside the covered range */
    public boolean isBankHoliday(LocalDate day, Division division) {
        return holidayName(day, division).isPresent();
    }

    /** All known holidays of a division, by date. */
    public NavigableMap<LocalDate, String> holidays(Division division) {
        return holidays.get(division);
    }

    /**
     * Whole months from {@code today} to the end of the data, taking the division that runs out first (0 if any
     * division has already run out). Use it to warn an administrator before the data runs out.
     */
    public long monthsCoveredAhead(LocalDate today) {
        long min = Long.MAX_VALUE;
        for (Division d : Division.values()) {
            min = Math.min(min, Math.max(0, ChronoUnit.MONTHS.between(today, coveredUntil(d).plusDays(1))));
        }
        return min;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Division, NavigableMap<LocalDate, String>> parse(String json) {
        Object root = JsonReader.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("Bank-holiday file must be a JSON object keyed by division");
        }
        Map<Division, NavigableMap<LocalDate, String>> out = new EnumMap<>(Division.class);
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) root).entrySet()) {
            Division division = Division.fromSlug((String) entry.getKey());
            if (!(entry.getValue() instanceof Map)) {
                throw new IllegalArgumentException("'" + entry.getKey() + "' must be an object with an events list");
            }
            Object events = ((Map<?, ?>) entry.getValue()).get("events");
            if (!(events instanceof List)) {
                throw new IllegalArgumentException("'" + entry.getKey() + "' has no events list");
            }
            NavigableMap<LocalDate, String> days = new TreeMap<>();
            for (Object e : (List<?>) events) {
                if (!(e instanceof Map)) {
                    throw new IllegalArgumentException("'" + entry.getKey() + "': each event must be an object");
                }
                Object title = ((Map<?, ?>) e).get("title");
                Object date = ((Map<?, ?>) e).get("date");
                if (!(title instanceof String) || !(date instanceof String)) {
                    throw new IllegalArgumentException("'" + entry.getKey() + "': each event needs a title and a date");
                }
                try {
                    days.put(LocalDate.parse((String) date), (String) title);
                } catch (DateTimeParseException ex) {
                    throw new IllegalArgumentException("'" + entry.getKey() + "': bad date '" + date
                            + "', expected YYYY-MM-DD", ex);
                }
            }
            if (days.isEmpty()) {
                throw new IllegalArgumentException("'" + entry.getKey() + "' lists no bank holidays");
            }
            out.put(division, days);
        }
        return out;
    }

    private static Map<Division, NavigableMap<LocalDate, String>> freeze(
            Map<Division, NavigableMap<LocalDate, String>> in) {
        Map<Division, NavigableMap<LocalDate, String>> out = new EnumMap<>(Division.class);
        in.forEach((d, m) -> out.put(d, Collections.unmodifiableNavigableMap(new TreeMap<>(m))));
        return Collections.unmodifiableMap(out);
    }
}
