package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuditLinesProperties {

    private static final List<String> GOOD = readLines(Path.of("samples/batch.jsonl"));

    /** Whatever a JSON Lines file holds, every non-blank line gives exactly one result line, in order. */
    @Property
    void everyNonBlankLineGivesOneResultLineInOrder(@ForAll("lines") List<String> lines) throws IOException {
        Path input = Files.createTempFile("audit-", ".jsonl");
        try {
            Files.writeString(input, String.join("\n", lines), StandardCharsets.UTF_8);

            Cli.Run run = Cli.run("audit", input.toString());

            List<String> expected = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    expected.add(input + ":" + (i + 1));
                }
            }
            List<String> sources = run.outLines().stream().map(l -> Cli.json(l).get("source").asText()).toList();
            assertEquals(expected, sources);
            boolean rejected = run.outLines().stream().anyMatch(l -> Cli.json(l).has("error"));
            assertEquals(rejected ? 1 : 0, run.exitCode());
        } finally {
            Files.deleteIfExists(input);
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> good = Arbitraries.of(GOOD);
        Arbitrary<String> truncated = Arbitraries.of(GOOD).flatMap(
                line -> Arbitraries.integers().between(0, line.length() - 1).map(n -> line.substring(0, n)));
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        Arbitrary<String> blank = Arbitraries.of("", " ", "\t", "\r");
        return Arbitraries.oneOf(good, truncated, noise, blank).list().ofMaxSize(8);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
