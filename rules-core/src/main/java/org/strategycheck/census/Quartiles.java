package org.strategycheck.census;

/**
 * The quartiles of conferences' durations in working days, as the DfE publishes them (table
 * C4: {@code Duration_25th_Percentile}, {@code Duration_median}, {@code Duration_75th_Percentile}).
 * Each is a duration some conference had (nearest rank): the p-th percentile is the smallest
 * duration that at least p per cent of the durations do not exceed.
 *
 * @param lower  the 25th percentile
 * @param median the 50th
 * @param upper  the 75th
 */
public record Quartiles(int lower, int median, int upper) {

    /** Checks the order. */
    public Quartiles {
        if (lower < 0 || lower > median || median > upper) {
            throw new IllegalArgumentException("quartiles are ordered and not negative");
        }
    }
}
