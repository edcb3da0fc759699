package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in rule reference is exactly what the rules say about themselves. When this
 * fails, regenerate it from the project root:
 * {@code java -jar rules-examples/target/strategycheck.jar rules --markdown > docs/rules.md}.
 */
class RuleReferenceTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsWhatTheRulesSayAboutThemselves() throws IOException {
        Cli.Run run = Cli.run("rules", "--markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(run.out(), Files.readString(CHECKED_IN, StandardCharsets.UTF_8),
                "docs/rules.md is out of date: regenerate it with `strategycheck rules --markdown > docs/rules.md`");
    }
}
