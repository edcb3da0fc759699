package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Proportional allocation of a dip sample across strata. */
class AllocationTest {

    @Test
    void sixteenRecordsAcrossTeamsOf50_30_20Are8_5_3() {
        // Exact shares 8.0, 4.8, 3.2: the largest remainder (0.8) gets the spare record.
        assertArrayEquals(new long[] {8, 5, 3}, Allocation.proportional(new long[] {50, 30, 20}, 16));
    }

    @Test
    void aSmallTeamStillGetsOneRecordWhenTheSampleAllowsIt() {
        // Exact shares 7.96, 7.96 and 0.08: by largest remainder 8, 8, 0, which would leave the
        // small team out; it takes its record from the first of the two equally over-served teams.
        long[] allocation = Allocation.proportional(new long[] {200, 200, 2}, 16);
        assertArrayEquals(new long[] {7, 8, 1}, allocation);
    }

    @Test
    void aSampleSmallerThanTheNumberOfStrataIsPurelyProportional() {
        assertArrayEquals(new long[] {1, 1, 0, 0}, Allocation.proportional(new long[] {40, 30, 20, 10}, 2));
    }

    @Test
    void aSampleLargerThanTheRecordsTakesThemAll() {
        assertArrayEquals(new long[] {3, 0, 2}, Allocation.proportional(new long[] {3, 0, 2}, 16));
    }

    @Property
    void theAllocationAddsUpAndNoStratumGivesMoreThanItHolds(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 500) Integer> sizes,
            @ForAll @IntRange(min = 0, max = 600) int size) {
        long[] strata = sizes.stream().mapToLong(Integer::longValue).toArray();
        long total = Arrays.stream(strata).sum();
        long[] allocation = Allocation.proportional(strata, size);
        assertEquals(Math.min(size, total), Arrays.stream(allocation).sum());
        for (int i = 0; i < strata.length; i++) {
            assertTrue(0 <= allocation[i] && allocation[i] <= strata[i], Arrays.toString(allocation));
        }
    }

    @Property
    void everyStratumIsWithinOneRecordOfItsShareWhenEveryShareIsAtLeastOne(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 500) Integer> sizes,
            @ForAll @IntRange(min = 1, max = 600) int size) {
        long[] strata = sizes.stream().mapToLong(Integer::longValue).toArray();
        long total = Arrays.stream(strata).sum();
        if (size >= total || Arrays.stream(strata).anyMatch(s -> (double) size * s / total < 1)) {
            return;
        }
        long[] allocation = Allocation.proportional(strata, size);
        for (int i = 0; i < strata.length; i++) {
            assertTrue(Math.abs(allocation[i] - (double) size * strata[i] / total) < 1, Arrays.toString(allocation));
        }
    }

    @Property
    void everyNonEmptyStratumGetsARecordWhenTheSampleCoversTheStrata(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 500) Integer> sizes,
            @ForAll @IntRange(min = 0, max = 600) int size) {
        long[] strata = sizes.stream().mapToLong(Integer::longValue).toArray();
        long nonEmpty = Arrays.stream(strata).filter(s -> s > 0).count();
        if (size < nonEmpty) {
            return;
        }
        long[] allocation = Allocation.proportional(strata, size);
        for (int i = 0; i < strata.length; i++) {
            assertTrue(strata[i] == 0 || allocation[i] >= 1, Arrays.toString(allocation));
        }
    }
}
