package org.strategycheck.drl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.drl.RecordArbitraries;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.Evaluation;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * The tuned engine (pooled sessions, an agenda filter instead of a listener, rule bases without
 * a profile's switched-off rules) gives byte-identical results.jsonl lines to the simple path
 * ({@link ReferenceEngine}: a new session per record with an agenda listener), on every bundled
 * record and on thousands of generated ones, under every built-in profile, and from two threads
 * at once.
 */
class PooledEngineEquivalenceTest {

    private static final Messages MESSAGES = Messages.english();
    private static final ReferenceEngine SIMPLE = new ReferenceEngine();
    private static final Clock IN_2022 = Clock.fixed(Instant.parse("2022-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<StrategyCheck> CHECKERS = List.of(
            StrategyCheck.create(),
            StrategyCheck.builder().profile("example-meeting-for-injury").build(),  // a rule switched off
            StrategyCheck.builder().profile("example-prompt-minutes").build(),      // v2: a severity and a threshold
            StrategyCheck.builder().profile("example-prompt-minutes").clock(IN_2022).build());  // v1

    @Test
    void bundledRecordsGiveIdenticalLinesUnderEveryProfile() throws IOException {
        List<StrategyDiscussion> records = bundledRecords();
        assertTrue(records.size() >= 15, "bundled records found: " + records.size());
        for (StrategyCheck checker : CHECKERS) {
            for (StrategyDiscussion record : records) {
                assertEquals(simpleLine(checker, record), tunedLine(checker, record), record.recordId());
            }
        }
    }

    @Provide
    Arbitrary<StrategyDiscussion> records() {
        return RecordArbitraries.record();
    }

    @Provide
    Arbitrary<List<StrategyDiscussion>> batches() {
        return RecordArbitraries.record().list().ofSize(600);
    }

    // Every record under the default profile, and under another profile chosen by the record's hash.
    @Property(seed = "20261123")
    void generatedRecordsGiveIdenticalLines(@ForAll("records") StrategyDiscussion record) {
        StrategyCheck checker = CHECKERS.get(0);
        assertEquals(simpleLine(checker, record), tunedLine(checker, record));
        StrategyCheck other = CHECKERS.get(1 + Math.floorMod(record.hashCode(), 3));
        assertEquals(simpleLine(other, record), tunedLine(other, record));
    }

    @Property(tries = 1, seed = "7", shrinking = ShrinkingMode.OFF)
    void twoThreadsGetTheSimplePathsLines(@ForAll("batches") List<StrategyDiscussion> records) throws Exception {
        StrategyCheck checker = CHECKERS.get(0);
        List<String> expected = records.stream().map(r -> simpleLine(checker, r)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                // Both threads walk the same records in the same order, three times, so that they fire
                // the same rules at the same moments: shared state between sessions would show.
                runs.add(threads.submit(() -> {
                    List<String> lines = null;
                    for (int pass = 0; pass < 3; pass++) {
                        List<String> thisPass = records.stream().map(r -> tunedLine(checker, r)).toList();
                        if (lines != null && !lines.equals(thisPass)) {
                            return thisPass;
                        }
                        lines = thisPass;
                    }
                    return lines;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String tunedLine(StrategyCheck checker, StrategyDiscussion record) {
        return ResultJson.result(null, checker.check(record), MESSAGES);
    }

    /** What StrategyCheck.check does, with the simple engine. */
    private static String simpleLine(StrategyCheck checker, StrategyDiscussion record) {
        Profile profile = checker.profileFor(record);
        List<RuleDescription> rules = SIMPLE.rules();
        Set<String> disabled = new HashSet<>();
        profile.rules().forEach((id, settings) -> {
            if (!settings.enabled()) {
                disabled.add(id);
            }
        });
        Evaluation evaluation = new Evaluation(rules, profile);
        CheckMode stage = CheckMode.AS_RECORDED.stageOf(record);
        SIMPLE.evaluate(RecordFacts.of(record, WorkingDayCalendar.englandAndWales(), profile.thresholds(),
                stage == CheckMode.FINAL), disabled, evaluation);
        return ResultJson.result(null, evaluation.result(record.recordId(), SIMPLE.version(), SIMPLE.catalogueVersion(), stage), MESSAGES);
    }

    /** Every record bundled with the project: samples, test records and the benchmark records. */
    private static List<StrategyDiscussion> bundledRecords() throws IOException {
        List<StrategyDiscussion> records = new ArrayList<>();
        for (String folder : List.of("src/test/resources/records", "../rules-core/src/test/resources/samples",
                "../rules-core/src/test/resources/records", "../rules-examples/samples",
                "../benchmarks/src/main/resources/org/strategycheck/benchmarks/records")) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    List<byte[]> inputs = new ArrayList<>();
                    if (file.toString().endsWith(".json")) {
                        inputs.add(Files.readAllBytes(file));
                    } else if (file.toString().endsWith(".jsonl")) {
                        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                            if (!line.isBlank()) {
                                inputs.add(line.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                    }
                    for (byte[] input : inputs) {
                        try {
                            records.add(RecordJson.read(input));
                        } catch (InvalidRecordException notARecord) {
                            // Samples of bad input are not checked by either path.
                        }
                    }
                }
            }
        }
        return records;
    }
}
