package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large authority's census runs in flat memory: 50,000 generated children (tens of
 * megabytes of XML, never whole anywhere) are read, audited and written to census.csv in a
 * JVM of their own with a 256 MB heap, and what the reading holds after 10,000 children is
 * what it holds after 50,000. A reader that kept the children, or a tree of the document,
 * would fail one or the other.
 */
class CensusMemoryTest {

    private static final int CHILDREN = 50_000;
    /** What may be added to the heap in use between the 10,000th child and the last: noise, not children. */
    private static final long FLAT = 3L * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void fiftyThousandChildrenRunInA256MegabyteHeapAndMemoryStaysFlat() throws Exception {
        Path csv = temp.resolve("census.csv");
        String printed = runIn256Megabytes(CensusMemoryRun.class, Integer.toString(CHILDREN), csv.toString());

        Map<String, Long> run = figures(printed);
        assertEquals(CHILDREN, run.get("children"), printed);
        assertEquals(run.get("generatedEnquiries"), run.get("enquiries"), printed);
        assertEquals(run.get("enquiries"), run.get("rows"), printed);
        assertEquals(run.get("rows") + 1, lines(csv), "a header and one row per enquiry");
        assertTrue(run.get("bytes") > 40L * 1024 * 1024, "tens of megabytes of census: " + printed);
        assertTrue(run.get("maxHeap") <= 256L * 1024 * 1024, printed);
        long growth = run.get("heapAfterLast") - run.get("heapAfterCheckpoint");
        assertTrue(growth < FLAT, "the heap in use grew by " + growth + " bytes over 40,000 children: " + printed);
    }

    /**
     * Linking holds the records' children (the Javadoc of {@link CensusLink} says so), not the
     * census's: 50,000 children against 50,000 records fit the same 256 MB heap, and every
     * enquiry is accounted for.
     */
    @Test
    void fiftyThousandChildrenLinkWithFiftyThousandRecordsInA256MegabyteHeap() throws Exception {
        String printed = runIn256Megabytes(CensusLinkMemoryRun.class, Integer.toString(CHILDREN),
                Integer.toString(CHILDREN));

        Map<String, Long> run = figures(printed);
        assertEquals(run.get("generatedEnquiries"), run.get("enquiries"), printed);
        assertEquals(CHILDREN, run.get("records"), printed);
        assertEquals(run.get("enquiries"), run.get("linked") + run.get("datesDisagree") + run.get("withoutRecord"),
                printed);
        assertTrue(run.get("linked") > 0 && run.get("datesDisagree") > 0 && run.get("missingFromCensus") > 0,
                "every list has entries at this size: " + printed);
        assertTrue(run.get("maxHeap") <= 256L * 1024 * 1024, printed);
    }

    /** Runs a main class in a JVM of its own with a 256 MB heap; returns what it printed. */
    private String runIn256Megabytes(Class<?> main, String... args) throws Exception {
        Path output = temp.resolve(main.getSimpleName() + ".out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-Duser.timezone=" + System.getProperty("user.timezone"),
                "-Duser.language=" + System.getProperty("user.language"),
                "-Duser.country=" + System.getProperty("user.country"),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the run took more than five minutes");
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), printed);
        return printed;
    }

    private static Map<String, Long> figures(String printed) {
        Map<String, Long> figures = new HashMap<>();
        String last = printed.lines().reduce((first, second) -> second).orElse("");
        for (String pair : last.split(" ")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                figures.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return figures;
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
