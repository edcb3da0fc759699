package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Score intervals against worked values, and the laws any interval for a rate must keep. */
class IntervalsTest {

    private static final double POINT = 0.0005;

    @Test
    void wilsonFor14Of16Is64To96Point5Percent() {
        // The worked value: "Health invited in 14 of 16 discussions (88%, 64–97%)".
        assertArrayEquals(new double[] {0.6398, 0.9650}, Intervals.wilson(14, 16), POINT);
    }

    @Test
    void wilsonFor0Of1StartsAtExactlyZeroAndIsWide() {
        double[] interval = Intervals.wilson(0, 1);
        assertEquals(0.0, interval[0]);
        assertEquals(0.7935, interval[1], POINT);
    }

    @Test
    void wilsonForAllMetEndsAtExactlyOne() {
        assertEquals(1.0, Intervals.wilson(16, 16)[1]);
    }

    @Test
    void newcombeFor56Of70Against48Of80IsTwentyPointsFrom5Point2To33Point4() {
        // Worked check in the issue: a difference of 20.0 points, 95% interval 5.2 to 33.4.
        double[] change = Intervals.newcombeDifference(56, 70, 48, 80);
        assertArrayEquals(new double[] {0.200, 0.0524, 0.3339}, change, POINT);
    }

    @Test
    void newcombeIsAntisymmetric() {
        double[] forward = Intervals.newcombeDifference(56, 70, 48, 80);
        double[] backward = Intervals.newcombeDifference(48, 80, 56, 70);
        assertArrayEquals(new double[] {-forward[0], -forward[2], -forward[1]}, backward, 1e-12);
    }

    @Test
    void aRateOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(3, 2));
    }

    @Property
    void theWilsonIntervalHoldsTheRateAndStaysWithinZeroAndOne(
            @ForAll @IntRange(min = 1, max = 100_000) int trials, @ForAll @IntRange(min = 0, max = 100_000) int met) {
        int successes = met % (trials + 1);
        double[] interval = Intervals.wilson(successes, trials);
        double rate = (double) successes / trials;
        assertTrue(0 <= interval[0] && interval[0] <= rate && rate <= interval[1] && interval[1] <= 1,
                successes + " of " + trials);
    }

    @Property
    void theDifferenceIntervalHoldsTheDifference(
            @ForAll @IntRange(min = 1, max = 5_000) int trialsA, @ForAll @IntRange(min = 0, max = 5_000) int metA,
            @ForAll @IntRange(min = 1, max = 5_000) int trialsB, @ForAll @IntRange(min = 0, max = 5_000) int metB) {
        double[] change = Intervals.newcombeDifference(metA % (trialsA + 1), trialsA, metB % (trialsB + 1), trialsB);
        assertTrue(-1 <= change[1] && change[1] <= change[0] && change[0] <= change[2] && change[2] <= 1,
                java.util.Arrays.toString(change));
    }
}
