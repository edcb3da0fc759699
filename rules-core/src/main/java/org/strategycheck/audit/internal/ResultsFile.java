package org.strategycheck.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.AuditedRecord;
import org.strategycheck.audit.ResultLines;

/**
 * The records of a finished audit, read back from its folder's {@code results.jsonl} one line at
 * a time, as often as a caller iterates (a dip sample reads twice). Memory does not grow with
 * the number of records.
 *
 * <p>A folder an audit is still writing (it holds the folder's lock) is refused, and so is a
 * results file whose last line was cut off mid-write: figures from half an audit would be
 * wrong without saying so. A line that is not a results line is an {@link AuditException}
 * naming the file and line, never quoting it. Use {@link #forEach}: it closes the file however
 * the caller's action ends.
 */
public final class ResultsFile implements Iterable<AuditedRecord> {

    /** The folder's results, as {@code AuditFolder.RESULTS_FILE} names them. */
    public static final String RESULTS = "results.jsonl";
    private static final String LOCK = ".lock";

    private final Path file;

    private ResultsFile(Path file) {
        this.file = file;
    }

    /**
     * The results of an audit folder.
     *
     * @param auditDir a folder {@code audit --out} wrote
     * @return its results, checked to be there and finished
     * @throws AuditException when the folder holds no results or an audit is writing it
     * @throws IOException    when the folder cannot be read
     */
    public static ResultsFile of(Path auditDir) throws IOException {
        Path file = auditDir.resolve(RESULTS);
        if (!Files.isRegularFile(file)) {
            throw new AuditException(auditDir + " holds no " + RESULTS + ": name a folder that audit --out wrote", null);
        }
        Path lock = auditDir.resolve(LOCK);
        if (Files.exists(lock)) {
            FolderLock held;
            try {
                held = FolderLock.tryAcquire(lock);
            } catch (IOException readOnly) {
                // A folder we may not write (an archived audit) is no folder an audit is writing.
                held = null;
                if (Files.isWritable(auditDir)) {
                    throw readOnly;
                }
                return new ResultsFile(file);
            }
            if (held == null) {
                throw new AuditException(auditDir + " is in use by an audit that has not finished; wait for it, "
                        + "then try again", null);
            }
            held.close();
        }
        return new ResultsFile(file);
    }

    /**
     * The results file.
     *
     * @return its path
     */
    public Path file() {
        return file;
    }

    /**
     * Reads every record, in position order, and closes the file.
     *
     * @param action receives each record
     */
    @Override
    public void forEach(Consumer<? super AuditedRecord> action) {
        try (Lines lines = new Lines()) {
            while (lines.hasNext()) {
                action.accept(lines.next());
            }
        }
    }

    /**
     * The records in position order. The file is closed at the end; prefer {@link #forEach},
     * which also closes it when the caller stops early.
     *
     * @return an iterator over the records
     */
    @Override
    public Iterator<AuditedRecord> iterator() {
        return new Lines();
    }

    private final class Lines implements Iterator<AuditedRecord>, AutoCloseable {
        private LineReader reader;
        private AuditedRecord next;
        private long position;

        Lines() {
            try {
                reader = new LineReader(Files.newInputStream(file), ResumeLines.MAX_LINE);
            } catch (NoSuchFileException gone) {
                throw new AuditException(file + " is no longer there", null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && reader != null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public AuditedRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditedRecord record = next;
            next = null;
            return record;
        }

        private AuditedRecord read() {
            try {
                LineReader.Line line = reader.next();
                if (line == null) {
                    close();
                    return null;
                }
                String where = file + " line " + line.number();
                if (!line.terminated()) {
                    close();
                    throw new AuditException(where + " was cut off: the audit did not finish; carry it on with "
                            + "audit --resume first", null);
                }
                if (line.tooLong()) {
                    close();
                    throw new AuditException(where + " is not a results line: too long", null);
                }
                position++;
                try {
                    return ResultLines.read(line.bytes(), position);
                } catch (IllegalArgumentException damaged) {
                    close();
                    throw new AuditException(where + " is " + damaged.getMessage(), null);
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // Read only: nothing is lost by a failed close.
                }
                reader = null;
            }
        }
    }
}
