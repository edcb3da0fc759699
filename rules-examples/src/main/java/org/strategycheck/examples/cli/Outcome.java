package org.strategycheck.examples.cli;

import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RecordError;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.ResultJson;

/**
 * What became of one input: a graded result, or the errors that kept it from being read.
 *
 * @param source   where the record came from: {@code FILE} or {@code FILE:LINE}
 * @param recordId the record's id when it could be read that far, else {@code null}
 * @param result   the result, or {@code null} when the record was rejected
 * @param errors   why it was rejected; empty when graded
 */
record Outcome(String source, String recordId, AuditResult result, List<RecordError> errors) {

    Outcome {
        errors = List.copyOf(errors);
    }

    /**
     * Checks one input. Never throws for a bad record: a batch goes on past it.
     *
     * @param checker the shared checker
     * @param input   the input
     * @return the outcome
     */
    static Outcome of(StrategyCheck checker, RecordInputs.Input input) {
        if (input.error() != null) {
            return new Outcome(input.source(), null, null, List.of(input.error()));
        }
        try {
            AuditResult result = checker.check(input.json());
            return new Outcome(input.source(), result.recordId(), result, List.of());
        } catch (InvalidRecordException invalid) {
            return new Outcome(input.source(), invalid.recordId().orElse(null), null, invalid.errors());
        } catch (RuntimeException fault) {
            // A library fault on one record must not lose the rest of the batch. Only the
            // exception's type is kept: its message might quote the record.
            return new Outcome(input.source(), null, null,
                    List.of(RecordError.at("", "cli.record.checkFailed", fault.getClass().getSimpleName())));
        }
    }

    boolean graded() {
        return result != null;
    }

    /** The {@code results.jsonl} line, without its line break. */
    String jsonLine() {
        return graded()
                ? ResultJson.result(source, result, StrategyCheckCli.MESSAGES)
                : ResultJson.error(source, recordId, errors, StrategyCheckCli.MESSAGES);
    }
}
