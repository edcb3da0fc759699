package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --resume} after an interruption, simulated by cutting {@code results.jsonl} after
 * some lines (and half of the next): the finished files equal those of a run never
 * interrupted, byte for byte.
 */
class AuditResumeTest {

    @TempDir
    static Path shared;
    private static Path input;
    private static Path clean;

    @TempDir
    Path temp;

    @BeforeAll
    static void cleanRun() {
        input = shared.resolve("records.jsonl");
        Cli.run("generate", "90", input.toString(), "--broken", "15", "--seed", "3");
        clean = shared.resolve("clean");
        Cli.run("audit", input.toString(), "--out", clean.toString(), "--quiet");
    }

    @ParameterizedTest(name = "cut after {0} lines")
    @ValueSource(ints = {0, 1, 37, 89, 90})
    void resumingACutResultsFileGivesTheFilesOfACleanRun(int kept) throws IOException {
        Path out = interrupted(kept);
        byte[] whole = Files.readAllBytes(clean.resolve("results.jsonl"));

        Cli.Run run = Cli.run("audit", input.toString(), "--out", out.toString(), "--resume", "--quiet");

        assertEquals(1, run.exitCode(), run.err());
        assertArrayEquals(whole, Files.readAllBytes(out.resolve("results.jsonl")));
        assertArrayEquals(Files.readAllBytes(clean.resolve("summary.csv")), Files.readAllBytes(out.resolve("summary.csv")));
        assertEquals(Files.readString(clean.resolve("report.html")), Files.readString(out.resolve("report.html")));
    }

    @Test
    void resumingSaysHowManyRecordsWereAlreadyDone() throws IOException {
        Path out = interrupted(40);

        Cli.Run run = Cli.run("audit", input.toString(), "--out", out.toString(), "--resume", "--quiet");

        assertEquals("Resuming " + out.resolve("results.jsonl") + " after 40 records", run.outLines().get(0));
        assertTrue(run.outLines().get(run.outLines().size() - 1).startsWith("90 records read: "), run.out());
    }

    @Test
    void resumingWithNoEarlierResultsIsAWholeRun() throws IOException {
        Path out = temp.resolve("fresh");

        Cli.run("audit", input.toString(), "--out", out.toString(), "--resume", "--quiet");

        assertArrayEquals(Files.readAllBytes(clean.resolve("results.jsonl")), Files.readAllBytes(out.resolve("results.jsonl")));
    }

    @Test
    void resumingTheResultsOfOtherInputsFailsAndNamesTheLine() throws IOException {
        Path out = interrupted(10);

        Cli.Run run = Cli.run("audit", "samples", "--out", out.toString(), "--resume", "--quiet");

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("results.jsonl line 1 is for " + input), run.err());
        assertTrue(run.err().contains("run without --resume"), run.err());
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void resumingMoreLinesThanTheInputsHaveFails() throws IOException {
        Path records = temp.resolve("records.jsonl");
        Files.write(records, Files.readAllLines(input).subList(0, 10));
        Path out = temp.resolve("out");
        Cli.run("audit", records.toString(), "--out", out.toString(), "--quiet");
        Files.write(records, Files.readAllLines(input).subList(0, 5));

        Cli.Run run = Cli.run("audit", records.toString(), "--out", out.toString(), "--resume", "--quiet");

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("has more lines than the inputs have records"), run.err());
    }

    @Test
    void resumeWithoutOutIsAUsageError() {
        Cli.Run run = Cli.run("audit", "samples", "--resume");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--resume needs --out"), run.err());
    }

    @Test
    void aFreshRunLeavesNoReportOfAnEarlierRunBesideItsResults() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("report.html"), "stale");
        Files.createDirectory(out.resolve("results.jsonl"));

        Cli.Run run = Cli.run("audit", "samples", "--out", out.toString(), "--quiet");

        assertEquals(3, run.exitCode(), "the results cannot be written");
        assertFalse(Files.exists(out.resolve("report.html")), "no report describing other results");
    }

    /** The folder of the clean run as a kill after {@code lines} lines would have left it. */
    private Path interrupted(int lines) throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.copy(clean.resolve("audit-settings.json"), out.resolve("audit-settings.json"));
        Files.write(out.resolve("results.jsonl"), cut(Files.readAllBytes(clean.resolve("results.jsonl")), lines));
        return out;
    }

    /** The first {@code lines} lines and half of the next: where a kill would leave the file. */
    private static byte[] cut(byte[] whole, int lines) {
        int end = 0;
        for (int i = 0; i < lines; i++) {
            end = indexOf(whole, end) + 1;
        }
        int next = indexOf(whole, end);
        int half = next < 0 ? end : end + (next - end) / 2;
        return Arrays.copyOf(whole, half);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
