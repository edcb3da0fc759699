package org.strategycheck;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The bank holidays of England and Wales, computed for any year: the standing rules of the
 * Banking and Financial Dealings Act 1971 and the royal proclamations made under it, the years
 * a holiday was moved, and the one-off days.
 *
 * <p>From 1971 the rules are the historic ones: New Year's Day only from 1974, the early May
 * holiday only from 1978. Before 1971 the 1971 rules are applied as they stand (six holidays a
 * year), which is not what was kept then (Whit Monday, and before 1965 the first Monday of
 * August): the library makes no claim about those years, it only keeps Christmas and Easter
 * from counting as working days. After the last one-off day listed here every year has the
 * eight regular holidays; a one-off day announced later comes from a host's feed.
 *
 * <p>Every holiday produced here falls on a weekday (the weekend ones are replaced by their
 * substitute days), and every year outside {@link #FIRST_IRREGULAR_YEAR} to
 * {@link #LAST_IRREGULAR_YEAR} has the same number of them. That is what lets
 * {@link #holidaysThrough} count across any span in constant time: holidays are precomputed
 * for a generous window of years, and beyond it whole years count a fixed number each.
 */
final class EnglandAndWales {

    /** The first year of the 1971 Act's holidays; earlier years get the same rules. */
    static final int FIRST_RULE_YEAR = 1971;
    /** New Year's Day became a bank holiday in England and Wales in 1974. */
    private static final int FIRST_NEW_YEAR_HOLIDAY = 1974;
    /** The early May bank holiday (first Monday of May) was first kept in 1978. */
    private static final int FIRST_EARLY_MAY_HOLIDAY = 1978;

    /** Years when the early May holiday was not the first Monday of May (VE Day anniversaries). */
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
            1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));

    /**
     * Years when the spring holiday was not the last Monday of May (the Queen's jubilees). Whether
     * it also moved next to the Silver Jubilee day in 1977 could not be confirmed: it stays on 30 May.
     */
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    /** Bank holidays proclaimed for one occasion. */
    private static final Set<LocalDate> ONE_OFF_DAYS = Set.of(
            LocalDate.of(1973, 11, 14),   // wedding of Princess Anne
            LocalDate.of(1977, 6, 7),     // the Queen's Silver Jubilee
            LocalDate.of(1981, 7, 29),    // wedding of the Prince of Wales
            LocalDate.of(1999, 12, 31),   // the millennium
            LocalDate.of(2002, 6, 3),     // the Queen's Golden Jubilee
            LocalDate.of(2011, 4, 29),    // royal wedding
            LocalDate.of(2012, 6, 5),     // the Queen's Diamond Jubilee
            LocalDate.of(2022, 6, 3),     // the Queen's Platinum Jubilee
            LocalDate.of(2022, 9, 19),    // state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));    // coronation of King Charles III

    /** Years before this one all have the same holidays by rule (the 1971 rules). */
    static final int FIRST_IRREGULAR_YEAR = FIRST_RULE_YEAR;
    /** Years after this one all have the eight regular holidays. */
    static final int LAST_IRREGULAR_YEAR = 2023;

    private static final int HOLIDAYS_A_YEAR_BEFORE = 6;
    private static final int HOLIDAYS_A_YEAR_AFTER = 8;

    /**
     * The precomputed years, [WINDOW_FIRST_YEAR, WINDOW_END_YEAR): every record a case system
     * holds falls inside, so counting is one binary search; dates beyond still count exactly.
     */
    static final int WINDOW_FIRST_YEAR = 1900;
    static final int WINDOW_END_YEAR = 2200;

    static final EnglandAndWales INSTANCE = new EnglandAndWales();

    /** The holidays of the window years, as sorted epoch days. */
    private final long[] window;
    private final long windowFirstDay = LocalDate.of(WINDOW_FIRST_YEAR, 1, 1).toEpochDay();
    private final long windowEndDay = LocalDate.of(WINDOW_END_YEAR, 1, 1).toEpochDay();

    private EnglandAndWales() {
        long[] days = new long[(WINDOW_END_YEAR - WINDOW_FIRST_YEAR) * 12];
        int size = 0;
        for (int year = WINDOW_FIRST_YEAR; year < WINDOW_END_YEAR; year++) {
            for (long day : holidaysOf(year)) {
                days[size++] = day;
            }
        }
        window = Arrays.copyOf(days, size);
    }

    /** The first day of the precomputed window, as an epoch day. */
    long windowFirstDay() {
        return windowFirstDay;
    }

    /** The day after the precomputed window, as an epoch day. */
    long windowEndDay() {
        return windowEndDay;
    }

    /** The holidays inside the window, as sorted epoch days (a copy). */
    long[] windowDays() {
        return window.clone();
    }

    /** How many holidays the window holds. */
    int windowSize() {
        return window.length;
    }

    /** Whether the day is a bank holiday. */
    boolean isHoliday(long epochDay) {
        if (epochDay >= windowFirstDay && epochDay < windowEndDay) {
            return Arrays.binarySearch(window, epochDay) >= 0;
        }
        return Arrays.binarySearch(holidaysOf(LocalDate.ofEpochDay(epochDay).getYear()), epochDay) >= 0;
    }

    /**
     * How many bank holidays fall on or before the day, counted from the start of the window:
     * negative before it. Only differences of two counts mean anything.
     */
    long holidaysThrough(long epochDay) {
        if (epochDay >= windowFirstDay && epochDay < windowEndDay) {
            return upperBound(window, epochDay);
        }
        int year = LocalDate.ofEpochDay(epochDay).getYear();
        long[] ofYear = holidaysOf(year);
        int throughDay = upperBound(ofYear, epochDay);
        if (epochDay < windowFirstDay) {
            // Less the holidays after the day: the rest of its year and the whole years up to the window.
            long wholeYears = (long) WINDOW_FIRST_YEAR - year - 1;
            return -((ofYear.length - throughDay) + wholeYears * HOLIDAYS_A_YEAR_BEFORE);
        }
        long wholeYears = (long) year - WINDOW_END_YEAR;
        return window.length + wholeYears * HOLIDAYS_A_YEAR_AFTER + throughDay;
    }

    /** How many of the sorted days are on or before the day. */
    static int upperBound(long[] sortedDays, long epochDay) {
        int low = 0;
        int high = sortedDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedDays[middle] <= epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The bank holidays of a year, as sorted epoch days; each one a weekday. */
    static long[] holidaysOf(int year) {
        long[] days = new long[12];
        int size = 0;
        if (year >= FIRST_NEW_YEAR_HOLIDAY) {
            days[size++] = firstWeekdayFrom(LocalDate.of(year, Month.JANUARY, 1));
        }
        LocalDate easter = easterSunday(year);
        days[size++] = easter.minusDays(2).toEpochDay();
        days[size++] = easter.plusDays(1).toEpochDay();
        if (year >= FIRST_EARLY_MAY_HOLIDAY) {
            LocalDate moved = EARLY_MAY_MOVED.get(year);
            days[size++] = (moved != null ? moved
                    : LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))).toEpochDay();
        }
        LocalDate springMoved = SPRING_MOVED.get(year);
        days[size++] = (springMoved != null ? springMoved
                : LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))).toEpochDay();
        days[size++] = LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))
                .toEpochDay();
        // Christmas Day and Boxing Day: the first two weekdays from 25 December (a Saturday
        // Christmas gives Monday and Tuesday, a Sunday one Boxing Day Monday and a Tuesday).
        long christmas = firstWeekdayFrom(LocalDate.of(year, Month.DECEMBER, 25));
        days[size++] = christmas;
        days[size++] = firstWeekdayFrom(LocalDate.ofEpochDay(christmas + 1));
        if (year >= FIRST_IRREGULAR_YEAR && year <= LAST_IRREGULAR_YEAR) {
            for (LocalDate oneOff : ONE_OFF_DAYS) {
                if (oneOff.getYear() == year) {
                    days[size++] = oneOff.toEpochDay();
                }
            }
        }
        long[] sorted = Arrays.copyOf(days, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The day itself, or the Monday after it when it falls at a weekend. */
    private static long firstWeekdayFrom(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.toEpochDay() + 2;
            case SUNDAY -> day.toEpochDay() + 1;
            default -> day.toEpochDay();
        };
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the epact (Clavius's method as Knuth gives it
     * in The Art of Computer Programming, 1.3.2 exercise 14). Long arithmetic and floor
     * division keep it right for every year a {@code LocalDate} can hold.
     */
    static LocalDate easterSunday(int year) {
        long y = year;
        long golden = Math.floorMod(y, 19) + 1;
        long century = Math.floorDiv(y, 100) + 1;
        long droppedLeapDays = Math.floorDiv(3 * century, 4) - 12;
        long moonCorrection = Math.floorDiv(8 * century + 5, 25) - 5;
        long sundayKey = Math.floorDiv(5 * y, 4) - droppedLeapDays - 10;
        long epact = Math.floorMod(11 * golden + 20 + moonCorrection - droppedLeapDays, 30);
        if ((epact == 25 && golden > 11) || epact == 24) {
            epact++;
        }
        long fullMoon = 44 - epact;
        if (fullMoon < 21) {
            fullMoon += 30;
        }
        long sunday = fullMoon + 7 - Math.floorMod(sundayKey + fullMoon, 7);
        return sunday > 31 ? LocalDate.of(year, Month.APRIL, (int) (sunday - 31))
                : LocalDate.of(year, Month.MARCH, (int) sunday);
    }
}
