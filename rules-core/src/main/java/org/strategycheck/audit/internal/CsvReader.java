package org.strategycheck.audit.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it, and as spreadsheets save it: fields separated by commas, a field
 * in double quotes may hold commas, line breaks and doubled quotes; lines end with CRLF, LF or CR;
 * a byte-order mark at the start is dropped. A row is counted as a spreadsheet shows it (a quoted
 * line break does not start a new row), from 1 for the header.
 *
 * <p>Bounded: a field longer than {@link #MAX_FIELD} characters or a row of more than
 * {@link #MAX_FIELDS} fields is an error, so a hostile sheet cannot take the heap. An error names
 * the row and the field's position, never its content.
 */
public final class CsvReader implements Closeable {

    /** The longest field read, in characters. */
    public static final int MAX_FIELD = 1 << 20;
    /** The most fields in a row. */
    public static final int MAX_FIELDS = 10_000;

    private final Reader in;
    private long row;
    private boolean started;
    private int pushedBack = -2;

    /**
     * @param in the text, closed with this reader
     */
    public CsvReader(Reader in) {
        this.in = in;
    }

    /**
     * The row the last {@link #next()} returned, from 1.
     *
     * @return the row
     */
    public long row() {
        return row;
    }

    /**
     * The next row's fields, or {@code null} at the end. An empty line is a row of one empty
     * field.
     *
     * @return the fields
     * @throws Problem     when the text is not CSV
     * @throws IOException when it cannot be read
     */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\ufeff') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        row++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new Problem(row, fields.size(), "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(field, '"', fields.size());
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    append(field, (char) c, fields.size());
                }
                c = read();
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    }
                }
                add(fields, field);
                return fields;
            }
            if (c == ',') {
                add(fields, field);
                field = new StringBuilder();
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                // A quote inside an unquoted field is kept as text, as spreadsheets read it.
                append(field, (char) c, fields.size());
            }
            c = read();
        }
    }

    private void add(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            throw new Problem(row, fields.size(), "more than " + MAX_FIELDS + " fields in a row");
        }
        fields.add(field.toString());
    }

    private void append(StringBuilder field, char c, int index) {
        if (field.length() == MAX_FIELD) {
            throw new Problem(row, index, "a field longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Text that is not CSV, at a row and field.
     */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final long row;
        private final int field;

        Problem(long row, int field, String reason) {
            super(reason, null, false, false);
            this.row = row;
            this.field = field;
        }

        /**
         * @return the row, from 1
         */
        public long row() {
            return row;
        }

        /**
         * @return the field's position in the row, from 0
         */
        public int field() {
            return field;
        }
    }
}
