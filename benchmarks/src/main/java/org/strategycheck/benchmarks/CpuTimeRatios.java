package org.strategycheck.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * A cross-check of the JMH ratios on a shared machine: the <em>CPU time</em> of this thread per
 * operation, with every variant run in turn in each of many short rounds in one JVM, so that
 * other processes' load slows all variants alike and CPU time does not count the time this
 * thread waited for a core. Prints the median over rounds, in microseconds per operation.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.strategycheck.benchmarks.CpuTimeRatios [rounds]</pre>
 */
public final class CpuTimeRatios {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private CpuTimeRatios() {
    }

    /**
     * @param args optional number of rounds (default 40)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        StrategyCheck checker = StrategyCheck.create();
        StrategyCheck core = CoreRules.checker();
        Messages messages = Messages.english();
        System.out.printf("%-8s %10s %10s %10s %12s %12s | %9s %9s %11s%n", "record", "parse", "check",
                "endToEnd", "coreHand", "coreDrools", "chk/parse", "e2e/parse", "hand/drools");
        Map<String, Map<String, Supplier<Object>>> byRecord = new LinkedHashMap<>();
        for (String name : List.of("small", "typical", "large")) {
            byte[] json = Records.bytes(name);
            StrategyDiscussion parsed = RecordJson.read(json);
            var profile = core.profileFor(parsed);
            HandWrittenCoreChecks hand = new HandWrittenCoreChecks(core.ruleSetVersion(), core.catalogueVersion(), profile.id(), profile.version(),
                    core.rules());
            Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
            variants.put("parse", () -> RecordJson.read(json));
            variants.put("check", () -> checker.check(parsed));
            variants.put("endToEnd", () -> ResultJson.result("batch.jsonl:1", checker.check(json), messages));
            variants.put("coreHand", () -> hand.check(parsed));
            variants.put("coreDrools", () -> core.check(parsed));
            byRecord.put(name, variants);
        }
        // Warm-up of every variant on every record before anything is measured: about 18 s of CPU.
        for (int r = 0; r < 15; r++) {
            byRecord.values().forEach(variants -> variants.values().forEach(v -> run(v, 20_000_000L)));
        }
        for (Map.Entry<String, Map<String, Supplier<Object>>> entry : byRecord.entrySet()) {
            String name = entry.getKey();
            Map<String, Supplier<Object>> variants = entry.getValue();
            Map<String, double[]> perOp = new LinkedHashMap<>();
            variants.keySet().forEach(k -> perOp.put(k, new double[rounds]));
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Supplier<Object>> variant : variants.entrySet()) {
                    perOp.get(variant.getKey())[r] = run(variant.getValue(), 20_000_000L);
                }
            }
            Map<String, Double> median = new LinkedHashMap<>();
            perOp.forEach((k, v) -> {
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                median.put(k, sorted[sorted.length / 2] / 1000.0);
            });
            System.out.printf("%-8s %10.2f %10.2f %10.2f %12.3f %12.2f | %9.2f %9.2f %11.4f%n", name,
                    median.get("parse"), median.get("check"), median.get("endToEnd"),
                    median.get("coreHand"), median.get("coreDrools"), median.get("check") / median.get("parse"),
                    median.get("endToEnd") / median.get("parse"), median.get("coreHand") / median.get("coreDrools"));
        }
    }

    /** Runs the variant for about the given CPU time; returns CPU nanoseconds per operation. */
    private static double run(Supplier<Object> variant, long cpuNanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        long ops = 0;
        long now;
        do {
            for (int i = 0; i < 16; i++) {
                sink = variant.get();
            }
            ops += 16;
            now = THREADS.getCurrentThreadCpuTime();
        } while (now - start < cpuNanos);
        return (double) (now - start) / ops;
    }
}
