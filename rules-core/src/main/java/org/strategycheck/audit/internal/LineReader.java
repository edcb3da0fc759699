package org.strategycheck.audit.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream as lines of bytes split at {@code \n}, keeping at most a fixed number of
 * bytes of any one line. A longer line is still found and numbered, and its end is still
 * found, but its bytes are dropped as they stream past: a 50 MB line costs a 64 KiB buffer,
 * not 50 MB.
 *
 * <p>Bytes are never decoded here: the record reader alone decides what the bytes mean.
 */
public final class LineReader implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int filled;
    private long number;
    private boolean ended;

    /**
     * One line.
     *
     * @param number     1-based, counting every line, blank ones included
     * @param bytes      the line without its {@code \n}; empty when {@code tooLong}
     * @param tooLong    the line had more bytes than the limit, and they were not kept
     * @param length     the bytes the line took in the stream, its {@code \n} included
     * @param terminated the line ended with {@code \n}, rather than with the end of the stream
     */
    public record Line(long number, byte[] bytes, boolean tooLong, long length, boolean terminated) {
    }

    /**
     * @param in    the stream, closed with this reader
     * @param limit the most bytes of one line to keep
     */
    public LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * The next line, or {@code null} at the end of the stream. A stream that ends just after a
     * {@code \n} has no further, empty line.
     *
     * @return the line, or {@code null}
     * @throws IOException when the stream cannot be read; the lines before stand
     */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        byte[] line = new byte[0];
        int kept = 0;
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    ended = true;
                    if (length == 0) {
                        return null;
                    }
                    number++;
                    return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(line, kept), tooLong, length, false);
                }
            }
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            length += chunk;
            if (!tooLong) {
                if ((long) kept + chunk > limit) {
                    // Stop keeping bytes: the rest of the line only has to be skipped.
                    tooLong = true;
                    line = new byte[0];
                    kept = 0;
                } else {
                    if (kept + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.min(limit, Math.max(kept + chunk, line.length * 2 + 256)));
                    }
                    System.arraycopy(buffer, position, line, kept, chunk);
                    kept += chunk;
                }
            }
            position = end;
            if (end < filled) {
                position++;
                length++;
                number++;
                return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(line, kept), tooLong, length, true);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
