package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.report.CensusReport;
import org.strategycheck.census.CensusRecordsCsv;

/**
 * {@code strategycheck census} as an analyst runs it on the small hand-built authority under
 * {@code src/test/resources/census/authority} (its README lists what each child and record is
 * for): options, console, files, exit codes.
 */
class CensusCommandTest {

    /** As given to the audit: relative to the folder the tests run in, so the census reads them again from there. */
    private static final String RECORDS = "src/test/resources/census/authority/records";
    private static final String CENSUS = "src/test/resources/census/authority/census.xml";

    @TempDir
    Path temp;

    private Path audit(String records) {
        Path audit = temp.resolve("audit");
        Cli.Run run = Cli.run("audit", records, "--out", audit.toString(), "-q");
        assertTrue(run.exitCode() == 0, run.err());
        return audit;
    }

    @Test
    void theAuthorityReconcilesWithAllThreeListsAndEveryEnquiryAndRecordAccountedFor() throws IOException {
        Path out = temp.resolve("census");

        Cli.Run run = Cli.run("census", CENSUS, "--records", audit(RECORDS).toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Census enquiries: 6 (linked on the day 3, dates disagree 1, no discussion record 2)."),
                run.out());
        assertTrue(run.out().contains("Audit records: 9 (unreadable 0, draft 1, not initiating 1, no child id 1, "
                + "missing from census 2, out of year 1, dates disagree 1, linked 2)."), run.out());
        List<String> records = Files.readAllLines(out.resolve(CensusRecordsCsv.FILE));
        assertTrue(records.contains("4,SD-103,MISSING_FROM_CENSUS,2022-12-05,,,,,,,,,,0,"), records.toString());
        assertTrue(records.contains("1,SD-109,MISSING_FROM_CENSUS,2023-02-06,,,,,,,,,,0,"), "the line of more.jsonl, read first");
        assertTrue(records.contains("3,SD-102,DATES_DISAGREE,2022-09-07,0,2,1,2022-09-05,2,2022-09-23,13,11-15,true,,"),
                records.toString());
        assertTrue(records.contains("5,SD-104,LINKED,2022-11-07,1,5,1,2022-11-07,0,2022-11-25,14,11-15,true,,"),
                "a discussion about siblings links to each child's enquiry: " + records);
        List<String> census = Files.readAllLines(out.resolve(CensusReport.CSV_FILE));
        assertTrue(census.get(1).startsWith("1,1,1,"), census.get(1));
        assertTrue(census.get(1).contains(",2022-06-23,2022-06-24,") && census.get(1).contains("TARGET_IGNORES_BANK_HOLIDAY"),
                "the Jubilee target: " + census.get(1));
        assertTrue(census.get(3).endsWith(",NO_RECORD,,,,"), census.get(3));
        String html = Files.readString(out.resolve(CensusReport.HTML_FILE));
        assertTrue(html.contains("<td>Child 3, enquiry 1</td>"), "census side by position");
        assertFalse(html.contains("LA-10"), "no LAchildID on the page");
    }

    @Test
    void aCensusAloneIsTimedAndCheckedWithoutTheRecordsFile() {
        Path out = temp.resolve("census");

        Cli.Run run = Cli.run("census", CENSUS, "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Read 6 children with 6 section 47 enquiries."), run.out());
        assertTrue(run.out().contains("Conference within 15 working days: 4 of 5 (80%, 38-96%)"), run.out());
        assertTrue(run.out().contains("Target dates that are not the 15th working day: 2 of 6 recorded (2 ignore a bank holiday)."),
                run.out());
        assertTrue(Files.isRegularFile(out.resolve(CensusReport.HTML_FILE)));
        assertFalse(Files.exists(out.resolve(CensusRecordsCsv.FILE)));
    }

    @Test
    void aBrokenCensusIsRefusedWithItsElementPathAndLineAndNoFiles() throws IOException {
        Path broken = temp.resolve("broken.xml");
        Files.writeString(broken, Files.readString(Path.of(CENSUS))
                .replace("<S47ActualStartDate>2022-10-03</S47ActualStartDate>", "<S47ActualStartDate>3/10/22</S47ActualStartDate>"));
        Path out = temp.resolve("census");

        Cli.Run run = Cli.run("census", broken.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("line 67") && run.err().contains(
                "at /Message/Children/Child[3]/CINdetails[1]/Section47[1]/S47ActualStartDate: <S47ActualStartDate> is not a "
                        + "date written YYYY-MM-DD"), run.err());
        assertFalse(run.err().contains("3/10/22"), "never quotes a value");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing half written");
        }
    }

    @Test
    void aRecordWhoseInputIsGoneIsListedAndTheExitSaysSo() throws IOException {
        Path copy = temp.resolve("records");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of(RECORDS))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path audit = audit(copy.toString());
        Files.delete(copy.resolve("sd-103.json"));
        Path out = temp.resolve("census");

        Cli.Run run = Cli.run("census", CENSUS, "--records", audit.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("unreadable 1,"), run.out());
        assertTrue(Files.readAllLines(out.resolve(CensusRecordsCsv.FILE))
                .contains("4,SD-103,UNREADABLE,,,,,,,,,,,,its input is no longer there"));
    }

    @Test
    void aRecordTheAuditReadTwiceIsReadAgainForEachOfItsLines() throws IOException {
        Path audit = temp.resolve("twice");
        Cli.Run audited = Cli.run("audit", RECORDS, RECORDS + "/sd-101.json", "--out", audit.toString(), "-q");
        assertEquals(0, audited.exitCode(), audited.err());
        Path out = temp.resolve("census");

        Cli.Run run = Cli.run("census", CENSUS, "--records", audit.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Audit records: 10 (unreadable 0,"), run.out());
        assertTrue(Files.readAllLines(out.resolve(CensusRecordsCsv.FILE))
                .contains("10,SD-101,MISSING_FROM_CENSUS,2022-06-02,,,,,,,,,,0,"), "its twin links nothing");
    }

    @Test
    void aCensusThatIsNotThereIsAUsageError() {
        Cli.Run run = Cli.run("census", "no-such-census.xml", "--out", temp.resolve("x").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("CENSUS.xml must be a file, and no-such-census.xml does not exist"), run.err());
    }

    @Test
    void recordsThatAreNoAuditFolderAreAUsageError() {
        Cli.Run run = Cli.run("census", CENSUS, "--records", RECORDS, "--out", temp.resolve("x").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--records must be a folder that audit --out wrote"), run.err());
    }

    @Test
    void helpSaysWhatItReadsAndWritesAndTheToolListsIt() {
        Cli.Run help = Cli.run("census", "--help");
        Cli.Run tool = Cli.run("--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--records=AUDIT_DIR") && help.out().contains("laChildId")
                && help.out().contains("Exit codes:"), help.out());
        assertTrue(tool.out().contains("census"), tool.out());
    }

    @Test
    void shellCompletionKnowsTheCommandAndItsOptions() {
        Cli.Run run = Cli.run("completion");

        assertTrue(run.out().contains("census") && run.out().contains("--inputs-from"), "completion script");
    }
}
