package org.strategycheck.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * The hand-written baseline does the same work as the Drools path it is compared with: the same
 * result, field for field, on the benchmark records and every bundled sample. Runs in
 * {@code mvn verify}; the benchmarks themselves never do.
 */
class HandWrittenCoreChecksTest {

    private static final StrategyCheck CORE = CoreRules.checker();

    @Test
    void theProfileLeavesExactlyTheSevenCoreRules() {
        StrategyDiscussion record = RecordJson.read(Records.bytes("typical"));
        AuditResult result = CORE.check(record);
        List<String> reported = new ArrayList<>(result.passed());
        reported.addAll(result.notApplicable());
        reported.addAll(result.failed());
        assertEquals(CoreRules.IDS.stream().sorted().toList(), reported.stream().distinct().sorted().toList());
    }

    @Test
    void handWrittenChecksGiveTheRulesResult() throws IOException {
        List<StrategyDiscussion> records = new ArrayList<>();
        for (String name : List.of("small", "typical", "large")) {
            records.add(RecordJson.read(Records.bytes(name)));
        }
        try (Stream<Path> files = Files.list(Path.of("../rules-examples/samples"))) {
            for (Path file : files.sorted().toList()) {
                List<String> inputs = file.toString().endsWith(".jsonl")
                        ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of(Files.readString(file));
                for (String input : inputs) {
                    if (!input.isBlank()) {
                        try {
                            records.add(RecordJson.read(input));
                        } catch (InvalidRecordException notARecord) {
                            // Not checked by either.
                        }
                    }
                }
            }
        }
        assertTrue(records.size() >= 10, "records: " + records.size());
        for (StrategyDiscussion record : records) {
            Profile profile = CORE.profileFor(record);
            HandWrittenCoreChecks hand = new HandWrittenCoreChecks(CORE.ruleSetVersion(), CORE.catalogueVersion(), profile.id(), profile.version(),
                    CORE.rules());
            assertEquals(CORE.check(record), hand.check(record), record.recordId());
        }
    }
}
