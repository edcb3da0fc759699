package org.strategycheck.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.strategycheck.AuditResult;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.StrategyCheck;
import org.strategycheck.audit.internal.Input;
import org.strategycheck.audit.internal.InputSink;
import org.strategycheck.audit.internal.Inputs;
import org.strategycheck.audit.internal.LineReader;
import org.strategycheck.audit.internal.OrderedPool;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * A batch re-audit: reads records from a {@link RecordSource}, checks them on worker threads
 * and hands them back <em>in input order</em>, exactly one {@link AuditedRecord} per input
 * record, graded or rejected; a bad record never stops the run. It counts them as they pass
 * and returns their {@link AuditFigures}.
 *
 * <pre>{@code
 * BatchAudit audit = BatchAudit.of(StrategyCheck.create()).withThreads(4);
 * AuditFigures figures = audit.run(RecordSource.paths(Path.of("exports")), record -> store(record));
 * }</pre>
 *
 * <p>Memory stays flat however long the batch: records are read one at a time, checked within
 * a bounded window (by count and by bytes), and handed back and counted on the calling thread,
 * so nothing grows with the number of records; a million records run in a 256 MiB heap.
 * Instances are immutable; one can run any number of audits, one at a time per call.
 */
public final class BatchAudit {

    /** Tasks checked or waiting per worker thread: enough to keep every worker busy. */
    private static final int WINDOW_PER_THREAD = 32;
    /** Input bytes held by the window at most, whatever the size of the records. */
    private static final long WINDOW_BYTES = 32L * 1024 * 1024;

    private final StrategyCheck checker;
    private final int threads;
    private final Messages messages;
    private final Progress progress;
    private final AuditScope scope;

    private BatchAudit(StrategyCheck checker, int threads, Messages messages, Progress progress, AuditScope scope) {
        this.checker = checker;
        this.threads = threads;
        this.messages = messages;
        this.progress = progress;
        this.scope = scope;
    }

    /**
     * An audit with a checker, on one thread per processor, in English.
     *
     * @param checker the checker; its settings (profile, calendar, mode) judge every record
     * @return the audit
     */
    public static BatchAudit of(StrategyCheck checker) {
        return new BatchAudit(Objects.requireNonNull(checker, "checker"), Runtime.getRuntime().availableProcessors(),
                Messages.english(), (records, bytes) -> { }, AuditScope.ALL);
    }

    /**
     * The same audit on another number of worker threads; the order of results does not change.
     *
     * @param threads 1 to 256
     * @return the audit
     */
    public BatchAudit withThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, not " + threads);
        }
        return new BatchAudit(checker, threads, messages, progress, scope);
    }

    /**
     * The same audit writing results lines in a host's wording.
     *
     * @param messages the wording of messages in results lines
     * @return the audit
     */
    public BatchAudit withMessages(Messages messages) {
        return new BatchAudit(checker, threads, Objects.requireNonNull(messages, "messages"), progress, scope);
    }

    /**
     * The same audit telling a listener how far it has got.
     *
     * @param progress called on the calling thread after each record
     * @return the audit
     */
    public BatchAudit withProgress(Progress progress) {
        return new BatchAudit(checker, threads, messages, Objects.requireNonNull(progress, "progress"), scope);
    }

    /**
     * The same audit whose figures are about the discussions held in a period. Every record is
     * still checked and handed back (and has its results line); those outside the period are in
     * no figure but {@link AuditFigures#outOfScope()}.
     *
     * @param scope the period
     * @return the audit
     */
    public BatchAudit withScope(AuditScope scope) {
        return new BatchAudit(checker, threads, messages, progress, Objects.requireNonNull(scope, "scope"));
    }

    /**
     * The period the figures are about.
     *
     * @return the scope; {@link AuditScope#ALL} unless set
     */
    public AuditScope scope() {
        return scope;
    }

    /**
     * The checker that judges the records.
     *
     * @return the checker
     */
    public StrategyCheck checker() {
        return checker;
    }

    /**
     * Audits the records of a source, handing each to {@code sink} in input order on the
     * calling thread.
     *
     * @param source the records
     * @param sink   receives one audited record per input record, in input order
     * @return the figures of the run
     */
    public AuditFigures run(RecordSource source, Consumer<? super AuditedRecord> sink) {
        Objects.requireNonNull(sink, "sink");
        try {
            return run(source, Set.of(), null, LineForm.NONE, done -> sink.accept(done.record()), record -> { });
        } catch (IOException never) {
            // The sink throws no checked exception; this delivery writes nothing.
            throw new UncheckedIOException(never);
        }
    }

    /**
     * Audits the records of a source into a stream of JSON Lines: one {@link ResultLines}
     * line per input record, in input order, each ended by {@code \n}. The lines are written
     * on the worker threads and only copied out in order, so writing keeps up with checking.
     *
     * @param source  the records
     * @param results where the lines go; flushed at the end, not closed
     * @return the figures of the run
     * @throws AuditException when the lines cannot be written
     */
    public AuditFigures run(RecordSource source, Writer results) {
        Objects.requireNonNull(results, "results");
        try {
            AuditFigures figures = run(source, Set.of(), null, LineForm.TEXT, done -> {
                results.write(done.text());
                results.write('\n');
            }, record -> { });
            results.flush();
            return figures;
        } catch (IOException e) {
            throw new AuditException("cannot write the results: " + Inputs.reason(e), e);
        }
    }

    /**
     * Audits the records of a source into a folder: one {@code results.jsonl} line per input
     * record, in input order. When the folder was opened to {@linkplain AuditFolder#resume
     * resume}, the records its kept lines answer are not checked again: each kept line is read
     * back, after making sure it answers the same input.
     *
     * @param source the records
     * @param folder the open folder; its own files are never read as input
     * @return the figures of the whole run, resumed lines included
     * @throws AuditException when the inputs are not those of the run being resumed, or the
     *                        results cannot be written
     */
    public AuditFigures run(RecordSource source, AuditFolder folder) {
        return run(source, folder, record -> { });
    }

    /**
     * Audits the records of a source into a folder, as {@link #run(RecordSource, AuditFolder)},
     * handing every record of the run to {@code also} in input order on the calling thread, the
     * records a resume reads back included: e.g. to write {@code records.csv} as the run goes.
     *
     * @param source the records
     * @param folder the open folder; its own files are never read as input
     * @param also   receives one audited record per input record, in input order
     * @return the figures of the whole run, resumed lines included
     * @throws AuditException when the inputs are not those of the run being resumed, or the
     *                        results cannot be written
     */
    public AuditFigures run(RecordSource source, AuditFolder folder, Consumer<? super AuditedRecord> also) {
        Objects.requireNonNull(also, "also");
        if (!folder.judgedAs(checker)) {
            throw new IllegalArgumentException("the folder was opened with another checker's settings");
        }
        Path results = folder.file(AuditFolder.RESULTS_FILE);
        try {
            AuditFigures figures = run(source, folder.ownFiles(), folder, LineForm.UTF8,
                    done -> folder.write(done.utf8()), also);
            if (folder.hasMoreEarlier()) {
                throw new AuditException(results + " has more lines than the inputs have records: the inputs are not "
                        + "those of the run it came from; run without --resume", null);
            }
            return figures;
        } catch (IOException e) {
            throw new AuditException("cannot write " + results + ": " + Inputs.reason(e), e);
        }
    }

    /** Receives each record checked now, in input order, with its results line when asked for. */
    private interface Delivery {
        void accept(Done done) throws IOException;
    }

    /**
     * The form in which workers hand results lines back. A folder takes UTF-8 bytes: encoding
     * on the calling thread, which hands every line back alone, was the largest part of its
     * work (JFR of a 2-thread audit), and a line of ASCII becomes bytes with one copy.
     */
    private enum LineForm {
        NONE, TEXT, UTF8
    }

    /**
     * What a worker gives back for one input.
     *
     * @param record the audited record
     * @param fresh  checked now, not read back from an earlier run
     * @param text   its results line as text, or {@code null}
     * @param utf8   its results line in UTF-8, or {@code null}
     * @param length the input bytes, for progress
     */
    private record Done(AuditedRecord record, boolean fresh, String text, byte[] utf8, long length) {

        static Done checked(AuditedRecord record, LineForm form, Messages messages, long length) {
            String line = form == LineForm.NONE ? null : ResultLines.write(record, messages);
            return form == LineForm.UTF8
                    ? new Done(record, true, null, line.getBytes(StandardCharsets.UTF_8), length)
                    : new Done(record, true, line, null, length);
        }
    }

    private AuditFigures run(RecordSource source, Set<Path> excluded, AuditFolder folder, LineForm lines,
            Delivery delivery, Consumer<? super AuditedRecord> every) throws IOException {
        AuditFigures.Counter counter = AuditFigures.counter(checker.rules(), scope);
        long[] done = new long[2];
        long[] position = {0};
        try (OrderedPool<Done> pool = new OrderedPool<>(threads, Math.max(64, threads * WINDOW_PER_THREAD),
                WINDOW_BYTES, result -> {
                    if (result.fresh()) {
                        delivery.accept(result);
                    }
                    counter.add(result.record());
                    every.accept(result.record());
                    done[0]++;
                    done[1] += result.length();
                    progress.update(done[0], done[1]);
                })) {
            source.read(excluded, new InputSink() {
                @Override
                public void input(Input input) {
                    long at = ++position[0];
                    LineReader.Line earlier = folder == null ? null : nextEarlier(folder);
                    if (earlier == null) {
                        pool.submit(() -> Done.checked(check(input, at), lines, messages, input.length()),
                                input.length());
                    } else {
                        pool.submit(() -> new Done(recover(folder, earlier, input, at), false, null, null,
                                input.length()), input.length());
                    }
                }

                @Override
                public void blankLine(long bytes) {
                    counter.addBlankLine();
                    done[1] += bytes;
                }
            });
            pool.finish();
        } catch (OrderedPool.SinkFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw failure;
        }
        return counter.snapshot();
    }

    private static LineReader.Line nextEarlier(AuditFolder folder) {
        try {
            return folder.nextEarlier();
        } catch (IOException e) {
            throw new AuditException("cannot read " + folder.file(AuditFolder.RESULTS_FILE) + ": "
                    + Inputs.reason(e), e);
        }
    }

    /** Checks one input. Never throws for a bad record: a batch goes on past it. */
    private AuditedRecord check(Input input, long position) {
        if (input.error() != null) {
            return new AuditedRecord.Rejected(position, input.source(), null, List.of(input.error()));
        }
        try {
            // Read, then check the record read: exactly what check(bytes) does, with the
            // record kept for its context.
            StrategyDiscussion record = RecordJson.read(input.json());
            AuditResult result = checker.check(record);
            return new AuditedRecord.Graded(position, input.source(), result,
                    RecordContext.of(record, result.mode(), checker.calendar()));
        } catch (InvalidRecordException invalid) {
            return new AuditedRecord.Rejected(position, input.source(), invalid.recordId().orElse(null),
                    invalid.errors());
        } catch (RuntimeException | StackOverflowError fault) {
            // A library fault on one record must not lose the rest of the batch. Only the
            // exception's type is kept: its message might quote the record.
            return new AuditedRecord.Rejected(position, input.source(), null,
                    List.of(RecordError.at("", "cli.record.checkFailed", fault.getClass().getSimpleName())));
        }
    }

    /**
     * Reads back a line an earlier run wrote, after making sure it answers this input: same
     * source and, for a graded record, a record that still reads with the same id. Its rules
     * are not run again.
     */
    private static AuditedRecord recover(AuditFolder folder, LineReader.Line earlier, Input input, long position) {
        String where = folder.file(AuditFolder.RESULTS_FILE) + " line " + earlier.number();
        AuditedRecord record;
        try {
            if (earlier.tooLong()) {
                throw new IllegalArgumentException("not a results line: too long");
            }
            record = ResultLines.read(earlier.bytes(), position);
        } catch (IllegalArgumentException damaged) {
            throw new AuditException(where + " is " + damaged.getMessage() + "; run without --resume", null);
        }
        if (!record.source().equals(input.source())) {
            throw new AuditException(where + " is for " + record.source() + ", but the input there is "
                    + input.source() + ": the inputs are not those of the run it came from; run without --resume", null);
        }
        if (record instanceof AuditedRecord.Graded && !sameRecord(input, record.recordId())) {
            throw new AuditException(where + " has a grade for record " + record.recordId() + ", but "
                    + input.source() + " no longer reads as that record: the input has changed; run without --resume",
                    null);
        }
        return record;
    }

    private static boolean sameRecord(Input input, String recordId) {
        if (input.json() == null) {
            return false;
        }
        try {
            return RecordJson.read(input.json()).recordId().equals(recordId);
        } catch (RuntimeException | StackOverflowError changed) {
            return false;
        }
    }

    /** How far a run has got; called on the calling thread after each record. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Reports the records done and the input bytes they took, counted from the start.
         *
         * @param records records handed back so far
         * @param bytes   input bytes read for them, blank lines included
         */
        void update(long records, long bytes);
    }
}
