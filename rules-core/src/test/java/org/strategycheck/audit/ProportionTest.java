package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionTest {

    /**
     * Hand-computed from Wilson's formula, z = 1.959964: centre (p + z²/2n) / (1 + z²/n), half
     * width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n). 14 of 16 is the worked check of the issues
     * on the report and on comparing rounds.
     */
    @ParameterizedTest(name = "{0} of {1}: {2}% to {3}%")
    @CsvSource({
        "14, 16, 64.0, 96.5",
        "0, 1, 0.0, 79.3",
        "1, 1, 20.7, 100.0",
        "0, 10, 0.0, 27.8",
        "10, 10, 72.2, 100.0",
        "50, 100, 40.4, 59.6",
        "1, 3, 6.1, 79.2"})
    void theWilsonIntervalMatchesTheHandComputedOne(long met, long of, String lower, String upper) {
        Proportion.Interval interval = new Proportion(met, of).wilson95();

        assertEquals(lower, percent(interval.lower()));
        assertEquals(upper, percent(interval.upper()));
    }

    @Test
    void withNothingToGoOnTheIntervalIsTheWholeRange() {
        assertEquals(new Proportion.Interval(0, 1), Proportion.NONE.wilson95());
    }

    @Test
    void aProportionCountsWhatWasNotMet() {
        assertEquals(2, new Proportion(14, 16).notMet());
        assertEquals(0.875, new Proportion(14, 16).share());
        assertEquals(new Proportion(20, 26), new Proportion(14, 16).plus(new Proportion(6, 10)));
    }

    @Test
    void aProportionOfNothingHasNoShare() {
        assertThrows(IllegalStateException.class, Proportion.NONE::share);
    }

    @Test
    void moreMetThanApplicableIsNotAProportion() {
        assertThrows(IllegalArgumentException.class, () -> new Proportion(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 2));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }
}
