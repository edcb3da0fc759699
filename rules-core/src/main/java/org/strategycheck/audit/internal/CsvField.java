package org.strategycheck.audit.internal;

/**
 * A field of a CSV file as RFC 4180 has it, the one rule every CSV the library writes
 * follows; {@link CsvReader} reads it back.
 */
public final class CsvField {

    private CsvField() {
    }

    /**
     * The field as written: quoted, with quotes doubled, only when it holds a comma, a quote or
     * a line break.
     *
     * @param value the text
     * @return the field
     */
    public static String of(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
