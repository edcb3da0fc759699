package org.strategycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days: Monday to Friday less a set of holidays.
 *
 * <p>{@link #englandAndWales()} is the built-in calendar: the bank holidays of England and
 * Wales from {@value #FIRST_BUILT_IN_YEAR} to {@value #LAST_BUILT_IN_YEAR}, one-off days and
 * substitute days included. A host covers other years, or a local closure day, with a file in
 * the format of the public bank-holidays JSON feed ({@link #fromBankHolidayFeed}) and
 * {@link #plus}.
 *
 * <p>Counting convention: the day something starts from is day 0, and each later working day
 * adds one. A discussion held on the day the concern was identified is 0 working days after
 * it; one held on the next working day is 1. A start on a weekend or holiday is still day 0.
 * Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The first year the built-in calendar covers. */
    public static final int FIRST_BUILT_IN_YEAR = 2010;
    /** The last year the built-in calendar covers. */
    public static final int LAST_BUILT_IN_YEAR = 2030;

    private static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar(Set.of());
    private static final String BUILT_IN = "/org/strategycheck/calendar/england-and-wales-2010-2030.json";

    private final Set<LocalDate> holidays;

    /** The holidays that fall on weekdays, as sorted epoch days: counted by binary search. */
    private final long[] weekdayHolidays;

    private WorkingDayCalendar(Set<LocalDate> holidays) {
        this.holidays = holidays;
        this.weekdayHolidays = holidays.stream().filter(WorkingDayCalendar::isWeekday).mapToLong(LocalDate::toEpochDay)
                .sorted().toArray();
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
     * The bank holidays of England and Wales, {@value #FIRST_BUILT_IN_YEAR} to
     * {@value #LAST_BUILT_IN_YEAR}.
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
        return new WorkingDayCalendar(Set.copyOf(holidays));
    }

    /**
     * This calendar with another's holidays added, e.g. the built-in one plus a host's file for
     * later years.
     *
     * @param other another calendar
     * @return a calendar with both sets of holidays
     */
    public WorkingDayCalendar plus(WorkingDayCalendar other) {
        Set<LocalDate> union = new HashSet<>(holidays);
        union.addAll(other.holidays);
        return new WorkingDayCalendar(Set.copyOf(union));
    }

    /**
     * A calendar with the given holidays.
     *
     * @param holidays days that are not working days
     * @return the calendar
     */
    public static WorkingDayCalendar withHolidays(Collection<LocalDate> holidays) {
        return new WorkingDayCalendar(Set.copyOf(holidays));
    }

    /**
     * The holidays of this calendar.
     *
     * @return an unmodifiable set
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Whether a day is a working day.
     *
     * @param day a date
     * @return {@code true} from Monday to Friday when the day is not a holiday
     */
    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && !holidays.contains(day);
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

    /** How many weekday holidays fall on or before the epoch day. */
    private int holidaysThrough(long epochDay) {
        int low = 0;
        int high = weekdayHolidays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (weekdayHolidays[middle] <= epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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

    private static final class BuiltIn {
        static final WorkingDayCalendar ENGLAND_AND_WALES = load();

        private static WorkingDayCalendar load() {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in bank-holiday calendar is missing: " + BUILT_IN);
                }
                return fromBankHolidayFeed(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
