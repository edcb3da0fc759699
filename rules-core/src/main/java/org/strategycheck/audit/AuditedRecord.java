package org.strategycheck.audit;

import java.util.List;
import java.util.Objects;
import org.strategycheck.AuditResult;
import org.strategycheck.RecordError;

/**
 * What became of one input record of a batch audit: graded, or rejected with the errors that
 * kept it from being read. A batch hands back exactly one per input record, in input order.
 */
public sealed interface AuditedRecord permits AuditedRecord.Graded, AuditedRecord.Rejected {

    /**
     * Where the record stands in the run's input, from 1: the line of {@code results.jsonl}
     * that holds it. Blank lines are not records and take no position.
     *
     * @return the position
     */
    long position();

    /**
     * Where the record came from: {@code FILE}, {@code FILE:LINE} or the host's label. For the
     * operator only: a report names records by id and position, never by source, which may
     * name a person.
     *
     * @return the source
     */
    String source();

    /**
     * The record's id, when it could be read that far.
     *
     * @return the id, or {@code null}
     */
    String recordId();

    /**
     * A record read and graded.
     *
     * @param position where it stands in the input, from 1
     * @param source   where it came from
     * @param result   its result
     * @param context  what it is filtered and grouped by
     */
    record Graded(long position, String source, AuditResult result, RecordContext context) implements AuditedRecord {

        /** Checks the components. */
        public Graded {
            requirePosition(position);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(context, "context");
        }

        @Override
        public String recordId() {
            return result.recordId();
        }
    }

    /**
     * A record that could not be read or checked.
     *
     * @param position where it stands in the input, from 1
     * @param source   where it came from
     * @param recordId its id when it could be read that far, else {@code null}
     * @param errors   why, at least one; the first is the one shown
     */
    record Rejected(long position, String source, String recordId, List<RecordError> errors)
            implements AuditedRecord {

        /** Checks and copies the components. */
        public Rejected {
            requirePosition(position);
            Objects.requireNonNull(source, "source");
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected record has at least one error");
            }
        }
    }

    private static void requirePosition(long position) {
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1, not " + position);
        }
    }
}
