package org.strategycheck.audit.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code --resume} picks up: the complete lines an interrupted run left in
 * {@code results.jsonl}. Lines are written whole and in input order, so the first
 * <i>k</i> complete lines answer the first <i>k</i> inputs; a last line without its
 * {@code \n} was cut off mid-write and is dropped from the file, to be written again.
 *
 * <p>The kept lines are read back one by one, in step with the inputs, so the report can
 * count them without checking their records again.
 */
public final class ResumeLines implements AutoCloseable {

    /** Longest results line read back; a record of 2 MiB with thousands of findings stays far below. */
    public static final int MAX_LINE = 64 * 1024 * 1024;

    private final long lines;
    private final LineReader reader;
    private long handedOut;

    private ResumeLines(long lines, LineReader reader) {
        this.lines = lines;
        this.reader = reader;
    }

    /**
     * Nothing to resume: every input is new.
     *
     * @return no lines
     */
    public static ResumeLines none() {
        return new ResumeLines(0, null);
    }

    /**
     * Drops a cut-off last line from {@code results} and opens the rest for reading back.
     *
     * @param results the results file; may not exist
     * @return where to resume
     * @throws IOException when the file cannot be read or truncated
     */
    public static ResumeLines open(Path results) throws IOException {
        if (!Files.exists(results)) {
            return none();
        }
        long lines = 0;
        long complete = 0;
        try (LineReader reader = new LineReader(Files.newInputStream(results), 0)) {
            long offset = 0;
            // Limit 0: only the line ends matter here, no line is kept.
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                offset += line.length();
                if (line.terminated()) {
                    lines++;
                    complete = offset;
                }
            }
        }
        try (FileChannel channel = FileChannel.open(results, StandardOpenOption.WRITE)) {
            if (channel.size() > complete) {
                channel.truncate(complete);
            }
        }
        InputStream kept = new Bounded(Files.newInputStream(results), complete);
        return new ResumeLines(lines, new LineReader(kept, MAX_LINE));
    }

    /**
     * How many inputs an earlier run has answered.
     *
     * @return the complete lines kept
     */
    public long lines() {
        return lines;
    }

    /**
     * The next line written by the earlier run, or {@code null} once past them all.
     *
     * @return the line, or {@code null}
     * @throws IOException when the file cannot be read
     */
    public LineReader.Line next() throws IOException {
        if (handedOut >= lines) {
            return null;
        }
        handedOut++;
        return reader.next();
    }

    /**
     * Whether lines are left over that no input answered to.
     *
     * @return {@code true} when the earlier run had more records than the inputs now
     */
    public boolean hasMore() {
        return handedOut < lines;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    /** At most the first {@code limit} bytes: new lines are appended behind the reader's back. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
