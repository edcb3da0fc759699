package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RecordError;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}, listed with the exact error
 * expected in {@code expected.tsv}) plus inputs too large to keep in the repository, generated
 * here. Each is rejected with a pointer and a message key, never a crash, never an
 * OutOfMemoryError, and no message, argument or pointer quotes the input (the corpus plants
 * "CANARY" in bad values, and in the keys of a vendor's extensions).
 */
class HostileInputTest {

    private static final String CANARY = "CANARY";

    record Case(String file, String pointer, String messageKey, String recordId) {
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : resource("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            cases.add(Arguments.of(new Case(cells[0], cells[1], cells[2], cells[3])));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileInputGivesItsExactErrorAndQuotesNothing(Case expected) throws IOException {
        byte[] input = bytes(expected.file());
        if (expected.pointer().equals("OK")) {
            assertEquals("SD-HOSTILE", RecordJson.read(input).recordId());
            return;
        }
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        RecordError error = e.firstError();
        assertEquals(expected.pointer(), error.pointer(), expected.file());
        assertEquals(expected.messageKey(), error.messageKey(), expected.file());
        assertEquals(expected.recordId(), e.recordId().orElse("-"), expected.file());
        assertQuotesNothing(e);
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectedError() throws Exception {
        Path folder = Path.of(HostileInputTest.class.getResource("/hostile/expected.tsv").toURI()).getParent();
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("expected.tsv") && !name.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = corpus().map(arguments -> ((Case) arguments.get()[0]).file())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(files, listed);
    }

    @Test
    void aTenMegabyteStringIsRejectedAsTooLarge() {
        String huge = "x".repeat(10 * 1024 * 1024);
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"timingRationale\":\"" + CANARY + huge
                + "\",\"children\":[{\"ref\":\"C1\"}]}").getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertQuotesNothing(e);
    }

    @Test
    void aStringLongerThanTheLimitInsideASmallEnoughRecordIsRejected() {
        String long300k = "x".repeat(300 * 1024);
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"timingRationale\":\"" + long300k
                + "\",\"children\":[{\"ref\":\"C1\"}]}").getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertEquals("/timingRationale", e.firstError().pointer());
    }

    @Test
    void tenThousandDeepNestingWhereTextIsExpectedIsRejectedAtItsPointer() {
        // Binding stops at the first '['; the id is then looked for by a tree parse bounded by the depth limit.
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"timingRationale\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + ",\"children\":[{\"ref\":\"C1\"}]}").getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("/timingRationale", e.firstError().pointer());
        assertEquals("record.wrongType", e.firstError().messageKey());
    }

    @Test
    void tenThousandDeepNestingInsideAListIsRejectedAtTheFirstEntry() {
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"children\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("/children/0", e.firstError().pointer());
        assertEquals("record.wrongType", e.firstError().messageKey());
    }

    @Test
    void tenThousandDeepNestingOfObjectsIsRejectedAsTooLarge() {
        byte[] input = ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertEquals(java.util.Optional.empty(), e.recordId());
    }

    @Test
    void aStringInsideExtensionsLongerThanTheLimitIsTooLargeAtExtensions() {
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"children\":[{\"ref\":\"C1\"}],"
                + "\"extensions\":{\"" + CANARY + "\":{\"" + CANARY + "\":\"" + CANARY + "x".repeat(300 * 1024) + "\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("/extensions", e.firstError().pointer());
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertQuotesNothing(e);
    }

    @Test
    void extensionsThatMakeTheRecordLargerThanTheLimitAreTooLarge() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"children\":"
                + "[{\"ref\":\"C1\"}],\"extensions\":{");
        for (int i = 0; json.length() <= RecordJson.MAX_RECORD_LENGTH; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(CANARY).append(i).append("\":[\"").append(CANARY)
                    .append("\",1.5,true,null]");
        }
        byte[] input = json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertQuotesNothing(e);
    }

    @Test
    void tenThousandDeepNestingInsideExtensionsIsTooLargeAtExtensions() {
        byte[] input = ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\",\"children\":[{\"ref\":\"C1\"}],"
                + "\"extensions\":{\"" + CANARY + "\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}")
                .getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordJson.read(input));
        assertEquals("/extensions", e.firstError().pointer());
        assertEquals("json.tooLarge", e.firstError().messageKey());
        assertQuotesNothing(e);
    }

    @Test
    void manyThousandUnknownPropertiesStopAtTheFirst() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1\",\"recordId\":\"SD-HOSTILE\"");
        for (int i = 0; i < 50_000; i++) {
            json.append(",\"k").append(i).append("\":1");
        }
        json.append('}');
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> RecordJson.read(json.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("/k0", e.firstError().pointer());
        assertEquals("record.unknownProperty", e.firstError().messageKey());
    }

    private static void assertQuotesNothing(InvalidRecordException e) {
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        for (RecordError error : e.errors()) {
            assertFalse(error.message().contains(CANARY), error.message());
            assertFalse(error.pointer().contains(CANARY), error.pointer());
            error.arguments().forEach(argument -> assertFalse(argument.contains(CANARY), argument));
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + file)) {
            return in.readAllBytes();
        }
    }

    private static String resource(String file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
