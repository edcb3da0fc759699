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
import org.openjdk.jmh.annotations.Threads;
import org.strategycheck.AuditResult;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The full catalogue (43 rules) through the public API, against parsing the same bytes:
 * <ul>
 * <li>{@code check}: {@link StrategyCheck#check(StrategyDiscussion)} of an already-parsed record, warm;</li>
 * <li>{@code parse}: {@link RecordJson#read(byte[])} of the same bytes, to the fact model;</li>
 * <li>{@code endToEnd}: bytes to a results.jsonl line, as {@code strategycheck audit} does it;</li>
 * </ul>
 * Scores are operations (records) per second, summed over threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {

    /** The bundled record. */
    @Param({"small", "typical", "large"})
    public String record;

    private StrategyCheck checker;
    private byte[] json;
    private StrategyDiscussion parsed;
    private Messages messages;

    /** Builds the checker once, and warms it with one check. */
    @Setup
    public void setUp() {
        checker = StrategyCheck.create();
        json = Records.bytes(record);
        parsed = RecordJson.read(json);
        messages = Messages.english();
        checker.check(parsed);
    }

    /** @return the result of checking the parsed record */
    @Benchmark
    @Threads(1)
    public AuditResult check() {
        return checker.check(parsed);
    }

    /** @return the result of checking the parsed record, two threads sharing one checker */
    @Benchmark
    @Threads(2)
    public AuditResult check2Threads() {
        return checker.check(parsed);
    }

    /** @return the record read from its bytes */
    @Benchmark
    @Threads(1)
    public StrategyDiscussion parse() {
        return RecordJson.read(json);
    }

    /** @return the record read from its bytes, two threads: the machine's own scaling, as a control */
    @Benchmark
    @Threads(2)
    public StrategyDiscussion parse2Threads() {
        return RecordJson.read(json);
    }

    /** @return the results.jsonl line for the bytes */
    @Benchmark
    @Threads(1)
    public String endToEnd() {
        return ResultJson.result("batch.jsonl:1", checker.check(json), messages);
    }
}
