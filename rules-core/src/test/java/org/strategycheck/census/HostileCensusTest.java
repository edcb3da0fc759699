package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile census corpus ({@code src/test/resources/census/hostile/}, each file with the
 * refusal it must get in {@code expected.tsv}): malformed XML, a DTD with an external entity,
 * entity expansion, shapes the census does not have. Each is refused with its problem, element
 * path and line, never quoting the file (the corpus plants "CANARY" in values), never printing.
 */
class HostileCensusTest {

    private static final String CANARY = "CANARY";

    record Case(String file, String problem, String path, int line) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : CensusReaderTest.resource("/census/hostile/expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            cases.add(new Case(cells[0], cells[1], cells[2].equals("-") ? "" : cells[2], Integer.parseInt(cells[3])));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileGetsItsRefusalAndQuotesNothing(Case expected) {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            if (expected.problem().equals("OK")) {
                assertEquals(1, readAll(expected.file()));
                return;
            }
            InvalidCensusException e = assertThrows(InvalidCensusException.class, () -> readAll(expected.file()));
            assertEquals(expected.problem(), e.problem().name(), expected.file());
            assertEquals(expected.path(), e.path(), expected.file());
            assertEquals(expected.line(), e.line(), expected.file());
            assertFalse(e.getMessage().contains(CANARY), e.getMessage());
            e.arguments().forEach(argument -> assertFalse(argument.contains(CANARY), argument));
        } finally {
            System.setErr(err);
        }
        // The JDK's parser prints "[Fatal Error]" lines of its own on some inputs unless kept from it.
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectedRefusal() throws Exception {
        Path folder = CensusReaderTest.folder("/census/hostile/expected.tsv");
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("expected.tsv") && !name.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, corpus().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theEntityOfTheXxeFileIsNeverRead() throws IOException {
        // Were the DTD read, the entity would name a file on this machine; refused, it is not opened.
        InvalidCensusException e = assertThrows(InvalidCensusException.class, () -> readAll("xxe.xml"));
        assertEquals(InvalidCensusException.Problem.DTD_REFUSED, e.problem());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void aMillionLaughsDoNotExpandInAnyAmountOfTime() {
        // Ten levels of ten: a billion copies were the entities expanded; refused at the DTD instead.
        long started = System.nanoTime();
        assertThrows(InvalidCensusException.class, () -> readAll("billion-laughs.xml"));
        assertEquals(true, System.nanoTime() - started < 5_000_000_000L, "refused at once, not after expansion");
    }

    private static int readAll(String file) {
        try (CensusFile census = CensusReader.open(CensusReaderTest.stream("/census/hostile/" + file))) {
            int children = 0;
            while (census.next() != null) {
                children++;
            }
            return children;
        }
    }
}
