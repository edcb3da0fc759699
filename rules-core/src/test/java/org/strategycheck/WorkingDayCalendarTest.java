package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Working days: Monday to Friday less holidays, counted from day 0. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.weekendsOnly();

    // Monday 24 June 2024 to Monday 1 July 2024.
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 24);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 6, 25);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 6, 27);
    private static final LocalDate FRIDAY = LocalDate.of(2024, 6, 28);
    private static final LocalDate SATURDAY = LocalDate.of(2024, 6, 29);
    private static final LocalDate SUNDAY = LocalDate.of(2024, 6, 30);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2024, 7, 1);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2024, 7, 2);

    /** 0001-01-01 and 9999-12-31: every date a record can hold. */
    private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    @Test
    void sameDayIsDayZero() {
        assertEquals(0, WEEKDAYS.workingDaysBetween(TUESDAY, TUESDAY));
        assertEquals(0, WEEKDAYS.workingDaysBetween(SATURDAY, SATURDAY));
    }

    @Test
    void nextWorkingDayIsOne() {
        assertEquals(1, WEEKDAYS.workingDaysBetween(MONDAY, TUESDAY));
    }

    @Test
    void weekendIsSkipped() {
        assertEquals(1, WEEKDAYS.workingDaysBetween(FRIDAY, NEXT_MONDAY));
        assertEquals(0, WEEKDAYS.workingDaysBetween(FRIDAY, SUNDAY));
        assertEquals(5, WEEKDAYS.workingDaysBetween(MONDAY, NEXT_MONDAY));
    }

    @Test
    void startOnAWeekendIsStillDayZero() {
        assertEquals(0, WEEKDAYS.workingDaysBetween(SATURDAY, SUNDAY));
        assertEquals(1, WEEKDAYS.workingDaysBetween(SATURDAY, NEXT_MONDAY));
        assertEquals(1, WEEKDAYS.workingDaysBetween(SUNDAY, NEXT_MONDAY));
    }

    @Test
    void holidaysAreSkipped() {
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(List.of(NEXT_MONDAY));

        assertEquals(1, calendar.workingDaysBetween(FRIDAY, NEXT_TUESDAY));
        assertFalse(calendar.isWorkingDay(NEXT_MONDAY));
    }

    @Test
    void holidayOnTheEndDayIsNotAWorkingDayReached() {
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(List.of(TUESDAY));

        assertEquals(0, calendar.workingDaysBetween(MONDAY, TUESDAY));
    }

    @Test
    void holidayOnTheStartDayChangesNothing() {
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(List.of(MONDAY));

        assertEquals(1, calendar.workingDaysBetween(MONDAY, TUESDAY));
    }

    @Test
    void holidayOnAWeekendChangesNothing() {
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(List.of(SATURDAY, SUNDAY));

        assertEquals(1, calendar.workingDaysBetween(FRIDAY, NEXT_MONDAY));
    }

    @Test
    void endBeforeStartIsNegative() {
        assertEquals(-1, WEEKDAYS.workingDaysBetween(NEXT_MONDAY, FRIDAY));
        assertEquals(-5, WEEKDAYS.workingDaysBetween(NEXT_MONDAY, MONDAY));
        assertEquals(-1, WorkingDayCalendar.withHolidays(List.of(NEXT_MONDAY))
                .workingDaysBetween(NEXT_TUESDAY, FRIDAY));
    }

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        for (LocalDate day = MONDAY; day.isBefore(NEXT_MONDAY); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend, WEEKDAYS.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void plusZeroWorkingDaysIsTheStartEvenOnAWeekend() {
        assertEquals(FRIDAY, WEEKDAYS.plusWorkingDays(FRIDAY, 0));
        assertEquals(SATURDAY, WEEKDAYS.plusWorkingDays(SATURDAY, 0));
    }

    @Test
    void plusWorkingDaysSkipsWeekends() {
        assertEquals(NEXT_MONDAY, WEEKDAYS.plusWorkingDays(FRIDAY, 1));
        assertEquals(NEXT_MONDAY, WEEKDAYS.plusWorkingDays(SATURDAY, 1));
        assertEquals(NEXT_MONDAY, WEEKDAYS.plusWorkingDays(MONDAY, 5));
        assertEquals(FRIDAY, WEEKDAYS.plusWorkingDays(TUESDAY, 3));
    }

    @Test
    void plusWorkingDaysSkipsHolidays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(List.of(FRIDAY, NEXT_MONDAY));

        assertEquals(NEXT_TUESDAY, calendar.plusWorkingDays(THURSDAY, 1));
    }

    @Test
    void plusNegativeWorkingDaysIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> WEEKDAYS.plusWorkingDays(MONDAY, -1));
    }

    @Test
    void holidaysAreCopiedAndUnmodifiable() {
        List<LocalDate> source = new ArrayList<>(List.of(NEXT_MONDAY));
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(source);
        source.add(TUESDAY);

        assertEquals(Set.of(NEXT_MONDAY), calendar.holidaysIn(2024));
        assertThrows(UnsupportedOperationException.class, () -> calendar.holidaysIn(2024).add(TUESDAY));
        assertEquals(Set.of(), WEEKDAYS.holidaysIn(2024));
    }

    @Test
    void datesCenturiesApartAreCountedExactly() {
        LocalDate first = LocalDate.ofEpochDay(FIRST_DAY);
        LocalDate last = LocalDate.ofEpochDay(LAST_DAY);

        assertEquals(bruteForce(first, last, Set.of()), WEEKDAYS.workingDaysBetween(first, last));
    }

    // Properties

    /** Two dates a ≤ b, near or far apart, and a small set of holidays around and between them. */
    record Span(LocalDate start, LocalDate end, Set<LocalDate> holidays) {
        WorkingDayCalendar calendar() {
            return WorkingDayCalendar.withHolidays(holidays);
        }
    }

    @Provide
    Arbitrary<Span> spans() {
        Arbitrary<Long> starts = Arbitraries.longs().between(FIRST_DAY, LAST_DAY);
        Arbitrary<Long> lengths = Arbitraries.frequencyOf(List.of(
                Tuple.of(60, Arbitraries.longs().between(0, 21)),
                Tuple.of(30, Arbitraries.longs().between(0, 20 * 366)),
                Tuple.of(10, Arbitraries.longs().between(0, LAST_DAY - FIRST_DAY))));
        return Combinators.combine(starts, lengths).flatAs((start, length) -> {
            long end = Math.min(start + length, LAST_DAY);
            return Arbitraries.longs().between(Math.max(FIRST_DAY, start - 3), Math.min(LAST_DAY, end + 3))
                    .map(LocalDate::ofEpochDay)
                    .set().ofMaxSize(12)
                    .map(holidays -> new Span(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end), holidays));
        });
    }

    @Property
    void workingDaysBetweenEqualsDayByDayCount(@ForAll("spans") Span span) {
        assertEquals(bruteForce(span.start(), span.end(), span.holidays()),
                span.calendar().workingDaysBetween(span.start(), span.end()));
    }

    @Property
    void swappingTheDatesNegatesTheCount(@ForAll("spans") Span span) {
        WorkingDayCalendar calendar = span.calendar();

        assertEquals(-calendar.workingDaysBetween(span.start(), span.end()),
                calendar.workingDaysBetween(span.end(), span.start()));
    }

    @Property
    void plusWorkingDaysLandsOnTheFirstDayWithThatCount(@ForAll("spans") Span span,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        WorkingDayCalendar calendar = span.calendar();

        LocalDate landed = calendar.plusWorkingDays(span.start(), days);

        assertEquals(days, calendar.workingDaysBetween(span.start(), landed));
        if (days > 0) {
            assertTrue(calendar.isWorkingDay(landed), landed.toString());
            assertEquals(days - 1, calendar.workingDaysBetween(span.start(), landed.minusDays(1)));
        }
    }

    /**
     * Two dates a ≤ b, mostly near the edges of the years the built-in calendar precomputes
     * (1900 and 2200), else anywhere a record can date; and a few days a host lists around them.
     */
    @Provide
    Arbitrary<Span> spansForTheBuiltInCalendar() {
        Arbitrary<Long> starts = Arbitraries.frequencyOf(List.of(
                Tuple.of(50, Arbitraries.longs().between(FIRST_DAY, LAST_DAY)),
                Tuple.of(25, Arbitraries.longs().between(EDGE_1900 - 3 * 366, EDGE_1900 + 366)),
                Tuple.of(25, Arbitraries.longs().between(EDGE_2200 - 3 * 366, EDGE_2200 + 366))));
        Arbitrary<Long> lengths = Arbitraries.frequencyOf(List.of(
                Tuple.of(60, Arbitraries.longs().between(0, 21)),
                Tuple.of(39, Arbitraries.longs().between(0, 3 * 366)),
                Tuple.of(1, Arbitraries.longs().between(0, 30 * 366))));
        return Combinators.combine(starts, lengths).flatAs((start, length) -> {
            long end = Math.min(start + length, LAST_DAY);
            return Arbitraries.longs().between(Math.max(FIRST_DAY, start - 3), Math.min(LAST_DAY, end + 3))
                    .map(LocalDate::ofEpochDay)
                    .set().ofMaxSize(6)
                    .map(holidays -> new Span(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end), holidays));
        });
    }

    private static final long EDGE_1900 = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long EDGE_2200 = LocalDate.of(2200, 1, 1).toEpochDay();
    private static final Map<Integer, Set<LocalDate>> BANK_HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    /** The span's listed days and the bank holidays of its years, as the independent derivation gives them. */
    private static Set<LocalDate> bankHolidaysAndListed(Span span) {
        return bankHolidaysAndListed(span, span.end());
    }

    private static Set<LocalDate> bankHolidaysAndListed(Span span, LocalDate through) {
        Set<LocalDate> all = new HashSet<>(span.holidays());
        for (int year = span.start().getYear(); year <= through.getYear(); year++) {
            all.addAll(BANK_HOLIDAYS_BY_YEAR.computeIfAbsent(year, BankHolidayCalendarTest::expectedHolidays));
        }
        return all;
    }

    @Property
    void theBuiltInCalendarWithListedDaysCountsAsDayByDay(@ForAll("spansForTheBuiltInCalendar") Span span) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales().plus(span.calendar());

        assertEquals(bruteForce(span.start(), span.end(), bankHolidaysAndListed(span)),
                calendar.workingDaysBetween(span.start(), span.end()));
    }

    @Property
    void theBuiltInCalendarAgreesWithItselfOnWhichDaysAreWorkingDays(@ForAll("spansForTheBuiltInCalendar") Span span) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales().plus(span.calendar());
        LocalDate last = span.start().plusDays(20).isAfter(span.end()) ? span.end() : span.start().plusDays(20);
        Set<LocalDate> holidays = bankHolidaysAndListed(span, last);
        LocalDate day = span.start();
        for (int i = 0; i < 21 && !day.isAfter(span.end()); i++, day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            boolean weekday = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
            assertEquals(weekday && !holidays.contains(day), calendar.isWorkingDay(day), day.toString());
        }
    }

    private static int bruteForce(LocalDate start, LocalDate end, Set<LocalDate> holidays) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day)) {
                count++;
            }
        }
        return count;
    }
}
