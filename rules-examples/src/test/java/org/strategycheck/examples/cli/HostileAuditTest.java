package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's hostile-input corpus (rules-core's test resources), audited as a folder: every
 * file gives exactly one line — an error row naming the file and the JSON pointer, or a result
 * for the inputs that are merely unusual (those {@code expected.tsv} marks OK: BOMs, any JSON in
 * a vendor's extensions, a local time in the hour the clocks go back) — and the run never stops.
 */
class HostileAuditTest {

    private static final Path CORPUS = Path.of("..", "rules-core", "src", "test", "resources", "hostile");

    @Test
    void everyHostileFileGivesExactlyOneLineAndTheRunCompletes() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long readable = Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(line -> !line.startsWith("#") && line.contains("\tOK\t")).count();
        Cli.Run run = Cli.run("audit", CORPUS.toString());

        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(files.size(), lines.size(), run.out());
        ObjectMapper json = new ObjectMapper();
        int errors = 0;
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            assertTrue(row.get("source").asText().endsWith(".json"), line);
            if (row.has("error")) {
                errors++;
                assertTrue(row.get("error").has("pointer") && row.get("error").has("message"), line);
            } else {
                assertTrue(row.has("grade"), line);
            }
        }
        assertEquals(files.size() - readable, errors, "all but the " + readable + " files marked OK are rejected");
        assertTrue(run.err().contains(files.size() + " records read: " + readable + " graded"), run.err());
    }
}
