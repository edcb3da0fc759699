package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {

    @Test
    void resultsComeBackInSubmissionOrderHoweverLongEachTaskTakes() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedPool<Integer> pool = new OrderedPool<>(4, 8, Long.MAX_VALUE, seen::add)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                pool.submit(() -> {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                    return n;
                }, 1);
            }
            pool.finish();
        }

        assertEquals(200, seen.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void neverMoreTasksAreOutstandingThanTheWindowHolds() {
        AtomicInteger outstanding = new AtomicInteger();
        int[] most = {0};
        try (OrderedPool<Integer> pool = new OrderedPool<>(2, 5, Long.MAX_VALUE, r -> outstanding.decrementAndGet())) {
            for (int i = 0; i < 100; i++) {
                pool.submit(() -> 1, 1);
                most[0] = Math.max(most[0], outstanding.incrementAndGet());
            }
            pool.finish();
        }

        assertEquals(5, most[0]);
        assertEquals(0, outstanding.get());
    }

    @Test
    void theWindowIsAlsoBoundedByTheBytesItHolds() {
        AtomicInteger outstanding = new AtomicInteger();
        int[] most = {0};
        try (OrderedPool<Integer> pool = new OrderedPool<>(2, 1000, 3_000, r -> outstanding.decrementAndGet())) {
            for (int i = 0; i < 50; i++) {
                pool.submit(() -> 1, 1_000);
                most[0] = Math.max(most[0], outstanding.incrementAndGet());
            }
            pool.finish();
        }

        assertEquals(3, most[0]);
    }

    @Test
    void aTaskThatFailsStopsTheRunWithItsException() {
        IllegalStateException thrown = null;
        try (OrderedPool<Integer> pool = new OrderedPool<>(2, 4, Long.MAX_VALUE, r -> { })) {
            pool.submit(() -> {
                throw new IllegalStateException("inputs changed");
            }, 1);
            pool.finish();
        } catch (IllegalStateException e) {
            thrown = e;
        }

        assertTrue(thrown != null && thrown.getMessage().equals("inputs changed"));
    }
}
