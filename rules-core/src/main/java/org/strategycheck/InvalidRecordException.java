package org.strategycheck;

import java.util.List;
import java.util.Optional;

/**
 * A record could not be read, or breaks the format's contract. Its message says where (a
 * JSON pointer) and why, and never quotes the record's content.
 */
public final class InvalidRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient String recordId;
    private final transient List<RecordError> errors;

    /**
     * Creates the exception.
     *
     * @param recordId the record's id when it could be read, else {@code null}
     * @param errors   at least one error
     */
    public InvalidRecordException(String recordId, List<RecordError> errors) {
        super(describe(recordId, errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid record has at least one error");
        }
        this.recordId = recordId;
        this.errors = List.copyOf(errors);
    }

    /**
     * The record's id, when the input got far enough to hold one.
     *
     * @return the id, or empty
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    /**
     * Every problem found, the first one first.
     *
     * @return at least one error
     */
    public List<RecordError> errors() {
        return errors;
    }

    /**
     * The first problem found.
     *
     * @return the first error
     */
    public RecordError firstError() {
        return errors.get(0);
    }

    private static String describe(String recordId, List<RecordError> errors) {
        StringBuilder text = new StringBuilder("invalid record");
        if (recordId != null) {
            text.append(' ').append(recordId);
        }
        for (RecordError error : errors) {
            text.append("; at '").append(error.pointer()).append("': ").append(error.message());
        }
        return text.toString();
    }
}
