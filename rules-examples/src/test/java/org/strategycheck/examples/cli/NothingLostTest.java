package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch path loses or mixes nothing: each test is a way records went missing, or results
 * got mixed, when the audit was tried as a new user would.
 */
class NothingLostTest {

    private static final List<String> GOOD = lines(Path.of("samples/batch.jsonl"));

    @TempDir
    Path temp;

    @Test
    void aFolderIsReadWithItsSubFoldersEachFolderByName() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.createDirectories(in.resolve("2019"));
        Files.createDirectories(in.resolve("2020"));
        Files.writeString(in.resolve("2019/b.json"), GOOD.get(1));
        Files.writeString(in.resolve("2019/a.json"), GOOD.get(0));
        Files.writeString(in.resolve("2020/c.jsonl"), GOOD.get(0) + "\n" + GOOD.get(2) + "\n");
        Files.writeString(in.resolve("top.json"), GOOD.get(2));
        Files.writeString(in.resolve("2020/notes.txt"), "not a record file");

        Cli.Run run = Cli.run("audit", in.toString(), "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(in.resolve("2019/a.json").toString(), in.resolve("2019/b.json").toString(),
                in.resolve("2020/c.jsonl") + ":1", in.resolve("2020/c.jsonl") + ":2", in.resolve("top.json").toString()),
                sources(run));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSymbolicLinkLoopIsAnErrorRowNeverAHang() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.json"), GOOD.get(0));
        Files.createSymbolicLink(in.resolve("back"), in);

        Cli.Run run = Cli.run("audit", in.toString(), "--quiet");

        assertEquals(1, run.exitCode(), run.err());
        List<JsonNode> rows = run.outLines().stream().map(Cli::json).toList();
        assertEquals(2, rows.size(), run.out());
        assertEquals("GOOD", rows.get(0).get("grade").asText());
        assertEquals(in.resolve("back").toString(), rows.get(1).get("source").asText());
        assertEquals("cli.input.folderLoop", rows.get(1).get("error").get("messageKey").asText());
    }

    @Test
    void theClosingTotalsAccountForBlankLines() throws IOException {
        Path input = Files.writeString(temp.resolve("gaps.jsonl"),
                GOOD.get(0) + "\n\n   \n" + GOOD.get(1) + "\n\t\n", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("audit", input.toString(), "--quiet");

        assertEquals(List.of("2 records read: 2 graded (2 GOOD, 0 REQUIRES_IMPROVEMENT, 0 INADEQUATE), 0 rejected; "
                + "3 blank lines skipped"), run.errLines());
    }

    /**
     * The first audit reads a named pipe, so it is still running, its folder in use, while the
     * second one starts.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSecondAuditIntoAFolderInUseIsRefusedAndTheFirstOneFinishesClean() throws Exception {
        Path pipe = temp.resolve("pipe.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
        Path out = temp.resolve("out");
        CompletableFuture<Cli.Run> first = CompletableFuture.supplyAsync(
                () -> Cli.run("audit", pipe.toString(), "--out", out.toString(), "--quiet"));
        Cli.Run second;
        // Opening the pipe waits for the first audit to open it: from then on it is under way.
        try (OutputStream writer = Files.newOutputStream(pipe)) {
            writer.write((GOOD.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            writer.flush();
            second = Cli.run("audit", "samples", "--out", out.toString(), "--quiet");
        }
        Cli.Run firstRun = first.get(60, TimeUnit.SECONDS);

        assertEquals(3, second.exitCode(), second.err());
        assertTrue(second.err().contains("is in use by another audit"), second.err());
        assertEquals(0, firstRun.exitCode(), firstRun.err());
        List<String> results = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(1, results.size(), String.join("\n", results));
        assertEquals(pipe + ":1", Cli.json(results.get(0)).get("source").asText());
    }

    @Test
    void resumingWithAnotherProfileIsRefusedAndTheResultsAreLeftAsTheyWere() throws IOException {
        Path input = temp.resolve("records.jsonl");
        Cli.run("generate", "20", input.toString(), "--broken", "0", "--seed", "5");
        Path out = temp.resolve("out");
        Cli.run("audit", input.toString(), "--out", out.toString(), "--quiet");
        byte[] cut = firstLines(Files.readAllBytes(out.resolve("results.jsonl")), 10);
        Files.write(out.resolve("results.jsonl"), cut);

        Cli.Run run = Cli.run("audit", input.toString(), "--out", out.toString(), "--resume", "--quiet",
                "--profile", "example-prompt-minutes");

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("profile"), run.err());
        assertTrue(run.err().contains("run without --resume"), run.err());
        assertArrayEquals(cut, Files.readAllBytes(out.resolve("results.jsonl")));
    }

    @Test
    void aLoneSurrogateInTeamOrPartnershipStillGivesTheReport() throws IOException {
        String record = GOOD.get(0).replace("\"team\":\"riverside-mash\"", "\"team\":\"north\\udc00\"")
                .replace("\"partnership\":\"riverside\"", "\"partnership\":\"\\ud800x\"");
        Path input = Files.writeString(temp.resolve("odd.jsonl"), record + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("audit", input.toString(), "--out", out.toString(), "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("north\ufffd"), "the unencodable character is replaced");
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")));
    }

    @Test
    void summaryCsvHasRowsOnlyForPeriodsThatHoldRecords() throws IOException {
        String early = GOOD.get(0).replace("\"heldAt\":\"2024-05-14T14:00:00+01:00\"", "\"heldAt\":\"0001-05-14T14:00:00Z\"")
                .replace("\"identifiedAt\":\"2024-05-13T11:30:00+01:00\"", "\"identifiedAt\":\"0001-05-13T11:30:00Z\"");
        String late = GOOD.get(0).replace("\"heldAt\":\"2024-05-14T14:00:00+01:00\"", "\"heldAt\":\"9999-05-14T14:00:00Z\"")
                .replace("\"identifiedAt\":\"2024-05-13T11:30:00+01:00\"", "\"identifiedAt\":\"9999-05-13T11:30:00Z\"");
        Path input = Files.writeString(temp.resolve("span.jsonl"), early + "\n" + late + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("audit", input.toString(), "--out", out.toString(), "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        int rules = StrategyCheckCli.checker().rules().size();
        assertEquals(1 + 2 * rules, csv.size());
        assertTrue(csv.get(1).startsWith("1,"), csv.get(1));
        assertTrue(csv.get(csv.size() - 1).startsWith("9999,"), csv.get(csv.size() - 1));
    }

    @Test
    void aFileNamedAfterAFamilyNeverAppearsInTheReport() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        // Inadequate (listed with its findings) and unreadable (listed with its error).
        Files.copy(Path.of("samples/actions-without-owners.json"), in.resolve("Jane Doe 2015-06-01 (Smith household).json"));
        Files.writeString(in.resolve("Baker family visit.json"), GOOD.get(0).substring(0, 200));
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("audit", in.toString(), "--out", out.toString(), "--quiet");

        assertEquals(1, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        for (String name : List.of("Jane Doe", "Smith", "Baker", in.toString())) {
            assertFalse(html.contains(name), name);
        }
        assertTrue(html.contains("SD-SAMPLE-0005"), "the records are still named by id");
        String results = Files.readString(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
        assertTrue(results.contains("Jane Doe 2015-06-01 (Smith household).json"), "results.jsonl keeps the source");
    }

    private static List<String> sources(Cli.Run run) {
        List<String> sources = new ArrayList<>();
        for (String line : run.outLines()) {
            sources.add(Cli.json(line).get("source").asText());
        }
        return sources;
    }

    private static byte[] firstLines(byte[] whole, int lines) {
        int end = 0;
        for (int i = 0; i < lines; i++) {
            while (whole[end] != '\n') {
                end++;
            }
            end++;
        }
        return java.util.Arrays.copyOf(whole, end);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
