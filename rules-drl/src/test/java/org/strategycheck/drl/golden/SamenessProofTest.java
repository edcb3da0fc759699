package org.strategycheck.drl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import org.strategycheck.drl.RecordArbitraries;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The large sameness proof, run on demand (it takes minutes): 100,000 records from
 * {@code strategycheck generate} and 100,000 from {@link RecordArbitraries} with a fixed seed,
 * each checked under every configuration of {@link ResultLines}, give exactly the lines a
 * reference build recorded. The inputs and the reference lines live outside the repository,
 * in the folder {@code -Dsameness.dir} names; {@code benchmarks/tools/sameness.sh} runs it
 * (and, with {@code --record}, records the reference lines from the build at hand). Without
 * {@code -Dsameness.dir} it does nothing.
 */
class SamenessProofTest {

    private static final long SEED = 14;

    // A jqwik example, not a JUnit test: RecordArbitraries generate only on a jqwik thread.
    @Example
    void linesAreTheReferenceLines() throws Exception {
        Assume.that(System.getProperty("sameness.dir") != null);
        Path dir = Path.of(System.getProperty("sameness.dir"));
        int count = Integer.getInteger("sameness.count", 100_000);
        boolean record = Boolean.getBoolean("sameness.record");
        Path arbitrary = dir.resolve("arbitrary.jsonl");
        if (!Files.exists(arbitrary)) {
            writeArbitrary(arbitrary, count);
        }
        List<Path> inputFiles = new ArrayList<>();
        for (String name : List.of("generated.jsonl", "arbitrary.jsonl")) {
            if (Files.exists(dir.resolve(name))) {
                inputFiles.add(dir.resolve(name));
            }
        }
        Path out = dir.resolve(record ? "golden" : "current");
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("sameness.threads", 2));
        List<Future<String>> runs = new ArrayList<>();
        for (Path file : inputFiles) {
            String name = file.getFileName().toString();
            List<ResultLines.Input> inputs = ResultLines.inputs(file, name);
            for (ResultLines.Configuration configuration : ResultLines.CONFIGURATIONS) {
                String lines = name.replace(".jsonl", "") + "-" + configuration.name() + ".jsonl";
                runs.add(pool.submit(() -> {
                    ResultLines.write(configuration, inputs, out.resolve(lines));
                    return record ? "" : compare(dir.resolve("golden").resolve(lines), out.resolve(lines));
                }));
            }
        }
        pool.shutdown();
        StringBuilder differences = new StringBuilder();
        for (Future<String> run : runs) {
            differences.append(run.get());
        }
        assertEquals("", differences.toString());
    }

    /** "" when the files hold the same lines, else how many differ and the first. */
    private static String compare(Path expected, Path actual) throws IOException {
        try (BufferedReader a = Files.newBufferedReader(expected, StandardCharsets.UTF_8);
                BufferedReader b = Files.newBufferedReader(actual, StandardCharsets.UTF_8)) {
            long lines = 0;
            long different = 0;
            String first = null;
            while (true) {
                String x = a.readLine();
                String y = b.readLine();
                if (x == null && y == null) {
                    break;
                }
                lines++;
                if (x == null || !x.equals(y)) {
                    different++;
                    if (first == null) {
                        first = "line " + lines + "\n  expected " + x + "\n  actual   " + y;
                    }
                }
            }
            return different == 0 ? "" : actual.getFileName() + ": " + different + " of " + lines + " lines differ; "
                    + first + "\n";
        }
    }

    private static void writeArbitrary(Path file, int count) {
        RandomGenerator<StrategyDiscussion> generator = RecordArbitraries.record().generatorWithEmbeddedEdgeCases(1000);
        Random random = new Random(SEED);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                out.write(RecordJson.write(generator.next(random).value()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
