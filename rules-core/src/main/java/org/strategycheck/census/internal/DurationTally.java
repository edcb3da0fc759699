package org.strategycheck.census.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations counted by value, so that quartiles come from a tally whose size is the number of
 * distinct durations (a few dozen), not the number of conferences: memory stays flat.
 */
public final class DurationTally {

    private final TreeMap<Integer, Integer> counts = new TreeMap<>();
    private int total;

    /**
     * Counts one duration.
     *
     * @param workingDays at least 0
     */
    public void add(int workingDays) {
        counts.merge(workingDays, 1, Integer::sum);
        total++;
    }

    /**
     * How many durations were counted.
     *
     * @return the count
     */
    public int total() {
        return total;
    }

    /**
     * The nearest-rank percentile: the smallest duration that at least {@code percent} per
     * cent of the durations do not exceed.
     *
     * @param percent 1 to 100
     * @return the duration
     * @throws IllegalStateException when nothing was counted
     */
    public int percentile(int percent) {
        if (total == 0) {
            throw new IllegalStateException("no durations");
        }
        // rank = ceil(percent / 100 * total), at least 1, in integers
        long rank = Math.max(1, ((long) percent * total + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return counts.lastKey();
    }
}
