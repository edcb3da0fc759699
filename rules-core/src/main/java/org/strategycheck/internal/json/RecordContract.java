package org.strategycheck.internal.json;

import java.util.ArrayList;
import java.util.List;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RecordError;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The parts of format v1's contract that a JSON binding alone cannot hold: required fields,
 * the schema version, at least one child, and a held date on a final record.
 */
public final class RecordContract {

    private RecordContract() {
    }

    /**
     * Checks a record against the contract, at the stage its {@code status} says.
     *
     * @param record a bound record, or {@code null} for a JSON {@code null} document
     * @return the record, when it meets the contract
     * @throws InvalidRecordException listing every breach
     */
    public static StrategyDiscussion require(StrategyDiscussion record) {
        return require(record, CheckMode.AS_RECORDED);
    }

    /**
     * Checks a record against the contract at the stage a host chose: only a record judged as
     * final must say when the discussion was held.
     *
     * @param record a bound record, or {@code null} for a JSON {@code null} document
     * @param mode   the stage to judge it at
     * @return the record, when it meets the contract
     * @throws InvalidRecordException listing every breach
     */
    public static StrategyDiscussion require(StrategyDiscussion record, CheckMode mode) {
        if (record == null) {
            throw new InvalidRecordException(null, List.of(RecordError.at("", "record.notAnObject")));
        }
        List<RecordError> errors = new ArrayList<>();
        if (record.schemaVersion() == null) {
            errors.add(RecordError.at("/schemaVersion", "record.required", "schemaVersion"));
        } else if (!StrategyDiscussion.SCHEMA_VERSION.equals(record.schemaVersion())) {
            errors.add(RecordError.at("/schemaVersion", "record.schemaVersion", StrategyDiscussion.SCHEMA_VERSION));
        }
        String id = record.recordId();
        if (id == null || id.isBlank()) {
            errors.add(RecordError.at("/recordId", "record.required", "recordId"));
        }
        if (record.children().isEmpty()) {
            errors.add(RecordError.at("/children", "record.childrenEmpty"));
        }
        if (record.heldAt() == null && mode.stageOf(record) == CheckMode.FINAL) {
            // A record whose own status is DRAFT, forced to FINAL by the host, needs other words:
            // "a FINAL record must..." would contradict what the form shows.
            errors.add(RecordError.at("/heldAt", record.status() == Status.FINAL
                    ? "record.heldAtRequired" : "record.heldAtRequiredToCheckAsFinal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(id == null || id.isBlank() ? null : id, errors);
        }
        return record;
    }
}
