package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static LineReader reader(String text, int limit) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
    }

    @Test
    void linesAreSplitAtNewlinesAndNumberedFromOneBlankOnesIncluded() throws IOException {
        LineReader lines = reader("a\n\nbc\n", 100);

        assertEquals("a", text(lines.next()));
        LineReader.Line blank = lines.next();
        assertEquals(2, blank.number());
        assertEquals("", text(blank));
        LineReader.Line third = lines.next();
        assertEquals(3, third.number());
        assertEquals("bc", text(third));
        assertNull(lines.next(), "a final newline opens no further line");
    }

    @Test
    void aCarriageReturnBeforeTheNewlineStaysInTheLine() throws IOException {
        // JSON counts \r as whitespace; the record reader decides.
        assertArrayEquals("a\r".getBytes(StandardCharsets.UTF_8), reader("a\r\nb", 100).next().bytes());
    }

    @Test
    void aLastLineWithoutNewlineIsALineMarkedUnterminated() throws IOException {
        LineReader lines = reader("a\nhalf", 100);

        assertTrue(lines.next().terminated());
        LineReader.Line last = lines.next();
        assertEquals("half", text(last));
        assertFalse(last.terminated());
        assertEquals(4, last.length());
    }

    @Test
    void aFiftyMegabyteLineIsReportedTooLongWithoutBeingKeptAndTheNextLineIsRead() throws IOException {
        long fifty = 50L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = fifty;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        LineReader lines = new LineReader(new SequenceInputStream(huge,
                new ByteArrayInputStream("\n{}\n".getBytes(StandardCharsets.UTF_8))), 1024);

        LineReader.Line first = lines.next();
        assertTrue(first.tooLong());
        assertEquals(0, first.bytes().length, "none of its bytes are kept");
        assertEquals(fifty + 1, first.length());
        LineReader.Line next = lines.next();
        assertEquals(2, next.number());
        assertEquals("{}", text(next));
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() throws IOException {
        LineReader.Line line = reader("abcd\n", 4).next();

        assertFalse(line.tooLong());
        assertEquals("abcd", text(line));
    }

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }
}
