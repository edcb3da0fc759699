package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final Pattern TOTALS = Pattern.compile(
            "(\\d+) records read: (\\d+) graded \\((\\d+) GOOD, (\\d+) REQUIRES_IMPROVEMENT, (\\d+) INADEQUATE\\), (\\d+) rejected");

    @TempDir
    Path temp;

    @Test
    void auditWritesOneResultLinePerRecordOfTheSamplesFolder() throws IOException {
        Cli.Run run = Cli.run("audit", "samples", "--out", temp.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> results = Files.readAllLines(temp.resolve("results.jsonl"), StandardCharsets.UTF_8);
        assertEquals(recordsIn(Path.of("samples")), results.size());
        JsonNode first = Cli.json(results.get(0));
        assertEquals("samples/actions-without-owners.json", first.get("source").asText());
        assertEquals("INADEQUATE", first.get("grade").asText());
    }

    @Test
    void aDraftInTheBatchIsMarkedAsADraftWithItsPendingRules() {
        Cli.Run run = Cli.run("audit", "samples/draft-no-decision.json", "samples/good-infant-injury.json");

        JsonNode draft = Cli.json(run.outLines().get(0));
        assertEquals("DRAFT", draft.get("mode").asText());
        assertTrue(draft.get("pending").toString().contains("DEC-S47-RECORDED"), draft.toString());
        JsonNode complete = Cli.json(run.outLines().get(1));
        assertEquals("FINAL", complete.get("mode").asText());
        assertEquals(0, complete.get("pending").size());
    }

    @Test
    void everyLineOfAJsonLinesFileGivesExactlyOneResultLineEvenWhenBroken() throws IOException {
        Path input = Cli.fixture("mixed.jsonl");

        Cli.Run run = Cli.run("audit", input.toString());

        List<String> results = run.outLines();
        assertEquals(Files.readAllLines(input).size(), results.size(), run.out());
        for (int i = 0; i < results.size(); i++) {
            assertEquals(input + ":" + (i + 1), Cli.json(results.get(i)).get("source").asText());
        }
    }

    @Test
    void eachErrorRowHasAPointerAndAMessage() {
        Cli.Run run = Cli.run("audit", Cli.fixture("mixed.jsonl").toString());

        List<JsonNode> errors = run.outLines().stream().map(Cli::json).filter(r -> r.has("error")).toList();
        assertEquals(3, errors.size(), run.out());
        for (JsonNode row : errors) {
            assertTrue(row.get("error").get("pointer").isTextual(), row.toString());
            assertFalse(row.get("error").get("message").asText().isBlank(), row.toString());
            assertFalse(row.has("grade"), row.toString());
        }
    }

    @Test
    void anErrorRowKeepsTheRecordIdWhenTheLineWasWellFormedJson() {
        Cli.Run run = Cli.run("audit", Cli.fixture("mixed.jsonl").toString());

        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        JsonNode unknownStatus = rows.get(2);
        assertEquals("SD-TEST-0003", unknownStatus.get("recordId").asText());
        assertEquals("/status", unknownStatus.get("error").get("pointer").asText());
        assertEquals("record.unknownValue", unknownStatus.get("error").get("messageKey").asText());
        assertFalse(rows.get(1).has("recordId"), "malformed JSON has no id to salvage");
        assertFalse(rows.get(3).has("recordId"), "truncated JSON has no id to salvage");
    }

    @Test
    void aRejectedRecordGivesExitOneAndTheGoodRecordsAreStillGraded() {
        Cli.Run run = Cli.run("audit", Cli.fixture("mixed.jsonl").toString());

        assertEquals(1, run.exitCode());
        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        assertEquals("GOOD", rows.get(0).get("grade").asText());
        assertEquals("GOOD", rows.get(4).get("grade").asText());
    }

    @Test
    void withoutOutStdoutHoldsOnlyJsonLinesAndTheTotalsGoToStderr() {
        Cli.Run run = Cli.run("audit", "samples", "--quiet");

        for (String line : run.outLines()) {
            assertTrue(Cli.json(line).has("source"), line);
        }
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(TOTALS.matcher(run.errLines().get(0)).matches(), run.err());
    }

    @Test
    void theClosingLineCountsRecordsReadGradedAndRejectedAndTheyAddUp() {
        Cli.Run run = Cli.run("audit", "samples", Cli.fixture("mixed.jsonl").toString(), "--out", temp.toString());

        List<String> lines = run.outLines();
        Matcher totals = TOTALS.matcher(lines.get(lines.size() - 1));
        assertTrue(totals.matches(), run.out());
        int records = Integer.parseInt(totals.group(1));
        int graded = Integer.parseInt(totals.group(2));
        int good = Integer.parseInt(totals.group(3));
        int requiresImprovement = Integer.parseInt(totals.group(4));
        int inadequate = Integer.parseInt(totals.group(5));
        int rejected = Integer.parseInt(totals.group(6));
        assertEquals(records, graded + rejected);
        assertEquals(graded, good + requiresImprovement + inadequate);
        assertEquals(3, rejected);
        assertEquals(14, records);
    }

    @Test
    void withOutTheConsoleSaysWhereTheFilesAreAndEndsWithTheTotals() {
        Cli.Run run = Cli.run("audit", "samples", "--out", temp.toString());

        List<String> lines = run.outLines();
        assertEquals(List.of("Writing " + temp.resolve("results.jsonl"),
                "Wrote " + temp.resolve("report.html") + ", " + temp.resolve("summary.csv") + " and "
                        + temp.resolve("records.csv")),
                lines.subList(0, 2), run.out());
        // No line per record (the report and results.jsonl have them): the seven published checks, then the totals.
        assertEquals("The checks audits publish, in 8 final records (1 draft counted apart):", lines.get(3));
        assertTrue(lines.get(4).startsWith("  ATT-HEALTH-INVITED  Health invited in 8 of 8 discussions (100%, 68\u2013100%)"),
                lines.get(4));
        assertEquals(13, lines.size(), run.out());
        assertTrue(lines.get(12).startsWith("9 records read: 9 graded"), lines.get(12));
        assertTrue(Files.isRegularFile(temp.resolve("report.html")));
        assertTrue(Files.isRegularFile(temp.resolve("summary.csv")));
    }

    @Test
    void resultsComeInInputOrderWhateverTheNumberOfThreads() throws IOException {
        Path input = temp.resolve("many.jsonl");
        Cli.run("generate", "150", input.toString(), "--broken", "10");

        Cli.run("audit", input.toString(), "--out", temp.resolve("one").toString(), "--threads", "1", "--quiet");
        Cli.run("audit", input.toString(), "--out", temp.resolve("four").toString(), "--threads", "4", "--quiet");

        List<String> one = Files.readAllLines(temp.resolve("one/results.jsonl"));
        assertEquals(150, one.size());
        assertEquals(one, Files.readAllLines(temp.resolve("four/results.jsonl")));
        for (int i = 0; i < one.size(); i++) {
            assertEquals(input + ":" + (i + 1), Cli.json(one.get(i)).get("source").asText());
        }
    }

    @Test
    void everyDamagedLineOfAGeneratedFileIsOneRejectedResultLine() throws IOException {
        Path input = temp.resolve("damaged.jsonl");
        Cli.Run generated = Cli.run("generate", "200", input.toString(), "--broken", "25", "--seed", "7");
        Matcher counts = Pattern.compile("(\\d+) valid records, (\\d+) damaged").matcher(generated.out());
        assertTrue(counts.find(), generated.out());

        Cli.Run run = Cli.run("audit", input.toString(), "--out", temp.resolve("out").toString(), "--quiet");

        Matcher totals = TOTALS.matcher(run.outLines().get(run.outLines().size() - 1));
        assertTrue(totals.matches(), run.out());
        assertEquals("200", totals.group(1));
        assertEquals(counts.group(1), totals.group(2));
        assertEquals(counts.group(2), totals.group(6));
        assertEquals(200, Files.readAllLines(temp.resolve("out/results.jsonl")).size());
    }

    @Test
    void aTruncatedRecordFileInAFolderIsOneErrorRowNamingTheFile() throws IOException {
        String whole = Files.readString(Path.of("samples/good-infant-injury.json"));
        Path folder = Files.createDirectory(temp.resolve("in"));
        Files.writeString(folder.resolve("cut.json"), whole.substring(0, whole.length() / 2));

        Cli.Run run = Cli.run("audit", folder.toString(), "--quiet");

        JsonNode row = Cli.json(run.outLines().get(0));
        assertEquals(folder.resolve("cut.json").toString(), row.get("source").asText());
        assertEquals("json.truncated", row.get("error").get("messageKey").asText());
    }

    @Test
    void aRecordFileInAFolderThatCannotBeOpenedIsOneErrorRow() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("in"));
        Files.copy(Path.of("samples/good-infant-injury.json"), folder.resolve("a.json"));
        // A link whose target is gone: the name says "record", the file cannot be read.
        Files.createSymbolicLink(folder.resolve("b.json"), temp.resolve("gone.json"));

        Cli.Run run = Cli.run("audit", folder.toString(), "--quiet");

        assertEquals(1, run.exitCode(), run.err());
        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        assertEquals(2, rows.size());
        assertEquals("GOOD", rows.get(0).get("grade").asText());
        assertEquals(folder.resolve("b.json").toString(), rows.get(1).get("source").asText());
        assertEquals("cli.input.unreadable", rows.get(1).get("error").get("messageKey").asText());
    }

    @Test
    void aLastLineCutOffWithoutItsNewlineIsStillOneErrorRow() throws IOException {
        List<String> good = Files.readAllLines(Path.of("samples/batch.jsonl"));
        Path input = Files.writeString(temp.resolve("cut.jsonl"),
                good.get(0) + "\n" + good.get(1).substring(0, 300), StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("audit", input.toString(), "--quiet");

        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        assertEquals(2, rows.size());
        assertEquals(input + ":2", rows.get(1).get("source").asText());
        assertEquals("json.truncated", rows.get(1).get("error").get("messageKey").asText());
    }

    @Test
    void quietLeavesOnlyTheTotalsOnStderr() {
        Cli.Run run = Cli.run("audit", "samples", "--quiet");

        assertEquals(List.of(run.errLines().get(0)), run.errLines());
    }

    @Test
    void zeroThreadsIsAUsageError() {
        Cli.Run run = Cli.run("audit", "samples", "--threads", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--threads must be between 1 and 256"), run.err());
    }

    @Test
    void blankLinesAreNotRecordsButStillCountForLineNumbers() throws IOException {
        List<String> good = Files.readAllLines(Path.of("samples/batch.jsonl"));
        Path input = Files.writeString(temp.resolve("gaps.jsonl"),
                good.get(0) + "\n\n   \r\n" + good.get(1) + "\r\n\n", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("audit", input.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertEquals(List.of(input + ":1", input + ":4"),
                run.outLines().stream().map(l -> Cli.json(l).get("source").asText()).toList());
    }

    @Test
    void aLineLongerThanARecordMayBeIsRejectedAndTheNextLineIsStillRead() throws IOException {
        List<String> good = Files.readAllLines(Path.of("samples/batch.jsonl"));
        String huge = "{\"recordId\":\"" + "x".repeat(org.strategycheck.json.RecordJson.MAX_RECORD_LENGTH) + "\"}";
        Path input = Files.writeString(temp.resolve("huge.jsonl"), huge + "\n" + good.get(0) + "\n", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("audit", input.toString());

        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        assertEquals(2, rows.size());
        assertEquals("cli.input.tooLarge", rows.get(0).get("error").get("messageKey").asText());
        assertEquals("GOOD", rows.get(1).get("grade").asText());
    }

    @Test
    void aDashReadsJsonLinesFromStandardInput() throws IOException {
        String batch = Files.readString(Path.of("samples/batch.jsonl"), StandardCharsets.UTF_8);

        Cli.Run run = Cli.runWithInput(batch + "\n", "audit", "-", "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("stdin:1", "stdin:2", "stdin:3"),
                run.outLines().stream().map(l -> Cli.json(l).get("source").asText()).toList());
        assertEquals("3 records read: 3 graded (3 GOOD, 0 REQUIRES_IMPROVEMENT, 0 INADEQUATE), 0 rejected; "
                + "1 blank line skipped", run.errLines().get(0));
    }

    @Test
    void checkReadsStandardInputToo() throws IOException {
        String batch = Files.readString(Path.of("samples/batch.jsonl"), StandardCharsets.UTF_8);

        Cli.Run run = Cli.runWithInput(batch, "check", "-");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("stdin:1: record SD-SAMPLE-0007, grade GOOD"), run.out());
    }

    @Test
    void aDashWithOtherPathsIsAUsageError() {
        Cli.Run run = Cli.run("audit", "-", "samples");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("- reads JSON Lines from standard input, alone"), run.err());
    }

    @Test
    void theResultsFileOfAnEarlierRunIsNeverReadAsInput() throws IOException {
        Files.copy(Path.of("samples/good-infant-injury.json"), temp.resolve("one.json"));

        Cli.run("audit", temp.toString(), "--out", temp.toString());
        Cli.Run again = Cli.run("audit", temp.toString(), "--out", temp.toString());

        assertEquals(0, again.exitCode(), again.out());
        assertEquals(1, Files.readAllLines(temp.resolve("results.jsonl")).size());
    }

    @Test
    void aPathThatDoesNotExistIsAUsageErrorAndNothingIsWritten() {
        Cli.Run run = Cli.run("audit", "samples", "no-such-folder", "--out", temp.resolve("out").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file or folder: no-such-folder"), run.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void anOutThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "");

        Cli.Run run = Cli.run("audit", "samples", "--out", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out must name a folder"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Cli.Run run = Cli.run("audit", "--output", "x", "samples");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    private static long recordsIn(Path folder) throws IOException {
        long records = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    records += Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
                } else if (name.endsWith(".json")) {
                    records++;
                }
            }
        }
        return records;
    }

    @Test
    void aDateNotWrittenYyyyMmDdIsAUsageErrorThatSaysSo() {
        Cli.Run run = Cli.run("audit", "samples", "--from", "2024-13-01");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Invalid value for option '--from': '2024-13-01' is not a date written YYYY-MM-DD"),
                run.err());
        assertFalse(run.err().contains("java."), "no Java class named: " + run.err());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAUsageError() {
        Cli.Run run = Cli.run("audit", "samples", "--from", "2024-06-01", "--to", "2024-05-01");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from 2024-06-01 is after --to 2024-05-01"), run.err());
    }

    @Test
    void aPeriodCountsTheDiscussionsHeldInItAndTheRestApart() {
        Cli.Run run = Cli.run("audit", "samples", "--out", temp.toString(), "--from", "2024-05-01", "--to", "2024-12-31");

        assertEquals(0, run.exitCode(), run.err());
        // Held in the period: five final records (two in May, one in September, two in November); outside it two
        // held in March 2024, one in October 2023, and the draft of 2019. Every record still has its results line.
        assertTrue(run.out().contains("The checks audits publish, in 5 final records (4 records outside the period "
                + "counted apart):"), run.out());
        assertTrue(run.outLines().get(run.outLines().size() - 1).startsWith("9 records read: 9 graded"), run.out());
    }
}
