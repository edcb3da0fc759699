package org.strategycheck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.strategycheck.AuditResult;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * The seven core rules: plain Java written by hand against the Drools path restricted to the
 * same rules by a profile that switches every other rule off ({@link CoreRules#checker()}).
 * Both return the same {@link AuditResult} from an already-parsed record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoreChecksBenchmark {

    /** The bundled record. */
    @Param({"small", "typical", "large"})
    public String record;

    private StrategyCheck drools;
    private HandWrittenCoreChecks handWritten;
    private StrategyDiscussion parsed;

    /** Builds both and warms the Drools path with one check. */
    @Setup
    public void setUp() {
        drools = CoreRules.checker();
        parsed = RecordJson.read(Records.bytes(record));
        Profile profile = drools.profileFor(parsed);
        handWritten = new HandWrittenCoreChecks(drools.ruleSetVersion(), drools.catalogueVersion(), profile.id(), profile.version(), drools.rules());
        if (!drools.check(parsed).equals(handWritten.check(parsed))) {
            throw new IllegalStateException("the hand-written checks disagree with the rules on " + record);
        }
    }

    /** @return the hand-written result */
    @Benchmark
    public AuditResult handWritten() {
        return handWritten.check(parsed);
    }

    /** @return the Drools result, seven rules */
    @Benchmark
    public AuditResult drools() {
        return drools.check(parsed);
    }
}
