package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in calendar, {@link WorkingDayCalendar#englandAndWales()}, against the bank
 * holidays of England and Wales derived independently here, and against the published list for
 * 2010–2030.
 *
 * <p>The derivation shares nothing with the library's: Easter by the Meeus/Jones/Butcher
 * algorithm (the library uses the epact), and each day of a year judged on its own by the
 * wording of the rules ("the Monday in the last seven days of May") instead of built up holiday
 * by holiday with substitute days. The one-off days and moves are listed again here from the
 * proclamations, as reported by gov.uk's bank-holidays feed (2012 on) and the public record.
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

    /** Days proclaimed for one occasion, by date. */
    static final Map<LocalDate, String> ONE_OFF_DAYS = Map.of(
            LocalDate.of(1973, 11, 14), "the wedding of Princess Anne",
            LocalDate.of(1977, 6, 7), "the Silver Jubilee",
            LocalDate.of(1981, 7, 29), "the wedding of the Prince of Wales",
            LocalDate.of(1999, 12, 31), "the millennium",
            LocalDate.of(2002, 6, 3), "the Golden Jubilee",
            LocalDate.of(2011, 4, 29), "the royal wedding",
            LocalDate.of(2012, 6, 5), "the Diamond Jubilee",
            LocalDate.of(2022, 6, 3), "the Platinum Jubilee",
            LocalDate.of(2022, 9, 19), "the state funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "the coronation of King Charles III");

    /** The early May holiday moved to 8 May for the 50th and 75th anniversaries of VE Day. */
    static final Set<Integer> VE_DAY_YEARS = Set.of(1995, 2020);

    /** The spring holiday moved next to a jubilee day, by year. */
    static final Map<Integer, LocalDate> SPRING_IN_JUNE = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean mondayWithin(LocalDate day, Month month, int firstDayOfMonth, int lastDayOfMonth) {
        return day.getMonth() == month && day.getDayOfWeek() == DayOfWeek.MONDAY
                && day.getDayOfMonth() >= firstDayOfMonth && day.getDayOfMonth() <= lastDayOfMonth;
    }

    /** Whether one day is a bank holiday, judged on that day alone. */
    static boolean isBankHolidayByRule(LocalDate day) {
        int year = day.getYear();
        if (!weekday(day)) {
            return false;
        }
        if (ONE_OFF_DAYS.containsKey(day)) {
            return true;
        }
        LocalDate easter = easterSunday(year);
        if (day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))) {
            return true;
        }
        // New Year's Day from 1974, or the Monday after it when it falls at a weekend.
        if (year >= 1974 && day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 3) {
            LocalDate newYear = LocalDate.of(year, 1, 1);
            return day.equals(newYear) || (!weekday(newYear) && day.getDayOfWeek() == DayOfWeek.MONDAY);
        }
        // Early May: the first Monday of May, from 1978.
        if (year >= 1978 && (VE_DAY_YEARS.contains(year) ? day.equals(LocalDate.of(year, 5, 8))
                : mondayWithin(day, Month.MAY, 1, 7))) {
            return true;
        }
        // Spring: the last Monday of May.
        if (SPRING_IN_JUNE.containsKey(year) ? day.equals(SPRING_IN_JUNE.get(year)) : mondayWithin(day, Month.MAY, 25, 31)) {
            return true;
        }
        // Summer: the last Monday of August.
        if (mondayWithin(day, Month.AUGUST, 25, 31)) {
            return true;
        }
        // Christmas Day and Boxing Day: the first two weekdays from 25 December.
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 25) {
            int weekdaysFromChristmas = 0;
            for (LocalDate d = LocalDate.of(year, 12, 25); !d.isAfter(day); d = d.plusDays(1)) {
                weekdaysFromChristmas += weekday(d) ? 1 : 0;
            }
            return weekdaysFromChristmas <= 2;
        }
        return false;
    }

    static Set<LocalDate> expectedHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isBankHolidayByRule(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The published bank holidays of England and Wales, 2010–2030, in the feed's format. */
    static Map<Integer, Set<LocalDate>> publishedHolidays() throws IOException {
        Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
        try (InputStream in = BankHolidayCalendarTest.class.getResourceAsStream(
                "/calendar/published-england-and-wales-2010-2030.json")) {
            for (JsonNode event : new ObjectMapper().readTree(in).path("england-and-wales").path("events")) {
                LocalDate date = LocalDate.parse(event.path("date").asText());
                byYear.computeIfAbsent(date.getYear(), y -> new TreeSet<>()).add(date);
            }
        }
        return byYear;
    }

    static IntStream issueYears() {
        return IntStream.rangeClosed(1995, 2040);
    }

    // ---- the derivation itself

    @Test
    void theEasterAlgorithmOfThisTestAgreesWithKnownEasterSundays() {
        assertEquals(LocalDate.of(1995, 4, 16), easterSunday(1995));
        assertEquals(LocalDate.of(2011, 4, 24), easterSunday(2011));
        assertEquals(LocalDate.of(2019, 4, 21), easterSunday(2019));
        assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
        assertEquals(LocalDate.of(2038, 4, 25), easterSunday(2038));
    }

    @Test
    void theTwoEasterAlgorithmsAgreeFromYearOneToYearTenThousand() {
        for (int year = 1; year <= 10_000; year++) {
            assertEquals(easterSunday(year), EnglandAndWales.easterSunday(year), "year " + year);
        }
    }

    @Test
    void theDerivationAgreesWithThePublishedList() throws IOException {
        publishedHolidays().forEach((year, days) -> assertEquals(days, expectedHolidays(year), () -> "year " + year));
    }

    // ---- the built-in calendar against it

    @ParameterizedTest(name = "{0}")
    @MethodSource("issueYears")
    void eachYearFrom1995To2040HasExactlyTheBankHolidaysTheRulesGive(int year) {
        assertEquals(expectedHolidays(year), CALENDAR.holidaysIn(year));
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            assertEquals(weekday(day) && !isBankHolidayByRule(day), CALENDAR.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void everyYearFrom1971To2199AgreesWithTheRules() {
        for (int year = 1971; year < 2200; year++) {
            assertEquals(expectedHolidays(year), CALENDAR.holidaysIn(year), "year " + year);
        }
    }

    @Test
    void everyYearOf2010To2030IsAsPublished() throws IOException {
        publishedHolidays().forEach((year, days) -> assertEquals(days, CALENDAR.holidaysIn(year), () -> "year " + year));
        assertEquals(21, publishedHolidays().size());
    }

    @Test
    void christmas2031IsNotAWorkingDay() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2031, 12, 25)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2031, 4, 11)), "Good Friday 2031");
        assertEquals(2, CALENDAR.workingDaysBetween(LocalDate.of(2031, 4, 10), LocalDate.of(2031, 4, 16)));
    }

    @Test
    void everyYearAfterTheLastOneOffDayHasEightWeekdayHolidays() {
        for (int year : new int[] {2024, 2031, 2099, 2200, 2500, 9999}) {
            Set<LocalDate> days = CALENDAR.holidaysIn(year);
            assertEquals(8, days.size(), () -> "year " + year);
            assertTrue(days.stream().allMatch(BankHolidayCalendarTest::weekday), () -> "year " + year);
        }
    }

    @Test
    void yearsWithOneOffDaysHaveMore() {
        assertEquals(9, CALENDAR.holidaysIn(1999).size());
        assertEquals(9, CALENDAR.holidaysIn(2002).size());
        assertEquals(9, CALENDAR.holidaysIn(2011).size());
        assertEquals(9, CALENDAR.holidaysIn(2012).size());
        assertEquals(10, CALENDAR.holidaysIn(2022).size());
        assertEquals(9, CALENDAR.holidaysIn(2023).size());
    }

    // ---- what happened in particular years

    static Stream<Arguments> oneOffDays() {
        return ONE_OFF_DAYS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getValue(), e.getKey()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oneOffDays")
    void aOneOffBankHolidayIsNotAWorkingDay(String occasion, LocalDate day) {
        assertHolidays(day);
    }

    @Test
    void theEarlyMayHolidayMovedTo8MayForVeDayAnniversaries() {
        assertHolidays(LocalDate.of(1995, 5, 8), LocalDate.of(2020, 5, 8));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(1995, 5, 1)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 4)));
    }

    @Test
    void theSpringHolidayMovedToJuneInJubileeYears() {
        assertHolidays(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4));
        assertHolidays(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5));
        assertHolidays(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2002, 5, 27)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2012, 5, 28)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 5, 30)));
    }

    @Test
    void theMillenniumEveAndTheSubstituteNewYearOf2000AreBothHolidays() {
        // 1 January 2000 was a Saturday: Monday 3 January was its substitute.
        assertHolidays(LocalDate.of(1999, 12, 27), LocalDate.of(1999, 12, 28), LocalDate.of(1999, 12, 31),
                LocalDate.of(2000, 1, 3));
        // Friday 24 December 1999 to Tuesday 4 January 2000: 29 and 30 December and 4 January.
        assertEquals(3, CALENDAR.workingDaysBetween(LocalDate.of(1999, 12, 24), LocalDate.of(2000, 1, 4)));
    }

    @Test
    void newYearsDayIsAHolidayFrom1974AndEarlyMayFrom1978() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(1973, 1, 1)), "Monday 1 January 1973");
        assertHolidays(LocalDate.of(1974, 1, 1));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(1977, 5, 2)), "the first Monday of May 1977");
        assertHolidays(LocalDate.of(1978, 5, 1));
    }

    @Test
    void before1971TheRulesOf1971AreApplied() {
        for (int year : new int[] {1, 1066, 1899, 1900, 1950, 1970}) {
            LocalDate easter = easterSunday(year);
            Set<LocalDate> days = CALENDAR.holidaysIn(year);
            assertEquals(6, days.size(), () -> "year " + year);
            assertEquals(expectedHolidays(year), days, () -> "year " + year);
            assertTrue(days.contains(easter.minusDays(2)) && days.contains(easter.plusDays(1)), () -> "year " + year);
        }
        assertHolidays(LocalDate.of(1970, 12, 25), LocalDate.of(1970, 5, 25), LocalDate.of(1970, 8, 31));
    }

    // ---- substitute days

    @Test
    void christmasOnASaturdayMovesBothDaysToMondayAndTuesday() {
        assertHolidays(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        assertFalse(CALENDAR.holidaysIn(2021).contains(LocalDate.of(2021, 12, 25)));
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

    private static void assertHolidays(LocalDate... days) {
        for (LocalDate day : days) {
            assertTrue(CALENDAR.holidaysIn(day.getYear()).contains(day), day + " is a bank holiday");
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
    void countingAcrossTheEdgesOfThePrecomputedYearsIsExact() {
        LocalDate[] edges = {LocalDate.of(1899, 12, 20), LocalDate.of(1900, 1, 2), LocalDate.of(2199, 12, 20),
            LocalDate.of(2200, 1, 5), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)};
        for (LocalDate start : edges) {
            for (LocalDate end : edges) {
                assertEquals(yearByYear(start, end), CALENDAR.workingDaysBetween(start, end), start + " to " + end);
            }
        }
    }

    private static final Map<Integer, Set<LocalDate>> EXPECTED_BY_YEAR = new java.util.HashMap<>();

    /** Working days in (start, end] as whole years of weekdays less each year's holidays. */
    private static long yearByYear(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -yearByYear(end, start);
        }
        long count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            count += weekday(day) ? 1 : 0;
        }
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            for (LocalDate holiday : EXPECTED_BY_YEAR.computeIfAbsent(year, BankHolidayCalendarTest::expectedHolidays)) {
                count -= holiday.isAfter(start) && !holiday.isAfter(end) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void addingWorkingDaysSkipsBankHolidays() {
        LocalDate maundyThursday = LocalDate.of(2024, 3, 28);
        assertEquals(maundyThursday, CALENDAR.plusWorkingDays(maundyThursday, 0));
        assertEquals(LocalDate.of(2024, 4, 2), CALENDAR.plusWorkingDays(maundyThursday, 1));
        assertEquals(LocalDate.of(2021, 12, 29), CALENDAR.plusWorkingDays(LocalDate.of(2021, 12, 24), 1));
        assertEquals(LocalDate.of(2022, 6, 7), CALENDAR.plusWorkingDays(LocalDate.of(2022, 6, 1), 2));
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
        assertEquals(expectedHolidays(2031), year2031.holidaysIn(2031));
        assertTrue(year2031.isWorkingDay(LocalDate.of(2031, 1, 2)), "2 January is a holiday in Scotland only");
    }

    @Test
    void aFeedRepeatingTheComputedDaysChangesNothing() throws IOException {
        WorkingDayCalendar withFeed = CALENDAR.plus(feed("/calendar/bank-holidays-2031.json"));
        assertEquals(CALENDAR.holidaysIn(2031), withFeed.holidaysIn(2031));
        assertEquals(CALENDAR.workingDaysBetween(LocalDate.of(2030, 12, 1), LocalDate.of(2032, 1, 31)),
                withFeed.workingDaysBetween(LocalDate.of(2030, 12, 1), LocalDate.of(2032, 1, 31)));
    }

    @Test
    void aOneOffDayFromAFeedIsAddedToTheComputedOnes() {
        // A day not (yet) proclaimed: an example of what a host's feed adds.
        WorkingDayCalendar withFeed = CALENDAR.plus(feedText(
                "{\"england-and-wales\":{\"events\":[{\"title\":\"An example one-off day\",\"date\":\"2031-06-06\"}]}}"));
        assertFalse(withFeed.isWorkingDay(LocalDate.of(2031, 6, 6)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2031, 6, 6)), "the built-in calendar is unchanged");
        assertEquals(9, withFeed.holidaysIn(2031).size());
        assertEquals(CALENDAR.workingDaysBetween(LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 9)) - 1,
                withFeed.workingDaysBetween(LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 9)));
    }

    @Test
    void plusKeepsTheComputedDaysWhicheverSideTheyAreOn() {
        WorkingDayCalendar closure = WorkingDayCalendar.withHolidays(Set.of(LocalDate.of(2031, 6, 6)));
        WorkingDayCalendar one = CALENDAR.plus(closure);
        WorkingDayCalendar other = closure.plus(CALENDAR);
        for (int year : new int[] {1960, 2031, 2500}) {
            assertEquals(one.holidaysIn(year), other.holidaysIn(year));
        }
        assertFalse(other.isWorkingDay(LocalDate.of(2031, 12, 25)));
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
