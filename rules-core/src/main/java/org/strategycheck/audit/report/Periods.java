package org.strategycheck.audit.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.Tally;

/**
 * The periods of the trend charts and of {@code summary.csv}: months when the discussions span
 * two years or less, quarters up to ten years, years beyond, so a chart has between a handful
 * and a few dozen points. For a chart every period from the first discussion to the last is
 * present, empty ones included, so a gap in recording shows as a gap rather than disappearing;
 * {@code summary.csv} has only the periods that hold records.
 */
final class Periods {

    /** Longest span, in months, still shown month by month. */
    static final int MONTHS_UP_TO = 24;
    /** Longest span, in months, still shown quarter by quarter. */
    static final int QUARTERS_UP_TO = 120;

    /** How long one period is. */
    enum Granularity {
        MONTH("month", 1), QUARTER("quarter", 3), YEAR("year", 12);

        private final String word;
        private final int months;

        Granularity(String word, int months) {
            this.word = word;
            this.months = months;
        }

        /** E.g. {@code quarter}. */
        String word() {
            return word;
        }

        /** The first month of the period that holds {@code month}. */
        YearMonth start(YearMonth month) {
            int offset = (month.getMonthValue() - 1) % months;
            return month.minusMonths(offset);
        }

        /** The period's key in {@code summary.csv}: {@code 2024-03}, {@code 2024-Q1} or {@code 2024}. */
        String key(YearMonth start) {
            return switch (this) {
                case MONTH -> start.toString();
                case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
                case YEAR -> String.valueOf(start.getYear());
            };
        }

        /**
         * The period as a reader says it: {@code Mar 2024}, {@code Jan–Mar 2024} or {@code 2024}.
         * Quarters are spelt out because "Q1" means April to June in a financial year.
         */
        String label(YearMonth start) {
            return switch (this) {
                case MONTH -> month(start) + " " + start.getYear();
                case QUARTER -> month(start) + "\u2013" + month(start.plusMonths(2)) + " " + start.getYear();
                case YEAR -> String.valueOf(start.getYear());
            };
        }

        private static String month(YearMonth month) {
            return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
        }
    }

    /**
     * One period and its counters.
     *
     * @param key    as in {@code summary.csv}
     * @param label  as on a chart
     * @param counts the records held in it
     */
    record Period(String key, String label, Tally counts) {
    }

    private final Granularity granularity;
    private final List<Period> periods;

    private Periods(Granularity granularity, List<Period> periods) {
        this.granularity = granularity;
        this.periods = List.copyOf(periods);
    }

    /** The periods of these figures, months rolled up as their span asks. */
    static Periods of(AuditFigures figures) {
        SortedMap<YearMonth, Tally> months = figures.byMonth();
        if (months.isEmpty()) {
            return new Periods(Granularity.MONTH, List.of());
        }
        YearMonth first = months.firstKey();
        YearMonth last = months.lastKey();
        long span = ChronoUnit.MONTHS.between(first, last) + 1;
        Granularity granularity = span <= MONTHS_UP_TO ? Granularity.MONTH
                : span <= QUARTERS_UP_TO ? Granularity.QUARTER : Granularity.YEAR;
        Tally none = AuditFigures.empty(figures.rules()).total();
        List<Period> periods = new ArrayList<>();
        for (YearMonth start = granularity.start(first); !start.isAfter(last);
                start = start.plusMonths(granularity.months)) {
            Tally counts = none;
            for (Tally month : months.subMap(start, start.plusMonths(granularity.months)).values()) {
                counts = counts.plus(month);
            }
            periods.add(new Period(granularity.key(start), granularity.label(start), counts));
        }
        return new Periods(granularity, periods);
    }

    Granularity granularity() {
        return granularity;
    }

    /** In time order, first discussion to last; empty when no graded record has a {@code heldAt}. */
    List<Period> list() {
        return periods;
    }
}
