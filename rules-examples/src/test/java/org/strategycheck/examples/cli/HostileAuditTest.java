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
 * for the inputs that are merely unusual (BOMs) — and the run never stops.
 */
class HostileAuditTest {

    private static final Path CORPUS = Path.of("..", "rules-core", "src", "test", "resources", "hostile");

    @Test
    void everyHostileFileGivesExactlyOneLineAndTheRunCompletes() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
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
        assertEquals(files.size() - 2, errors, "all but the two BOM files are rejected");
        assertTrue(run.err().contains(files.size() + " records read: 2 graded"), run.err());
    }
}
