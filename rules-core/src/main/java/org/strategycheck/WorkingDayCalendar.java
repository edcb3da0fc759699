package org.strategycheck;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working days: Monday to Friday less a set of holidays.
 *
 * <p>Counting convention: the day something starts from is day 0, and each later working day
 * adds one. A discussion held on the day the concern was identified is 0 working days after
 * it; one held on the next working day is 1. A start on a weekend or holiday is still day 0.
 * Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar(Set.of());

    private final Set<LocalDate> holidays;

    private WorkingDayCalendar(Set<LocalDate> holidays) {
        this.holidays = holidays;
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
        for (LocalDate holiday : holidays) {
            if (holiday.isAfter(start) && !holiday.isAfter(end) && isWeekday(holiday)) {
                count--;
            }
        }
        return Math.toIntExact(count);
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
}
