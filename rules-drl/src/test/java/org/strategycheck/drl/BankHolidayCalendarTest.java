package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.WorkingDayCalendar;

/**
 * The built-in calendar, {@link WorkingDayCalendar#englandAndWales()}, against the bank
 * holidays of England and Wales worked out independently here (Easter by the Meeus/Jones/Butcher
 * algorithm, the fixed and Monday holidays with their substitute days, and the one-off days),
 * and a host's own bank-holiday file added to it.
 */
class BankHolidayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    // ---- an independent statement of the bank holidays

    /** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** The bank holidays of a year by the standing rules, with that year's moves and one-off days. */
    static Set<LocalDate> expectedHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(switch (newYear.getDayOfWeek()) {
            case SATURDAY -> newYear.plusDays(2);
            case SUNDAY -> newYear.plusDays(1);
            default -> newYear;
        });
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : firstMonday(year, Month.MAY));
        days.add(switch (year) {
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> lastMonday(year, Month.MAY);
        });
        days.add(lastMonday(year, Month.AUGUST));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> days.addAll(Set.of(christmas, christmas.plusDays(3)));
            case SATURDAY -> days.addAll(Set.of(christmas.plusDays(2), christmas.plusDays(3)));
            case SUNDAY -> days.addAll(Set.of(christmas.plusDays(1), christmas.plusDays(2)));
            default -> days.addAll(Set.of(christmas, christmas.plusDays(1)));
        }
        switch (year) {
            case 2011 -> days.add(LocalDate.of(2011, 4, 29));
            case 2012 -> days.add(LocalDate.of(2012, 6, 5));
            case 2022 -> days.addAll(Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)));
            case 2023 -> days.add(LocalDate.of(2023, 5, 8));
            default -> {
            }
        }
        return days;
    }

    private static Set<LocalDate> builtInHolidaysOf(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (LocalDate day : CALENDAR.holidays()) {
            if (day.getYear() == year) {
                days.add(day);
            }
        }
        return days;
    }

    static IntStream builtInYears() {
        return IntStream.rangeClosed(WorkingDayCalendar.FIRST_BUILT_IN_YEAR, WorkingDayCalendar.LAST_BUILT_IN_YEAR);
    }

    @Test
    void theEasterAlgorithmOfThisTestAgreesWithKnownEasterSundays() {
        assertEquals(LocalDate.of(2011, 4, 24), easterSunday(2011));
        assertEquals(LocalDate.of(2019, 4, 21), easterSunday(2019));
        assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
        assertEquals(LocalDate.of(2038, 4, 25), easterSunday(2038));
    }

    @Test
    void theBuiltInCalendarCoversTwoThousandTenToTwoThousandThirty() {
        assertEquals(2010, WorkingDayCalendar.FIRST_BUILT_IN_YEAR);
        assertEquals(2030, WorkingDayCalendar.LAST_BUILT_IN_YEAR);
        assertTrue(CALENDAR.holidays().stream().allMatch(d -> d.getYear() >= 2010 && d.getYear() <= 2030));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInYears")
    void goodFridayAndEasterMondayAreNotWorkingDays(int year) {
        LocalDate easter = easterSunday(year);
        assertFalse(CALENDAR.isWorkingDay(easter.minusDays(2)), "Good Friday " + easter.minusDays(2));
        assertFalse(CALENDAR.isWorkingDay(easter.plusDays(1)), "Easter Monday " + easter.plusDays(1));
        assertTrue(CALENDAR.isWorkingDay(easter.minusDays(3)), "Maundy Thursday " + easter.minusDays(3));
        assertTrue(CALENDAR.isWorkingDay(easter.plusDays(2)), "the Tuesday after Easter " + easter.plusDays(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInYears")
    void eachYearHasExactlyTheBankHolidaysTheRulesGive(int year) {
        assertEquals(expectedHolidays(year), builtInHolidaysOf(year));
    }

    @Test
    void anOrdinaryYearHasEightBankHolidays() {
        for (int year : new int[] {2013, 2019, 2020, 2021, 2024, 2030}) {
            assertEquals(8, builtInHolidaysOf(year).size(), () -> "year " + year);
        }
    }

    @Test
    void yearsWithOneOffDaysHaveMore() {
        assertEquals(9, builtInHolidaysOf(2011).size());
        assertEquals(9, builtInHolidaysOf(2012).size());
        assertEquals(10, builtInHolidaysOf(2022).size());
        assertEquals(9, builtInHolidaysOf(2023).size());
    }

    // ---- substitute days

    @Test
    void christmasOnASaturdayMovesBothDaysToMondayAndTuesday() {
        assertHolidays(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        assertFalse(CALENDAR.holidays().contains(LocalDate.of(2021, 12, 25)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2021, 12, 29)));
    }

    @Test
    void christmasOnASundayGivesBoxingDayMondayAndASubstituteTuesday() {
        assertHolidays(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 12, 28)));
    }

    @Test
    void boxingDayOnASaturdayMovesToMonday() {
        assertHolidays(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2020, 12, 29)));
    }

    @Test
    void newYearsDayAtAWeekendMovesToMonday() {
        assertHolidays(LocalDate.of(2022, 1, 3), LocalDate.of(2023, 1, 2));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 1, 4)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2023, 1, 3)));
    }

    // ---- one-off days

    static Stream<Arguments> oneOffDays() {
        return Stream.of(
                Arguments.of("the Royal Wedding", LocalDate.of(2011, 4, 29)),
                Arguments.of("the spring holiday moved for the Diamond Jubilee", LocalDate.of(2012, 6, 4)),
                Arguments.of("the Diamond Jubilee", LocalDate.of(2012, 6, 5)),
                Arguments.of("VE day, the early May holiday moved", LocalDate.of(2020, 5, 8)),
                Arguments.of("the spring holiday moved for the Platinum Jubilee", LocalDate.of(2022, 6, 2)),
                Arguments.of("the Platinum Jubilee", LocalDate.of(2022, 6, 3)),
                Arguments.of("the State Funeral of Queen Elizabeth II", LocalDate.of(2022, 9, 19)),
                Arguments.of("the Coronation of King Charles III", LocalDate.of(2023, 5, 8)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oneOffDays")
    void aOneOffBankHolidayIsNotAWorkingDay(String occasion, LocalDate day) {
        assertHolidays(day);
    }

    @Test
    void theEarlyMayHolidayOf2020WasNotOnTheFirstMonday() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 4)));
    }

    @Test
    void theUsualSpringHolidayWasAWorkingDayInJubileeYears() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2012, 5, 28)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 5, 30)));
    }

    private static void assertHolidays(LocalDate... days) {
        for (LocalDate day : days) {
            assertTrue(CALENDAR.holidays().contains(day), day + " is a bank holiday");
            assertFalse(CALENDAR.isWorkingDay(day), day + " is not a working day");
        }
    }

    // ---- counting: day 0 is the day counted from

    @Test
    void theSameDayIsDayZero() {
        LocalDate tuesday = LocalDate.of(2024, 5, 14);
        assertEquals(0, CALENDAR.workingDaysBetween(tuesday, tuesday));
    }

    @Test
    void theNextWorkingDayIsDayOne() {
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 15)));
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 20)));
    }

    @Test
    void aWeekendAfterTheStartAddsNothing() {
        LocalDate friday = LocalDate.of(2024, 5, 17);
        assertEquals(0, CALENDAR.workingDaysBetween(friday, friday.plusDays(1)));
        assertEquals(0, CALENDAR.workingDaysBetween(friday, friday.plusDays(2)));
    }

    @Test
    void aStartOnAWeekendOrBankHolidayIsStillDayZero() {
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 20)));
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 2)));
    }

    @Test
    void anEndOnABankHolidayCountsOnlyTheWorkingDaysBeforeIt() {
        LocalDate maundyThursday = LocalDate.of(2024, 3, 28);
        assertEquals(0, CALENDAR.workingDaysBetween(maundyThursday, LocalDate.of(2024, 3, 29)));
        assertEquals(0, CALENDAR.workingDaysBetween(maundyThursday, LocalDate.of(2024, 4, 1)));
        assertEquals(1, CALENDAR.workingDaysBetween(maundyThursday, LocalDate.of(2024, 4, 2)));
    }

    @Test
    void countingBackwardsGivesTheSameCountNegated() {
        assertEquals(-1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 3, 28)));
        assertEquals(-3, CALENDAR.workingDaysBetween(LocalDate.of(2024, 5, 22), LocalDate.of(2024, 5, 17)));
    }

    @Test
    void countingAcrossChristmasAndNewYearSkipsTheSubstituteDays() {
        // Friday 24 December 2021 to Tuesday 4 January 2022: 29, 30, 31 December and 4 January.
        assertEquals(4, CALENDAR.workingDaysBetween(LocalDate.of(2021, 12, 24), LocalDate.of(2022, 1, 4)));
    }

    @Test
    void addingWorkingDaysSkipsBankHolidays() {
        LocalDate maundyThursday = LocalDate.of(2024, 3, 28);
        assertEquals(maundyThursday, CALENDAR.plusWorkingDays(maundyThursday, 0));
        assertEquals(LocalDate.of(2024, 4, 2), CALENDAR.plusWorkingDays(maundyThursday, 1));
        assertEquals(LocalDate.of(2021, 12, 29), CALENDAR.plusWorkingDays(LocalDate.of(2021, 12, 24), 1));
        assertEquals(LocalDate.of(2022, 6, 7), CALENDAR.plusWorkingDays(LocalDate.of(2022, 6, 1), 2));
    }

    @Test
    void addingAndCountingAgree() {
        LocalDate start = LocalDate.of(2022, 12, 20);
        for (int days = 0; days <= 15; days++) {
            assertEquals(days, CALENDAR.workingDaysBetween(start, CALENDAR.plusWorkingDays(start, days)));
        }
    }

    // ---- a host's bank-holiday file

    private static WorkingDayCalendar feed(String resource) throws IOException {
        try (InputStream in = BankHolidayCalendarTest.class.getResourceAsStream(resource)) {
            return WorkingDayCalendar.fromBankHolidayFeed(in);
        }
    }

    private static WorkingDayCalendar feedText(String json) {
        return WorkingDayCalendar.fromBankHolidayFeed(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFeedGivesTheEnglandAndWalesEventsOnly() throws IOException {
        WorkingDayCalendar year2031 = feed("/calendar/bank-holidays-2031.json");
        assertEquals(expectedHolidays(2031), year2031.holidays());
        assertTrue(year2031.isWorkingDay(LocalDate.of(2031, 1, 2)), "2 January is a holiday in Scotland only");
    }

    @Test
    void theBuiltInCalendarAloneKnowsNothingAfter2030() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2031, 4, 11)));
        assertEquals(4, CALENDAR.workingDaysBetween(LocalDate.of(2031, 4, 10), LocalDate.of(2031, 4, 16)));
    }

    @Test
    void aFeedAddedToTheBuiltInCalendarExtendsIt() throws IOException {
        WorkingDayCalendar extended = CALENDAR.plus(feed("/calendar/bank-holidays-2031.json"));
        assertFalse(extended.isWorkingDay(LocalDate.of(2031, 4, 11)), "Good Friday 2031");
        assertFalse(extended.isWorkingDay(LocalDate.of(2030, 12, 25)), "Christmas 2030 is kept");
        assertEquals(2, extended.workingDaysBetween(LocalDate.of(2031, 4, 10), LocalDate.of(2031, 4, 16)));
        assertEquals(CALENDAR.holidays().size() + 8, extended.holidays().size());
    }

    @Test
    void addingAFeedLeavesTheBuiltInCalendarUnchanged() throws IOException {
        int before = CALENDAR.holidays().size();
        CALENDAR.plus(feed("/calendar/bank-holidays-2031.json"));
        assertEquals(before, WorkingDayCalendar.englandAndWales().holidays().size());
        assertTrue(WorkingDayCalendar.englandAndWales().isWorkingDay(LocalDate.of(2031, 4, 11)));
    }

    @Test
    void aFeedWithABadDateNamesItsJsonPointer() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> feed("/calendar/bank-holidays-bad-date.json"));
        assertEquals("bank-holiday file: /england-and-wales/events/1/date: expected a date YYYY-MM-DD", error.getMessage());
    }

    @Test
    void aFeedWithAnEventWithoutADateNamesItsJsonPointer() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> feedText("{\"england-and-wales\":{\"events\":[{\"title\":\"Holiday\"}]}}"));
        assertEquals("bank-holiday file: /england-and-wales/events/0/date: expected a date YYYY-MM-DD", error.getMessage());
    }

    @Test
    void aFeedWithoutEnglandAndWalesEventsNamesTheMissingPointer() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> feedText("{\"scotland\":{\"events\":[]}}"));
        assertEquals("bank-holiday file: /england-and-wales/events: expected an array of events", error.getMessage());
    }

    @Test
    void aFeedThatIsNotJsonIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> feedText("{not json"));
        assertEquals("bank-holiday file: not valid JSON", error.getMessage());
    }
}
