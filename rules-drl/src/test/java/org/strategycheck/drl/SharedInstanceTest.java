package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.model.StrategyDiscussion;

/** One instance is shared by every thread of a host and gives each the same answers as one thread would. */
class SharedInstanceTest {

    @Test
    void manyThreadsSharingOneInstanceGetTheSingleThreadedResults() throws Exception {
        Arbitrary<StrategyDiscussion> arbitrary = RecordArbitraries.record();
        List<StrategyDiscussion> records = arbitrary.sampleStream().limit(300).toList();
        List<AuditResult> expected = records.stream().map(TestRecord.CHECKER::check).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<AuditResult>>> rounds = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 37;
                rounds.add(pool.submit(() -> {
                    List<AuditResult> results = new ArrayList<>(records.size());
                    for (int i = 0; i < records.size(); i++) {
                        results.add(null);
                    }
                    // Each thread walks the records from a different starting point, so threads overlap on different records.
                    for (int n = 0; n < records.size(); n++) {
                        int i = (n + offset) % records.size();
                        results.set(i, TestRecord.CHECKER.check(records.get(i)));
                    }
                    return results;
                }));
            }
            for (Future<List<AuditResult>> round : rounds) {
                assertEquals(expected, round.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
