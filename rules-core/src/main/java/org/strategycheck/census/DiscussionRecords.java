package org.strategycheck.census;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategycheck.audit.AuditException;
import org.strategycheck.census.internal.AuditRecords;
import org.strategycheck.census.internal.LinkRecord;
import org.strategycheck.internal.London;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The strategy discussion records a census is laid against: every record of an audit, each
 * known by its position and id, with what the census link needs of it (final or draft, whether
 * it initiated a section 47 enquiry, the London date it was held, its children's
 * {@code laChildId} keys) and nothing else.
 *
 * <p><b>From an audit folder</b> ({@link #fromAudit}): {@code results.jsonl} names every record
 * the audit read, in order, with its id, stage, date and section 47 decision, but not a child's
 * {@code laChildId} (results never carry an identifier). So each final record that initiated
 * an enquiry is read again from the input its results line names ({@code source}: the file, or
 * {@code FILE:LINE} of a JSON Lines file, as the audit was given them), by the audit's own input
 * reader, and used only when it still reads as the record of the same id. A record the audit
 * rejected, whose input is gone, no longer reads, or now reads as another record, is an
 * unreadable record with the reason: every line of the results is accounted for. A record a
 * host handed the audit as bytes ({@code RecordSource.held}) or on standard input has no input
 * to read again and is unreadable here; such a host builds the records with {@link #of}.
 *
 * <p>Instances are immutable.
 */
public final class DiscussionRecords {

    private final List<LinkRecord> records;

    private DiscussionRecords(List<LinkRecord> records) {
        this.records = List.copyOf(records);
    }

    /**
     * The records of an audit folder.
     *
     * @param auditDir a folder {@code audit --out} wrote
     * @param base     the folder the audit was run from: relative input names in its results are
     *                 resolved against it
     * @return the records, one per line of the audit's results
     * @throws AuditException when the folder holds no results, an audit is still writing it, or a
     *                        results line is damaged (named by file and line)
     * @throws IOException    when the folder cannot be read
     */
    public static DiscussionRecords fromAudit(Path auditDir, Path base) throws IOException {
        Objects.requireNonNull(auditDir, "auditDir");
        Objects.requireNonNull(base, "base");
        List<LinkRecord> records = new ArrayList<>();
        AuditRecords.read(auditDir, base, records::add);
        return new DiscussionRecords(records);
    }

    /**
     * Records a host holds, in order; positions count from 1. A record's stage is its
     * {@code status}; its date the London date of {@code heldAt}.
     *
     * @param records the records
     * @return them
     */
    public static DiscussionRecords of(Iterable<StrategyDiscussion> records) {
        List<LinkRecord> list = new ArrayList<>();
        long position = 0;
        for (StrategyDiscussion record : records) {
            position++;
            if (record.status() != Status.FINAL) {
                list.add(LinkRecord.draft(position, record.recordId()));
            } else if (record.decisions() == null || record.decisions().section47() != Section47Decision.INITIATE) {
                list.add(LinkRecord.notInitiating(position, record.recordId()));
            } else if (record.heldAt() == null) {
                list.add(LinkRecord.unreadable(position, record.recordId(), LinkRecord.NO_DATE));
            } else {
                list.add(AuditRecords.initiating(position, record.recordId(), London.date(record.heldAt()), record));
            }
        }
        return new DiscussionRecords(list);
    }

    /**
     * How many records there are.
     *
     * @return the count
     */
    public int size() {
        return records.size();
    }

    /** The records, for the link; internal. */
    List<LinkRecord> records() {
        return records;
    }

    /**
     * Says how many records there are, never what they hold.
     *
     * @return e.g. {@code DiscussionRecords[12 records]}
     */
    @Override
    public String toString() {
        return "DiscussionRecords[" + records.size() + " records]";
    }
}
