package org.strategycheck.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * A cross-check of the 2-thread scaling on a shared machine: short rounds of 1 thread and of 2
 * threads, alternating, for {@code check} and, as a control that has no shared state at all,
 * {@code parse}. If parse does not scale either, the machine had no second core to give.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.strategycheck.benchmarks.ThreadScaling [rounds] [record]</pre>
 */
public final class ThreadScaling {

    private static volatile Object sink;

    private ThreadScaling() {
    }

    /**
     * @param args rounds (default 20), record (default typical)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String name = args.length > 1 ? args[1] : "typical";
        StrategyCheck checker = StrategyCheck.create();
        byte[] json = Records.bytes(name);
        StrategyDiscussion parsed = RecordJson.read(json);
        List<String> labels = List.of("check", "parse");
        List<Supplier<Object>> work = List.of(() -> checker.check(parsed), () -> RecordJson.read(json));
        for (int w = 0; w < work.size(); w++) {
            for (int r = 0; r < 5; r++) {
                opsPerSecond(work.get(w), 1, 300);
                opsPerSecond(work.get(w), 2, 300);
            }
        }
        for (int w = 0; w < work.size(); w++) {
            double[] ratios = new double[rounds];
            double[] one = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                one[r] = opsPerSecond(work.get(w), 1, 500);
                ratios[r] = opsPerSecond(work.get(w), 2, 500) / one[r];
            }
            Arrays.sort(ratios);
            Arrays.sort(one);
            System.out.printf("%s %-6s 1 thread median %,.0f ops/s; 2 threads / 1 thread: median %.2f (min %.2f, max %.2f)%n",
                    name, labels.get(w), one[rounds / 2], ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
        }
    }

    private static double opsPerSecond(Supplier<Object> work, int threads, long millis) throws InterruptedException {
        LongAdder ops = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(threads);
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                long n = 0;
                while (!stop.get()) {
                    sink = work.get();
                    n++;
                }
                ops.add(n);
            });
            thread.start();
            running.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        Thread.sleep(millis);
        stop.set(true);
        for (Thread thread : running) {
            thread.join();
        }
        return ops.sum() * 1e9 / (System.nanoTime() - start);
    }
}
