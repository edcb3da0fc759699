package org.strategycheck.census.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.strategycheck.CheckMode;
import org.strategycheck.audit.AuditedRecord;
import org.strategycheck.audit.RecordContext;
import org.strategycheck.audit.internal.Input;
import org.strategycheck.audit.internal.InputSink;
import org.strategycheck.audit.internal.Inputs;
import org.strategycheck.audit.internal.ResultsFile;
import org.strategycheck.census.ChildKey;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.Child;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Reads the records of an audit folder for the census link. {@code results.jsonl} says which
 * records the audit read, in what order, with their id, stage, London date and section 47
 * decision; it does not carry a child's {@code laChildId}, and must not. So each final record
 * that initiated an enquiry is read again from the input its results line names
 * ({@code source}: a file, or {@code FILE:LINE} of a JSON Lines file), through the audit's own
 * input reader, and kept only when it still reads as the record of the same id. Anything else
 * becomes an unreadable record with the reason, never a silent gap.
 */
public final class AuditRecords {

    /** Why a record cannot be used; the library's words, never the record's or a file's name. */
    static final String REJECTED = "the audit could not read it";
    static final String GONE = "its input is no longer there";
    static final String NOT_A_RECORD = "its input no longer reads as a record";
    static final String CHANGED = "its input now reads as another record";

    private AuditRecords() {
    }

    /**
     * Reads an audit folder's records.
     *
     * @param auditDir the folder {@code audit --out} wrote
     * @param base     the folder relative input names are resolved against: where the audit was run
     * @param sink     receives one record per line of the results, in position order
     * @throws IOException when the folder cannot be read
     */
    public static void read(Path auditDir, Path base, Consumer<LinkRecord> sink) throws IOException {
        // Results lines waiting for their input to be read again, by source, in position order.
        // The same input can be named twice (an audit given a file and its folder): each line is answered.
        Map<String, List<Pending>> pending = new LinkedHashMap<>();
        List<LinkRecord> ready = new ArrayList<>();
        ResultsFile.of(auditDir).forEach(audited -> {
            LinkRecord known = fromResults(audited);
            if (known != null) {
                ready.add(known);
            } else {
                pending.computeIfAbsent(audited.source(), s -> new ArrayList<>())
                        .add(new Pending((AuditedRecord.Graded) audited));
            }
        });
        readAgain(pending, base);
        // Back in position order: the records kept from the results and those read again.
        List<LinkRecord> all = new ArrayList<>(ready);
        pending.values().forEach(lines -> lines.forEach(p -> all.add(p.result == null
                ? LinkRecord.unreadable(p.graded.position(), p.graded.recordId(), GONE) : p.result)));
        all.sort(Comparator.comparingLong(LinkRecord::position));
        all.forEach(sink);
    }

    /** What the results line alone settles, or {@code null} when the input must be read again. */
    private static LinkRecord fromResults(AuditedRecord audited) {
        if (!(audited instanceof AuditedRecord.Graded graded)) {
            return LinkRecord.unreadable(audited.position(), audited.recordId(), REJECTED);
        }
        if (graded.result().mode() != CheckMode.FINAL) {
            return LinkRecord.draft(graded.position(), graded.recordId());
        }
        RecordContext.Practice practice = graded.context().practice();
        if (practice != null && practice.section47() != Section47Decision.INITIATE) {
            return LinkRecord.notInitiating(graded.position(), graded.recordId());
        }
        if (graded.context().heldOn() == null) {
            return LinkRecord.unreadable(graded.position(), graded.recordId(), LinkRecord.NO_DATE);
        }
        return null;
    }

    /** A results line and, once its input is read again, what it became. */
    private static final class Pending {
        final AuditedRecord.Graded graded;
        LinkRecord result;

        Pending(AuditedRecord.Graded graded) {
            this.graded = graded;
        }
    }

    private static void readAgain(Map<String, List<Pending>> pending, Path base) {
        // The files to read, each once, in the order the audit first read them.
        Map<String, Path> files = new LinkedHashMap<>();
        for (String source : pending.keySet()) {
            String file = fileOf(source, base);
            if (file != null) {
                files.putIfAbsent(file, resolve(base, file));
            }
        }
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String resolved = file.getValue().toString();
            Inputs.readPaths(List.of(file.getValue()), Set.of(), new InputSink() {
                @Override
                public void input(Input input) {
                    // Named as the audit named it: the file as given, then its line, if any.
                    String source = input.source().startsWith(resolved)
                            ? file.getKey() + input.source().substring(resolved.length()) : input.source();
                    for (Pending waiting : pending.getOrDefault(source, List.of())) {
                        if (waiting.result == null) {
                            waiting.result = reread(waiting.graded, input);
                        }
                    }
                }

                @Override
                public void blankLine(long bytes) {
                    // Not a record in the audit either.
                }
            });
        }
    }

    /** The file a source names: itself, or the part before {@code :LINE} of a JSON Lines file. */
    private static String fileOf(String source, Path base) {
        try {
            if (Files.isRegularFile(resolve(base, source))) {
                return source;
            }
            int colon = source.lastIndexOf(':');
            if (colon > 0 && source.substring(colon + 1).chars().allMatch(Character::isDigit)
                    && colon + 1 < source.length() && Files.isRegularFile(resolve(base, source.substring(0, colon)))) {
                return source.substring(0, colon);
            }
        } catch (RuntimeException notAPath) {
            // A host's label that is no path: there is nothing to read again.
        }
        return null;
    }

    private static Path resolve(Path base, String name) {
        Path path = Path.of(name);
        return base == null || path.isAbsolute() ? path : base.resolve(path);
    }

    private static LinkRecord reread(AuditedRecord.Graded graded, Input input) {
        long position = graded.position();
        String id = graded.recordId();
        if (input.json() == null) {
            return LinkRecord.unreadable(position, id, NOT_A_RECORD);
        }
        StrategyDiscussion record;
        try {
            record = RecordJson.read(input.json());
        } catch (RuntimeException | StackOverflowError unreadable) {
            return LinkRecord.unreadable(position, id, NOT_A_RECORD);
        }
        if (!id.equals(record.recordId())) {
            return LinkRecord.unreadable(position, id, CHANGED);
        }
        RecordContext.Practice practice = graded.context().practice();
        Section47Decision decision = practice != null ? practice.section47()
                : record.decisions() == null ? null : record.decisions().section47();
        if (decision != Section47Decision.INITIATE) {
            return LinkRecord.notInitiating(graded.position(), graded.recordId());
        }
        return initiating(position, id, graded.context().heldOn(), record);
    }

    /**
     * A final record that initiated an enquiry, with its children's keys.
     *
     * @param position where it stands
     * @param id       its id
     * @param heldOn   the London date it was held
     * @param record   the record
     * @return it
     */
    public static LinkRecord initiating(long position, String id, LocalDate heldOn, StrategyDiscussion record) {
        List<ChildKey> keys = new ArrayList<>();
        if (record.children() != null) {
            for (Child child : record.children()) {
                keys.add(child == null || child.laChildId() == null ? null : child.laChildId().key());
            }
        }
        return new LinkRecord(position, id, LinkRecord.Kind.INITIATING, heldOn, keys, null);
    }

}
