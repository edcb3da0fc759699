package org.strategycheck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JMH JSON of a run into the ratio table of benchmarks/README.md (Markdown on stdout).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.strategycheck.benchmarks.Summary benchmarks/results/jmh.json</pre>
 */
public final class Summary {

    private Summary() {
    }

    /**
     * @param args the JMH JSON file
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> error = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        for (JsonNode run : runs) {
            String name = run.get("benchmark").asText();
            String key = name.substring(name.lastIndexOf('.') + 1) + "/" + run.get("params").get("record").asText();
            score.put(key, run.get("primaryMetric").get("score").asDouble());
            error.put(key, run.get("primaryMetric").get("scoreError").asDouble());
            JsonNode gc = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
            if (gc != null) {
                alloc.put(key, gc.get("score").asDouble());
            }
        }
        List<String> records = List.of("small", "typical", "large");
        System.out.println("Throughput, operations (records) per second, higher is better (± JMH's 99.9% error):");
        System.out.println();
        System.out.println("| record | parse | parse, 2 threads | check | check, 2 threads "
                + "| end to end | core: hand-written | core: Drools |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String r : records) {
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", r, cell(score, error, "parse/" + r),
                    cell(score, error, "parse2Threads/" + r),
                    cell(score, error, "check/" + r), cell(score, error, "check2Threads/" + r),
                    cell(score, error, "endToEnd/" + r),
                    cell(score, error, "handWritten/" + r), cell(score, error, "drools/" + r));
        }
        System.out.println();
        System.out.println("Ratios from the same run (target in brackets):");
        System.out.println();
        System.out.println("| record | check time / parse time (≤ 1.0) | end-to-end / parse-only throughput (≥ 0.5) "
                + "| check, 2 threads / 1 thread (≥ 1.7) | parse, 2 threads / 1 thread (control) "
                + "| Drools / hand-written, core rules (≥ 0.2) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String r : records) {
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.3f |%n", r,
                    ratio(score, "parse/" + r, "check/" + r), ratio(score, "endToEnd/" + r, "parse/" + r),
                    ratio(score, "check2Threads/" + r, "check/" + r), ratio(score, "parse2Threads/" + r, "parse/" + r),
                    ratio(score, "drools/" + r, "handWritten/" + r));
        }
        System.out.println();
        System.out.println("Allocation per operation (`-prof gc`, gc.alloc.rate.norm), KB:");
        System.out.println();
        System.out.println("| record | parse | check | end to end | core: hand-written | core: Drools |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String r : records) {
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", r, kb(alloc, "parse/" + r), kb(alloc, "check/" + r),
                    kb(alloc, "endToEnd/" + r), kb(alloc, "handWritten/" + r),
                    kb(alloc, "drools/" + r));
        }
    }

    private static String cell(Map<String, Double> score, Map<String, Double> error, String key) {
        Double s = score.get(key);
        if (s == null) {
            return "–";
        }
        Double e = error.get(key);
        return e == null || e.isNaN() ? String.format("%,.0f", s) : String.format("%,.0f ± %,.0f", s, e);
    }

    private static double ratio(Map<String, Double> score, String numerator, String denominator) {
        Double n = score.get(numerator);
        Double d = score.get(denominator);
        return n == null || d == null ? Double.NaN : n / d;
    }

    private static String kb(Map<String, Double> alloc, String key) {
        Double bytes = alloc.get(key);
        return bytes == null ? "–" : String.format("%.1f", bytes / 1024);
    }
}
