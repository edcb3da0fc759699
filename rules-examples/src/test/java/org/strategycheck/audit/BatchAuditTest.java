package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.CheckMode;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.json.ResultJson;

/** The batch audit as a host calls it, with the real rules. */
class BatchAuditTest {

    private static final StrategyCheck CHECKER = StrategyCheck.create();
    private static final List<String> BATCH = lines(Path.of("samples/batch.jsonl"));

    @TempDir
    Path temp;

    /** A file of many records, some damaged, from the samples: every kind of outcome, in a known order. */
    private Path many() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String line = BATCH.get(i % BATCH.size()).replace("\"recordId\":\"", "\"recordId\":\"N" + i + "-");
            lines.add(i % 7 == 3 ? line.substring(0, line.length() / 2) : line);
            if (i % 11 == 5) {
                lines.add("");
            }
        }
        return Files.write(temp.resolve("many.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static List<AuditedRecord> collect(BatchAudit audit, RecordSource source) {
        List<AuditedRecord> records = new ArrayList<>();
        audit.run(source, records::add);
        return records;
    }

    @Test
    void recordsComeBackInInputOrderOnePerRecordWhateverTheThreads() throws IOException {
        Path input = many();

        List<AuditedRecord> one = collect(BatchAudit.of(CHECKER).withThreads(1), RecordSource.paths(input));
        List<AuditedRecord> four = collect(BatchAudit.of(CHECKER).withThreads(4), RecordSource.paths(input));

        assertEquals(60, one.size());
        assertEquals(one, four);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(i + 1, one.get(i).position());
        }
    }

    @Test
    void theFiguresOfARunAreTheFiguresOfTheRecordsItHandedBack() throws IOException {
        List<AuditedRecord> records = new ArrayList<>();

        AuditFigures figures = BatchAudit.of(CHECKER).withThreads(3).run(RecordSource.paths(many()), records::add);

        AuditFigures.Counter counter = AuditFigures.counter(CHECKER.rules());
        records.forEach(counter::add);
        for (int i = 0; i < 5; i++) {
            counter.addBlankLine();
        }
        assertEquals(counter.snapshot(), figures);
        assertEquals(9, figures.rejected());
    }

    @Test
    void aStreamOfJsonLinesAndRecordsHeldByTheHostAreAuditedAlike() {
        String text = String.join("\n", BATCH) + "\n";
        List<RecordSource.Labelled> held = new ArrayList<>();
        for (int i = 0; i < BATCH.size(); i++) {
            held.add(new RecordSource.Labelled("stdin:" + (i + 1), BATCH.get(i).getBytes(StandardCharsets.UTF_8)));
        }

        List<AuditedRecord> streamed = collect(BatchAudit.of(CHECKER),
                RecordSource.jsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin"));
        List<AuditedRecord> fromHost = collect(BatchAudit.of(CHECKER), RecordSource.held(held.iterator()));

        assertEquals(BATCH.size(), streamed.size());
        assertEquals(streamed, fromHost);
    }

    @Test
    void resultsLinesWrittenToAStreamAreTheCodecsLinesOfTheRecordsInOrder() throws IOException {
        Path input = many();
        java.io.StringWriter out = new java.io.StringWriter();

        AuditFigures figures = BatchAudit.of(CHECKER).withThreads(2).run(RecordSource.paths(input), out);

        List<String> expected = collect(BatchAudit.of(CHECKER), RecordSource.paths(input)).stream()
                .map(record -> ResultLines.write(record, Messages.english())).toList();
        assertEquals(String.join("\n", expected) + "\n", out.toString());
        assertEquals(60, figures.read());
    }

    @Test
    void aResultsLineIsTheLineOfResultJsonWithTheRecordsContextAfterIt() {
        for (AuditedRecord record : collect(BatchAudit.of(CHECKER), RecordSource.paths(Path.of("samples")))) {
            AuditedRecord.Graded graded = (AuditedRecord.Graded) record;
            String result = ResultJson.result(graded.source(), graded.result(), Messages.english());

            String line = ResultLines.write(record, Messages.english());

            assertTrue(line.startsWith(result.substring(0, result.length() - 1) + ",\"partnership\":"), line);
        }
    }

    @Test
    void theContextIsTakenAtTheDiscussionInLondon() {
        String late = BATCH.get(0).replace("\"heldAt\":\"2024-05-14T14:00:00+01:00\"", "\"heldAt\":\"2024-05-14T23:30:00Z\"");
        AuditedRecord.Graded graded = (AuditedRecord.Graded) collect(BatchAudit.of(CHECKER),
                RecordSource.held(List.of(new RecordSource.Labelled("x", late.getBytes(StandardCharsets.UTF_8)))
                        .iterator())).get(0);

        assertEquals(LocalDate.of(2024, 5, 15), graded.context().heldOn(), "00:30 BST is the next day in London");
        assertEquals("riverside", graded.context().partnership());
        assertEquals(List.of(AgeBand.SCHOOL_AGE), graded.context().ageBands());
    }

    @Test
    void aDraftNotYetHeldHasNoDateAndItsChildrensAgesAtTheConcern() throws IOException {
        // Born 2015-06-01: 3 when the concern arose in January 2019, so pre-school.
        String notHeld = Files.readString(Path.of("samples/draft-no-decision.json"))
                .replace("\"heldAt\": \"2019-02-01T16:00:00Z\",", "");
        AuditedRecord.Graded draft = (AuditedRecord.Graded) collect(BatchAudit.of(CHECKER), RecordSource.held(
                List.of(new RecordSource.Labelled("draft", notHeld.getBytes(StandardCharsets.UTF_8))).iterator())).get(0);

        assertEquals(CheckMode.DRAFT, draft.result().mode());
        assertEquals(null, draft.context().heldOn());
        assertEquals(List.of(AgeBand.PRE_SCHOOL), draft.context().ageBands());
    }

    @Test
    void aResumedFolderEndsUpAsACleanRunsByteForByte() throws IOException {
        Path input = many();
        Path clean = temp.resolve("clean");
        try (AuditFolder folder = AuditFolder.create(clean, CHECKER)) {
            BatchAudit.of(CHECKER).run(RecordSource.paths(input), folder);
        }
        byte[] whole = Files.readAllBytes(clean.resolve(AuditFolder.RESULTS_FILE));
        Path cut = temp.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(clean.resolve(AuditFolder.SETTINGS_FILE), cut.resolve(AuditFolder.SETTINGS_FILE));
        Files.write(cut.resolve(AuditFolder.RESULTS_FILE), Arrays.copyOf(whole, whole.length / 2));

        AuditFigures figures;
        try (AuditFolder folder = AuditFolder.resume(cut, CHECKER)) {
            assertTrue(folder.resumed() > 0);
            figures = BatchAudit.of(CHECKER).withThreads(2).run(RecordSource.paths(input), folder);
        }

        assertArrayEquals(whole, Files.readAllBytes(cut.resolve(AuditFolder.RESULTS_FILE)));
        assertEquals(60, figures.read());
    }

    @Test
    void aFolderInUseCannotBeOpenedByASecondAudit() throws IOException {
        Path out = temp.resolve("out");
        try (AuditFolder first = AuditFolder.create(out, CHECKER)) {
            AuditException refused = assertThrows(AuditException.class, () -> AuditFolder.create(out, CHECKER));
            assertTrue(refused.getMessage().contains("is in use by another audit"), refused.getMessage());
        }
        try (AuditFolder again = AuditFolder.create(out, CHECKER)) {
            assertEquals(0, again.resumed(), "free again once the first is closed");
        }
    }

    @Test
    void aResumeWithAnotherCalendarIsRefusedNamingIt() throws IOException {
        Path out = temp.resolve("out");
        try (AuditFolder folder = AuditFolder.create(out, CHECKER)) {
            BatchAudit.of(CHECKER).run(RecordSource.paths(Path.of("samples/batch.jsonl")), folder);
        }
        StrategyCheck closedOneMoreDay = StrategyCheck.builder().calendar(WorkingDayCalendar.englandAndWales()
                .plus(WorkingDayCalendar.withHolidays(List.of(LocalDate.of(2023, 10, 5))))).build();

        AuditException refused = assertThrows(AuditException.class, () -> AuditFolder.resume(out, closedOneMoreDay));

        assertTrue(refused.getMessage().contains("calendar was sha256:"), refused.getMessage());
    }

    @Test
    void aFolderOpenedForOneCheckerIsNotAuditedWithAnother() throws IOException {
        StrategyCheck asDrafts = StrategyCheck.builder().mode(CheckMode.DRAFT).build();
        try (AuditFolder folder = AuditFolder.create(temp.resolve("out"), CHECKER)) {
            assertThrows(IllegalArgumentException.class,
                    () -> BatchAudit.of(asDrafts).run(RecordSource.paths(Path.of("samples")), folder));
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
