package org.strategycheck.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.strategycheck.WorkingDayCalendar;

/**
 * Counting working days (TIM-PROMPT and REC-MINUTES-TIMELY do it on every check): the built-in
 * calendar, computed for any year, against a calendar listing the same holidays of 2010–2030,
 * which is how the built-in one worked before it was computed. Pairs of dates a few days apart
 * within 2012–2028, as records have them; the ratio of the two scores is the figure to read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkingDaysBenchmark {

    private static final int PAIRS = 1024;

    private final LocalDate[] starts = new LocalDate[PAIRS];
    private final LocalDate[] ends = new LocalDate[PAIRS];
    private WorkingDayCalendar computed;
    private WorkingDayCalendar listed;
    private int next;

    /** Draws the date pairs and builds both calendars; they must agree on every pair. */
    @Setup
    public void setUp() {
        computed = WorkingDayCalendar.englandAndWales();
        List<LocalDate> holidays = new ArrayList<>();
        for (int year = 2010; year <= 2030; year++) {
            holidays.addAll(computed.holidaysIn(year));
        }
        listed = WorkingDayCalendar.withHolidays(holidays);
        SplittableRandom random = new SplittableRandom(16);
        long first = LocalDate.of(2012, 1, 1).toEpochDay();
        long last = LocalDate.of(2028, 12, 31).toEpochDay();
        for (int i = 0; i < PAIRS; i++) {
            starts[i] = LocalDate.ofEpochDay(random.nextLong(first, last));
            ends[i] = starts[i].plusDays(random.nextInt(0, 30));
            if (computed.workingDaysBetween(starts[i], ends[i]) != listed.workingDaysBetween(starts[i], ends[i])) {
                throw new IllegalStateException("the calendars disagree from " + starts[i] + " to " + ends[i]);
            }
        }
    }

    /** @return working days between the next pair, the computed calendar */
    @Benchmark
    public int computed() {
        int i = next++ & (PAIRS - 1);
        return computed.workingDaysBetween(starts[i], ends[i]);
    }

    /** @return working days between the next pair, the listed 2010–2030 holidays */
    @Benchmark
    public int listed2010To2030() {
        int i = next++ & (PAIRS - 1);
        return listed.workingDaysBetween(starts[i], ends[i]);
    }
}
