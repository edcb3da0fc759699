package org.strategycheck.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.StrategyCheck;
import org.strategycheck.drl.internal.SimplePath;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Which of the pooled engine's options pay, measured as this thread's CPU time per check with
 * the variants interleaved in short rounds in one JVM (see {@link CpuTimeRatios}). Used to choose
 * DroolsRuleEngine.Options.TUNED; not part of the suite.
 */
public final class EngineOptionsCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private EngineOptionsCpuTime() {
    }

    /**
     * @param args rounds, then record names
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("typical");
        for (StrategyCheck checker : List.of(StrategyCheck.create(), CoreRules.checker())) {
            Map<String, SimplePath> variants = new LinkedHashMap<>();
            variants.put("simple", new SimplePath(checker));
            variants.put("pooled", SimplePath.pooled(checker, false, false));
            variants.put("+applies", SimplePath.pooled(checker, true, false));
            variants.put("+types", SimplePath.pooled(checker, true, true));
            for (String name : names) {
                StrategyDiscussion record = RecordJson.read(Records.bytes(name));
                Map<String, double[]> perOp = new LinkedHashMap<>();
                variants.keySet().forEach(k -> perOp.put(k, new double[rounds]));
                for (int r = 0; r < 15; r++) {
                    variants.values().forEach(v -> run(v, record, 30_000_000L));
                }
                for (int r = 0; r < rounds; r++) {
                    for (Map.Entry<String, SimplePath> v : variants.entrySet()) {
                        perOp.get(v.getKey())[r] = run(v.getValue(), record, 30_000_000L);
                    }
                }
                StringBuilder line = new StringBuilder(String.format("%-6s %-8s", checker.rules().size() > 0
                        && checker.profileFor(record).id().equals(CoreRules.PROFILE) ? "core" : "full", name));
                perOp.forEach((k, v) -> {
                    double[] s = v.clone();
                    Arrays.sort(s);
                    line.append(String.format(" %s=%.1fus", k, s[s.length / 2] / 1000));
                });
                System.out.println(line);
            }
        }
    }

    private static double run(SimplePath path, StrategyDiscussion record, long cpuNanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        long ops = 0;
        long now;
        do {
            for (int i = 0; i < 8; i++) {
                sink = path.check(record);
            }
            ops += 8;
            now = THREADS.getCurrentThreadCpuTime();
        } while (now - start < cpuNanos);
        return (double) (now - start) / ops;
    }
}
