package org.strategycheck.audit;

import org.strategycheck.audit.internal.Intervals;

/**
 * How many of the records a measure applied to met it: "health invited in 14 of 16
 * discussions". A rate is never published without its count, and its 95% Wilson score
 * interval says how far a small count can be trusted ({@link #wilson95()}).
 *
 * @param met how many met it
 * @param of  how many it applied to
 */
public record Proportion(long met, long of) {

    /** Checks that {@code 0 <= met <= of}. */
    public Proportion {
        if (met < 0 || met > of) {
            throw new IllegalArgumentException("a proportion is 0 <= met <= of, not " + met + " of " + of);
        }
    }

    /** Nothing applied. */
    public static final Proportion NONE = new Proportion(0, 0);

    /**
     * How many it applied to and did not meet.
     *
     * @return {@code of - met}
     */
    public long notMet() {
        return of - met;
    }

    /**
     * Whether it applied to no record: there is no rate to give.
     *
     * @return {@code of == 0}
     */
    public boolean isEmpty() {
        return of == 0;
    }

    /**
     * The share met, from 0 to 1.
     *
     * @return {@code met / of}
     * @throws IllegalStateException when it applied to no record
     */
    public double share() {
        if (of == 0) {
            throw new IllegalStateException("no share of nothing: the measure applied to no record");
        }
        return met / (double) of;
    }

    /**
     * The two proportions added up, e.g. two periods or two partitions of one audit.
     *
     * @param other another proportion
     * @return the sum of the counts
     */
    public Proportion plus(Proportion other) {
        return new Proportion(Math.addExact(met, other.met), Math.addExact(of, other.of));
    }

    /**
     * The 95% Wilson score interval of the share met (Wilson, 1927): unlike the share plus or
     * minus two standard errors it stays within 0 to 1 and is honest for small counts and for
     * shares near 0 or 1. For 14 of 16 it is 64.0% to 96.5%. With nothing to go on
     * ({@code of == 0}) it is the whole range, 0 to 1.
     *
     * @return the interval, as shares from 0 to 1
     */
    public Interval wilson95() {
        if (of == 0) {
            return new Interval(0, 1);
        }
        double[] bounds = Intervals.wilson(met, of);
        return new Interval(bounds[0], bounds[1]);
    }

    /**
     * A range of shares, from 0 to 1.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     */
    public record Interval(double lower, double upper) {

        /** Checks that {@code 0 <= lower <= upper <= 1}. */
        public Interval {
            if (!(lower >= 0 && lower <= upper && upper <= 1)) {
                throw new IllegalArgumentException("an interval of shares lies within 0 to 1: " + lower + " to " + upper);
            }
        }
    }
}
