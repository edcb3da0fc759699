package org.strategycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Working days: Monday to Friday less a set of holidays.
 *
 * <p>{@link #englandAndWales()} is the built-in calendar: the bank holidays of England and
 * Wales, computed for any year from the standing rules (New Year's Day, Good Friday, Easter
 * Monday, the early May, spring and summer holidays, Christmas Day and Boxing Day, with their
 * substitute days when they fall at a weekend), the years a holiday was moved, and the one-off
 * days proclaimed up to the coronation of 2023. Rules and one-off days are the historic ones
 * from 1971: New Year's Day counts from 1974 and the early May holiday from 1978. Years before
 * 1971 get the 1971 rules (Good Friday, Easter Monday, the last Mondays of May and August,
 * Christmas and Boxing Day), which is not what was kept then: no claim is made for them. One-off
 * days announced after this version of the library come from a host's file in the format of the
 * public bank-holidays JSON feed ({@link #fromBankHolidayFeed}), added with {@link #plus}; so
 * does a local closure day.
 *
 * <p>Counting convention: the day something starts from is day 0, and each later working day
 * adds one. A discussion held on the day the concern was identified is 0 working days after
 * it; one held on the next working day is 1. A start on a weekend or holiday is still day 0.
 * Counting costs the same for any two dates. Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar(null, Set.of());

    /** The computed bank holidays, or {@code null} for a calendar of listed days only. */
    private final EnglandAndWales rules;

    /** The days listed (from a feed or a collection), weekend days included. */
    private final Set<LocalDate> listed;

    /**
     * The weekday holidays counted by binary search, as sorted epoch days: with rules, those of
     * the rules' window merged with the listed days inside it; without, all listed weekdays.
     */
    private final long[] counted;

    /** Listed weekdays outside the rules' window that the rules do not give, as sorted epoch days. */
    private final long[] listedOutsideWindow;

    /** With rules: how many of {@link #listedOutsideWindow} fall before the window. */
    private final int listedBeforeWindow;

    /** With rules: how many listed weekdays inside the window the rules do not give. */
    private final int listedInWindow;

    private WorkingDayCalendar(EnglandAndWales rules, Set<LocalDate> listed) {
        this.rules = rules;
        this.listed = listed;
        long[] listedWeekdays = listed.stream().filter(WorkingDayCalendar::isWeekday).mapToLong(LocalDate::toEpochDay)
                .sorted().toArray();
        if (rules == null) {
            this.counted = listedWeekdays;
            this.listedOutsideWindow = new long[0];
            this.listedBeforeWindow = 0;
            this.listedInWindow = 0;
            return;
        }
        long first = rules.windowFirstDay();
        long end = rules.windowEndDay();
        LongStream inside = Arrays.stream(listedWeekdays).filter(day -> day >= first && day < end);
        this.counted = LongStream.concat(LongStream.of(rules.windowDays()), inside).sorted().distinct().toArray();
        this.listedOutsideWindow = Arrays.stream(listedWeekdays).filter(day -> day < first || day >= end)
                .filter(day -> !rules.isHoliday(day)).toArray();
        this.listedBeforeWindow = EnglandAndWales.upperBound(listedOutsideWindow, first - 1);
        this.listedInWindow = counted.length - rules.windowSize();
    }

    /**
     * A calendar with no holidays: Monday to Friday are working days.
     *
     * @return the calendar
     */
    public static WorkingDayCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /**
     * The bank holidays of England and Wales, computed for any year: see the class description
     * for the rules, the one-off days and what is assumed before 1971.
     *
     * @return the built-in calendar
     */
    public static WorkingDayCalendar englandAndWales() {
        return BuiltIn.ENGLAND_AND_WALES;
    }

    /**
     * Reads holidays from a file in the format of the public bank-holidays JSON feed:
     * {@code {"england-and-wales": {"events": [{"title": …, "date": "YYYY-MM-DD"}, …]}}}. Other
     * divisions and other fields of an event are ignored.
     *
     * @param feed the JSON
     * @return a calendar with those holidays
     * @throws IllegalArgumentException naming the JSON pointer of what is wrong
     */
    public static WorkingDayCalendar fromBankHolidayFeed(InputStream feed) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(feed);
        } catch (IOException e) {
            throw new IllegalArgumentException("bank-holiday file: not valid JSON", null);
        }
        JsonNode events = root == null ? null : root.path("england-and-wales").get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("bank-holiday file: /england-and-wales/events: expected an array of events");
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode date = events.get(i).get("date");
            String pointer = "/england-and-wales/events/" + i + "/date";
            if (date == null || !date.isTextual()) {
                throw new IllegalArgumentException("bank-holiday file: " + pointer + ": expected a date YYYY-MM-DD");
            }
            try {
                holidays.add(LocalDate.parse(date.asText(), DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("bank-holiday file: " + pointer + ": expected a date YYYY-MM-DD");
            }
        }
        return new WorkingDayCalendar(null, Set.copyOf(holidays));
    }

    /**
     * This calendar with another's holidays added, e.g. the built-in one plus a host's file with
     * a one-off day announced after this version of the library, or a local closure day.
     *
     * @param other another calendar
     * @return a calendar with the holidays of both
     */
    public WorkingDayCalendar plus(WorkingDayCalendar other) {
        Set<LocalDate> union = new HashSet<>(listed);
        union.addAll(other.listed);
        return new WorkingDayCalendar(rules != null ? rules : other.rules, Set.copyOf(union));
    }

    /**
     * A calendar with the given holidays and no others.
     *
     * @param holidays days that are not working days
     * @return the calendar
     */
    public static WorkingDayCalendar withHolidays(Collection<LocalDate> holidays) {
        return new WorkingDayCalendar(null, Set.copyOf(holidays));
    }

    /**
     * The holidays of this calendar in one year, computed and listed ones together (a listed
     * day is included even when it falls at a weekend).
     *
     * @param year a year
     * @return the days in date order, unmodifiable
     */
    public SortedSet<LocalDate> holidaysIn(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : listed) {
            if (day.getYear() == year) {
                days.add(day);
            }
        }
        if (rules != null) {
            for (long day : EnglandAndWales.holidaysOf(year)) {
                days.add(LocalDate.ofEpochDay(day));
            }
        }
        return Collections.unmodifiableSortedSet(days);
    }

    /**
     * Whether a day is a working day.
     *
     * @param day a date
     * @return {@code true} from Monday to Friday when the day is not a holiday
     */
    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && !listed.contains(day) && !(rules != null && rules.isHoliday(day.toEpochDay()));
    }

    /**
     * How many working days {@code end} is after {@code start}: the working days in
     * {@code (start, end]}. Negative, by the same count, when {@code end} is before
     * {@code start}.
     *
     * @param start day 0
     * @param end   the day counted to
     * @return the working days between them
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        // Closed form, so that extreme dates (a hostile record) cost no more than near ones.
        long count = weekdaysThrough(end) - weekdaysThrough(start);
        // Less the weekday holidays after start, up to and including end.
        count -= holidaysThrough(end.toEpochDay()) - holidaysThrough(start.toEpochDay());
        return Math.toIntExact(count);
    }

    /**
     * How many weekday holidays fall on or before the epoch day, from an origin of this
     * calendar's choosing (only differences mean anything). Inside the rules' window, the
     * common case, this is one binary search, as it is for a calendar of listed days.
     */
    private long holidaysThrough(long epochDay) {
        if (rules == null) {
            return EnglandAndWales.upperBound(counted, epochDay);
        }
        if (epochDay >= rules.windowFirstDay() && epochDay < rules.windowEndDay()) {
            return listedBeforeWindow + EnglandAndWales.upperBound(counted, epochDay);
        }
        long byRule = rules.holidaysThrough(epochDay);
        long listedThrough = EnglandAndWales.upperBound(listedOutsideWindow, epochDay);
        // The window's days (rules and listed) count once the day is past the window.
        return byRule + listedThrough + (epochDay >= rules.windowEndDay() ? listedInWindow : 0);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Weekdays from an arbitrary Monday (1969-12-29) up to and including {@code day}. */
    private static long weekdaysThrough(LocalDate day) {
        long sinceMonday = day.toEpochDay() + 3;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    /**
     * The day that is {@code days} working days after {@code start}.
     *
     * @param start day 0
     * @param days  how many working days to add, at least 0
     * @return the last of them ({@code start} itself when {@code days} is 0)
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be at least 0");
        }
        LocalDate day = start;
        for (int added = 0; added < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /** Computed on first use: the window of precomputed years is built once. */
    private static final class BuiltIn {
        static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(EnglandAndWales.INSTANCE, Set.of());
    }
}
