package org.strategycheck.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proportional allocation of a dip sample across strata (teams, partnerships, grades).
 *
 * <p>Each stratum gets its share of the sample, rounded by largest remainder (Hamilton's method)
 * so that the parts add up to the sample exactly and each is within one record of its exact
 * share — except that every non-empty stratum gets at least one record when the sample is at
 * least as large as the number of strata, because an audit that leaves a team out cannot say
 * anything about it. The minimum is taken from the strata furthest above their exact share. No
 * stratum gets more records than it holds.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Allocates {@code size} records across strata of the given sizes.
     *
     * @param strata the number of records in each stratum, in a fixed order (ties are broken by it)
     * @param size   the sample size; more than the records there are takes every record
     * @return how many records to draw from each stratum, in the same order
     */
    public static long[] proportional(long[] strata, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("the sample size cannot be negative");
        }
        long total = 0;
        int nonEmpty = 0;
        for (long stratum : strata) {
            if (stratum < 0) {
                throw new IllegalArgumentException("a stratum cannot hold fewer than 0 records");
            }
            total += stratum;
            nonEmpty += stratum > 0 ? 1 : 0;
        }
        long[] allocation = new long[strata.length];
        if (size >= total) {
            return strata.clone();
        }
        if (size == 0) {
            return allocation;
        }
        long remaining = size;
        boolean minimumOfOne = size >= nonEmpty;
        double[] exact = new double[strata.length];
        double[] remainders = new double[strata.length];
        for (int i = 0; i < strata.length; i++) {
            exact[i] = (double) size * strata[i] / total;
            allocation[i] = (long) Math.floor(exact[i]);
            remainders[i] = exact[i] - allocation[i];
            remaining -= allocation[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < strata.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int i : order) {
            if (remaining == 0) {
                break;
            }
            if (allocation[i] < strata[i]) {
                allocation[i]++;
                remaining--;
            }
        }
        if (minimumOfOne) {
            for (int i = 0; i < strata.length; i++) {
                if (strata[i] > 0 && allocation[i] == 0) {
                    allocation[i] = 1;
                    allocation[donor(allocation, exact)]--;
                }
            }
        }
        return allocation;
    }

    /** The stratum that can best spare a record: furthest above its exact share, first in order on ties. */
    private static int donor(long[] allocation, double[] exact) {
        int donor = -1;
        for (int i = 0; i < allocation.length; i++) {
            if (allocation[i] > 1 && (donor < 0 || allocation[i] - exact[i] > allocation[donor] - exact[donor])) {
                donor = i;
            }
        }
        if (donor < 0) {
            throw new IllegalStateException("no stratum can spare a record");
        }
        return donor;
    }
}
