package org.strategycheck.examples.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RecordError;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * What became of one input: a graded result, or the errors that kept it from being read.
 *
 * @param source   where the record came from: {@code FILE} or {@code FILE:LINE}
 * @param recordId the record's id when it could be read that far, else {@code null}
 * @param result   the result, or {@code null} when the record was rejected
 * @param errors   why it was rejected; empty when graded
 * @param context  what the audit report groups a graded record by; {@code null} when rejected
 */
record Outcome(String source, String recordId, AuditResult result, List<RecordError> errors, Context context) {

    /** The format's one zone: a discussion at 00:30 BST on 1 April belongs to April. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    Outcome {
        errors = List.copyOf(errors);
    }

    /**
     * What a graded record is grouped by in the audit report: nothing else of the record is kept.
     *
     * @param month       the month of {@code heldAt} in Europe/London, or {@code null} when not held yet
     * @param partnership the record's partnership, or {@code null}
     * @param team        the record's team, or {@code null}
     */
    record Context(YearMonth month, String partnership, String team) {

        static Context of(StrategyDiscussion record) {
            YearMonth month = record.heldAt() == null ? null
                    : YearMonth.from(LocalDate.ofInstant(record.heldAt(), LONDON));
            return new Context(month, record.partnership(), record.team());
        }
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
            return new Outcome(input.source(), null, null, List.of(input.error()), null);
        }
        try {
            // Read, then check the record read: exactly what check(bytes) does, with the
            // record's date and groups kept for the report.
            StrategyDiscussion record = RecordJson.read(input.json());
            AuditResult result = checker.check(record);
            return new Outcome(input.source(), result.recordId(), result, List.of(), Context.of(record));
        } catch (InvalidRecordException invalid) {
            return new Outcome(input.source(), invalid.recordId().orElse(null), null, invalid.errors(), null);
        } catch (RuntimeException | StackOverflowError fault) {
            // A library fault on one record must not lose the rest of the batch. Only the
            // exception's type is kept: its message might quote the record.
            return new Outcome(input.source(), null, null,
                    List.of(RecordError.at("", "cli.record.checkFailed", fault.getClass().getSimpleName())), null);
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
