package org.strategycheck.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.audit.ResultsFixture.RULES;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.Agreement;
import org.strategycheck.audit.ResultsFixture;

/** agreement.csv, agreement-records.csv and the page, from a filled sheet. */
class AgreementReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    /**
     * Sixteen records, as the January 2024 dip sample: 10 Good, 4 Requires improvement, 2
     * Inadequate by the audit. The auditors agree on all but three grades, judge ATT-A on four
     * records only, and find DEC-A met on the fourteen where the audit did (all in one category:
     * kappa undefined); every row carries a note with the canary.
     */
    private Path written() throws IOException {
        List<Object> lines = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("recordId,position,partnership,team,date,auditorGrade,ATT-A,DEC-A,"
                + "auditor notes\n");
        String[] auditors = {"Good", "Good", "Good", "Good", "Good", "Good", "Good", "Good", "Requires improvement",
            "Good", "Requires improvement", "Requires improvement", "Requires improvement", "Good", "Inadequate",
            "Requires improvement"};
        for (int i = 1; i <= 16; i++) {
            ResultsFixture.Line line = record("SD-" + i);
            lines.add(i <= 10 ? line.met("ATT-A", "DEC-A") : i <= 14 ? line.notMet("ATT-A", "/participants").met("DEC-A")
                    : line.critical("DEC-A", "/decisions/section47").met("ATT-A"));
            sheet.append("SD-").append(i).append(',').append(i).append(",north,a,2024-01-").append(10 + i).append(',')
                    .append(auditors[i - 1]).append(',').append(i <= 4 ? "met" : "").append(',')
                    .append(i <= 14 ? "met" : "")
                    .append(",\"CANARY the mother said, \"\"he hits me\"\"\"\n");
        }
        Path auditDir = audit(temp.resolve("audit"), lines);
        Path sheetFile = Files.writeString(temp.resolve("filled.csv"), sheet, StandardCharsets.UTF_8);
        Agreement agreement = Agreement.of(sheetFile, auditDir, RULES);
        Path out = temp.resolve("agreement");
        AgreementReport.write(agreement, RULES, ReportWording.english(), CLOCK, out);
        return out;
    }

    @Test
    void agreementCsvHasARowPerMeasureWithCountsIntervalsAndKappa() throws IOException {
        List<String> rows = Files.readAllLines(written().resolve(AgreementReport.CSV_FILE), StandardCharsets.UTF_8);

        assertEquals(AgreementReport.CSV_HEADER, rows.get(0));
        assertTrue(rows.get(1).startsWith("grade,linear,16,13,81.3,57.0,93.4,0.71,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("grade,none,16,13,81.3,57.0,93.4,0.64,"), rows.get(2));
        assertEquals("ATT-A,none,4,4,,,,,,,0,12,too few", rows.get(3));
        assertEquals("DEC-A,none,14,14,100.0,78.5,100.0,,,,0,2,kappa undefined", rows.get(4));
    }

    @Test
    void kappaWithAStandardErrorOf0HasNoIntervalRatherThanOneOfNoWidth() throws IOException {
        // Full agreement: the large-sample standard error is 0, which is no certainty about six records.
        List<Object> lines = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("recordId,position,auditorGrade,ATT-A,DEC-A\n");
        for (int i = 1; i <= 6; i++) {
            lines.add(i <= 3 ? record("R-" + i).met("ATT-A") : record("R-" + i).notMet("ATT-A", "/participants"));
            sheet.append("R-").append(i).append(',').append(i).append(",,").append(i <= 3 ? "met" : "not met")
                    .append(",\n");
        }
        Agreement agreement = Agreement.of(Files.writeString(temp.resolve("six.csv"), sheet),
                audit(temp.resolve("six"), lines), RULES);
        java.io.StringWriter csv = new java.io.StringWriter();
        AgreementReport.writeCsv(agreement, csv);

        assertTrue(csv.toString().contains("\r\nATT-A,none,6,6,100.0,61.0,100.0,1.00,,,0,0,no interval (standard error 0)"
                + "\r\n"), csv.toString());
    }

    @Test
    void everyJudgementIsARowFromWhichTheFiguresCanBeCountedAgain() throws IOException {
        List<String> rows = Files.readAllLines(written().resolve(AgreementReport.RECORDS_FILE), StandardCharsets.UTF_8);

        assertEquals(AgreementReport.RECORDS_HEADER, rows.get(0));
        assertEquals("2,SD-1,1,grade,GOOD,GOOD,true", rows.get(1));
        assertEquals("2,SD-1,1,ATT-A,met,met,true", rows.get(2));
        assertEquals(1 + 16 + 4 + 14, rows.size());
        assertEquals(3, rows.stream().filter(r -> r.contains(",grade,") && r.endsWith(",false")).count());
    }

    @Test
    void thePageShowsTheMatrixAndTheRecordsThatDisagree() throws IOException {
        String page = Files.readString(written().resolve(AgreementReport.HTML_FILE), StandardCharsets.UTF_8);

        assertTrue(page.contains("<strong>13 of 16 (81%, 57\u201393%)</strong>"), page);
        assertTrue(page.contains("<td class=\"same\">9</td>"), "Good by both: 9 of the 10 the audit graded Good");
        assertTrue(page.contains("<td class=\"id\">SD-9</td>"), page);
        assertTrue(page.contains("too few"), page);
    }

    @Test
    void noteColumnsReachNoOutput() throws IOException {
        Path out = written();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("CANARY") || text.contains("hits me"), file.getFileName().toString());
            }
        }
    }
}
