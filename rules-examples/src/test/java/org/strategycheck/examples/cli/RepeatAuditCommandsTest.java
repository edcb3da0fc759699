package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.report.AgreementReport;
import org.strategycheck.audit.report.CompareReport;

/** compare, sample and agreement as a QA lead runs them on the bundled samples: options, console, exit codes. */
class RepeatAuditCommandsTest {

    @TempDir
    Path temp;

    private Path audit;

    @BeforeEach
    void auditTheSamples() {
        audit = temp.resolve("audit");
        Cli.Run run = Cli.run("audit", "samples", "--out", audit.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void compareWritesThePageAndSpreadsheetsAndPrintsThePublishedChecks() {
        Path again = temp.resolve("again");
        Cli.run("audit", "samples", "--out", again.toString(), "-q");
        Path out = temp.resolve("compare");

        Cli.Run run = Cli.run("compare", audit.toString(), again.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ATT-HEALTH-INVITED"), run.out());
        assertTrue(run.out().contains("too few"), "a dozen samples are too few to judge a change: " + run.out());
        assertTrue(run.out().contains("findings 0 fixed, 0 new, "), "the same records audited twice: " + run.out());
        for (String file : List.of(CompareReport.HTML_FILE, CompareReport.CSV_FILE, CompareReport.RECORDS_FILE)) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void compareOfAFolderThatIsNoAuditIsAUsageError() {
        Cli.Run run = Cli.run("compare", audit.toString(), "samples", "--out", temp.resolve("x").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("AFTER must be a folder that audit --out wrote, and samples holds no results.jsonl"),
                run.err());
    }

    @Test
    void sampleWritesTheBlindSheetAndRefusesToOverwriteIt() throws IOException {
        Path out = temp.resolve("dip");

        Cli.Run run = Cli.run("sample", audit.toString(), "--size", "3", "--seed", "7", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> sheet = Files.readAllLines(out.resolve("sample.csv"), StandardCharsets.UTF_8);
        assertEquals(4, sheet.size(), String.join("\n", sheet));
        assertTrue(sheet.get(0).startsWith("recordId,position,partnership,team,date,auditorGrade,ATT-HEALTH-INVITED,"));
        assertFalse(String.join("\n", sheet).matches("(?s).*(GOOD|INADEQUATE|REQUIRES_IMPROVEMENT).*"));
        assertTrue(run.out().contains("(seed 7)"), run.out());

        Cli.Run again = Cli.run("sample", audit.toString(), "--size", "3", "--seed", "8", "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertEquals(sheet, Files.readAllLines(out.resolve("sample.csv"), StandardCharsets.UTF_8), "left as it was");
    }

    @Test
    void theSameSeedDrawsTheSameSheet() throws IOException {
        Cli.run("sample", audit.toString(), "--size", "3", "--seed", "7", "--out", temp.resolve("a").toString());
        Cli.run("sample", audit.toString(), "--size", "3", "--seed", "7", "--out", temp.resolve("b").toString());

        assertEquals(Files.readString(temp.resolve("a/sample.csv")), Files.readString(temp.resolve("b/sample.csv")));
    }

    @Test
    void sampleDatesOutOfOrderAreAUsageError() {
        Cli.Run run = Cli.run("sample", audit.toString(), "--size", "3", "--seed", "7", "--from", "2024-05-02",
                "--to", "2024-05-01", "--out", temp.resolve("dip").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from 2024-05-02 is after --to 2024-05-01"), run.err());
    }

    @Test
    void agreementReadsTheFilledSheetAndWritesItsReport() throws IOException {
        Path sheet = filledSheet("Good", "");
        Path out = temp.resolve("agreement");

        Cli.Run run = Cli.run("agreement", sheet.toString(), audit.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Grade: the same in "), run.out());
        for (String file : List.of(AgreementReport.HTML_FILE, AgreementReport.CSV_FILE, AgreementReport.RECORDS_FILE)) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void aBadSheetExitsOneNamingRowAndColumnNeverTheCellAndWritesNothing() throws IOException {
        Path sheet = filledSheet("Excellent SECRET", "");
        Path out = temp.resolve("agreement");

        Cli.Run run = Cli.run("agreement", sheet.toString(), audit.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("  row 2, column auditorGrade: not a grade on the scale"), run.err());
        assertFalse(run.err().contains("SECRET") || run.out().contains("SECRET"), run.err());
        assertFalse(Files.exists(out.resolve(AgreementReport.HTML_FILE)));
    }

    /** A sheet drawn from the audit, every record graded {@code grade}, with a notes column. */
    private Path filledSheet(String grade, String note) throws IOException {
        Path dip = temp.resolve("dip-" + Math.abs(grade.hashCode()));
        Cli.run("sample", audit.toString(), "--size", "4", "--seed", "1", "--out", dip.toString());
        List<String> rows = Files.readAllLines(dip.resolve("sample.csv"), StandardCharsets.UTF_8);
        List<String> filled = new ArrayList<>();
        filled.add(rows.get(0) + ",notes");
        for (String row : rows.subList(1, rows.size())) {
            // recordId,position,partnership,team,date, then auditorGrade and the checks.
            String[] cells = row.split(",", -1);
            cells[5] = grade;
            filled.add(String.join(",", cells) + "," + note);
        }
        return Files.write(dip.resolve("filled.csv"), filled, StandardCharsets.UTF_8);
    }
}
