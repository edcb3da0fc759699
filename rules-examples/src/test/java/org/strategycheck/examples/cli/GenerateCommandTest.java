package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.json.RecordJson;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameFile() throws IOException {
        Cli.run("generate", "50", temp.resolve("a.jsonl").toString(), "--seed", "9");
        Cli.run("generate", "50", temp.resolve("b.jsonl").toString(), "--seed", "9");

        assertArrayEquals(Files.readAllBytes(temp.resolve("a.jsonl")), Files.readAllBytes(temp.resolve("b.jsonl")));
    }

    @Test
    void withNothingBrokenEveryLineIsAValidRecord() throws IOException {
        Path file = temp.resolve("valid.jsonl");

        Cli.run("generate", "60", file.toString(), "--broken", "0");

        for (String line : Files.readAllLines(file)) {
            RecordJson.read(line);
        }
        assertEquals(60, Files.readAllLines(file).size());
    }

    @Test
    void theGeneratorIsHiddenFromTheHelp() {
        assertFalse(Cli.run("--help").out().contains("generate"));
    }

    @Test
    void anOversizeLineIsPastTheRecordLimit() {
        String line = GenerateCommand.damage("{\"recordId\":\"R\"}", GenerateCommand.Damage.OVERSIZE);

        assertEquals(true, line.length() > RecordJson.MAX_RECORD_LENGTH);
    }
}
