package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets save it, rows numbered as a spreadsheet shows them. */
class CsvReaderTest {

    private static List<List<String>> rows(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        assertEquals(List.of(List.of("a", "b,c", "say \"no\"", "two\r\nlines"), List.of("x", "", "")),
                rows("a,\"b,c\",\"say \"\"no\"\"\",\"two\r\nlines\"\r\nx,,\r\n"));
    }

    @Test
    void linesEndWithCrLfLfOrCrAndTheLastNeedNotEnd() throws IOException {
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), rows("1\r\n2\n3\r4"));
    }

    @Test
    void aByteOrderMarkAtTheStartIsDropped() throws IOException {
        assertEquals(List.of(List.of("recordId", "position")), rows("\ufeffrecordId,position\n"));
    }

    @Test
    void aQuotedLineBreakDoesNotStartANewRow() throws IOException {
        try (CsvReader csv = new CsvReader(new StringReader("h\n\"a\nb\"\nc\n"))) {
            csv.next();
            csv.next();
            csv.next();
            assertEquals(3, csv.row());
            assertNull(csv.next());
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertEquals(List.of(List.of("5\" tall", "b")), rows("5\" tall,b\n"));
    }

    @Test
    void aQuotedFieldNotClosedIsAnErrorAtItsRowThatQuotesNothing() {
        CsvReader.Problem problem = assertThrows(CsvReader.Problem.class, () -> rows("h,i\nok,\"SECRET never closed\n"));
        assertEquals(2, problem.row());
        assertEquals(1, problem.field());
        assertFalse(problem.getMessage().contains("SECRET"));
    }

    @Test
    void aFieldPastTheLimitIsAnErrorRatherThanAHeapFull() {
        String huge = "x".repeat(CsvReader.MAX_FIELD + 1);
        CsvReader.Problem problem = assertThrows(CsvReader.Problem.class, () -> rows("a,b\nc," + huge + "\n"));
        assertEquals(2, problem.row());
        assertEquals(1, problem.field());
    }
}
