package org.strategycheck.drl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.StrategyCheck;

/**
 * The results of the bundled samples and every test record, under every built-in profile and
 * mode, are exactly the {@code results.jsonl} lines recorded in {@code src/test/resources/golden}
 * (see its README): a change to the rules, their wording or the result's shape that changes
 * any result fails here, line by line.
 *
 * <p>A deliberate change (a new catalogue version) regenerates the expected lines with
 * {@code mvn -pl rules-drl -am test -Dtest=GoldenResultsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}; the diff of {@code golden/expected} is then the change, for review.
 */
class GoldenResultsTest {

    static Path golden() {
        return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
    }

    static List<ResultLines.Input> inputs() {
        Path folder = golden().resolve("inputs");
        try (Stream<Path> files = Files.list(folder)) {
            List<ResultLines.Input> inputs = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                inputs.addAll(ResultLines.inputs(file, file.getFileName().toString()));
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException("no golden inputs in " + folder.toAbsolutePath(), e);
        }
    }

    static Stream<ResultLines.Configuration> configurations() {
        return ResultLines.CONFIGURATIONS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void resultsAreTheRecordedLines(ResultLines.Configuration configuration) throws IOException {
        List<ResultLines.Input> inputs = inputs();
        assertFalse(inputs.isEmpty(), "golden inputs");
        Path expectedFile = golden().resolve("expected").resolve(configuration.name() + ".jsonl");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            ResultLines.write(configuration, inputs, expectedFile);
            return;
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        StrategyCheck checker = configuration.checker();
        assertEquals(expected.size(), inputs.size(), "one line per input");
        int different = 0;
        String first = null;
        for (int i = 0; i < inputs.size(); i++) {
            String actual = ResultLines.line(checker, inputs.get(i));
            if (!actual.equals(expected.get(i))) {
                different++;
                if (first == null) {
                    first = "expected " + expected.get(i) + "\n but was " + actual;
                }
            }
        }
        assertEquals(0, different, different + " of " + inputs.size() + " lines differ under " + configuration.name()
                + "; the first:\n" + first);
    }
}
