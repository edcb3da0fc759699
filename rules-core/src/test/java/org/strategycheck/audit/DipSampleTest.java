package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.DipSample.Design;
import org.strategycheck.audit.DipSample.Strata;
import org.strategycheck.audit.internal.Allocation;

/** Dip samples: reproducible from the seed, allocated in proportion, drawn only from final records in scope. */
class DipSampleTest {

    @TempDir
    Path temp;

    /** 100 final records: teams a (50), b (30), c (20), held one a day from 1 January 2024. */
    private static List<AuditedRecord> pool() {
        List<AuditedRecord> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String team = i % 10 < 5 ? "a" : i % 10 < 8 ? "b" : "c";
            String line = record("SD-" + i).team(team).heldOn(LocalDate.of(2024, 1, 1).plusDays(i).toString())
                    .met("ATT-A").toString();
            records.add(ResultLines.read(line, i + 1));
        }
        return records;
    }

    private static List<String> ids(DipSample sample) {
        return sample.records().stream().map(DipSample.Drawn::recordId).toList();
    }

    @Test
    void theSameSeedDrawsTheSameSample() {
        Design design = Design.of(16, 20240115L).stratifiedBy(Strata.TEAM);

        assertEquals(ids(DipSample.draw(pool(), design)), ids(DipSample.draw(pool(), design)));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertNotEquals(ids(DipSample.draw(pool(), Design.of(16, 1))), ids(DipSample.draw(pool(), Design.of(16, 2))));
    }

    @Test
    void seed7DrawsTheseRecordsOnEveryMachineAndJavaVersion() {
        // java.util.Random's algorithm is fixed by the Java SE specification, so this list is too:
        // if it changes, a partnership could no longer redraw the sample it published.
        assertEquals(List.of("SD-5", "SD-14", "SD-19", "SD-20", "SD-23", "SD-27", "SD-46", "SD-52", "SD-59", "SD-62",
                "SD-69", "SD-75", "SD-80", "SD-83", "SD-87", "SD-91"),
                ids(DipSample.draw(pool(), Design.of(16, 7).stratifiedBy(Strata.TEAM))));
    }

    @Test
    void sixteenAcrossTeamsOf50_30_20Are8_5_3() {
        DipSample sample = DipSample.draw(pool(), Design.of(16, 3).stratifiedBy(Strata.TEAM));

        assertEquals(List.of(new DipSample.Stratum("a", 50, 8), new DipSample.Stratum("b", 30, 5),
                new DipSample.Stratum("c", 20, 3)), sample.strata());
        assertEquals(Map.of("a", 8L, "b", 5L, "c", 3L), sample.records().stream()
                .collect(Collectors.groupingBy(DipSample.Drawn::team, Collectors.counting())));
    }

    @Test
    void onlyFinalRecordsHeldWithinTheDatesAreDrawn() throws IOException {
        Path dir = audit(temp.resolve("audit"), List.of(record("early").heldOn("2023-12-31"),
                record("first").heldOn("2024-01-01"), record("draft").draft(),
                record("held draft").draft().heldOn("2024-01-15"), ResultsFixture.rejected("bad"),
                record("last").heldOn("2024-01-31"), record("late").heldOn("2024-02-01")));

        DipSample sample = DipSample.draw(dir, Design.of(16, 1).heldBetween(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31)));

        assertEquals(List.of("first", "last"), ids(sample));
        assertEquals(7, sample.read());
        assertEquals(2, sample.eligible());
    }

    @Test
    void stratifiedByGradeEachGradeIsDrawnInProportionAndTheDrawnRecordsCarryNoGrade() {
        List<AuditedRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ResultsFixture.Line line = record("SD-" + i);
            String text = (i < 30 ? line.met("ATT-A") : i < 36 ? line.notMet("ATT-A", "/p")
                    : line.critical("DEC-A", "/d")).toString();
            records.add(ResultLines.read(text, i + 1));
        }

        DipSample sample = DipSample.draw(records, Design.of(8, 5).stratifiedBy(Strata.GRADE));

        assertEquals(List.of(new DipSample.Stratum("GOOD", 30, 6), new DipSample.Stratum("REQUIRES_IMPROVEMENT", 6, 1),
                new DipSample.Stratum("INADEQUATE", 4, 1)), sample.strata());
        assertEquals(List.of("position", "recordId", "partnership", "team", "heldOn"),
                java.util.Arrays.stream(DipSample.Drawn.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a drawn record holds nothing of the audit's judgement");
    }

    @Test
    void aSampleLargerThanTheRecordsTakesThemAll() {
        assertEquals(100, DipSample.draw(pool(), Design.of(500, 1)).records().size());
    }

    @Property
    void everyStratumGivesExactlyItsAllocationOfDistinctEligibleRecords(
            @ForAll @IntRange(min = 0, max = 60) int teamA, @ForAll @IntRange(min = 0, max = 30) int teamB,
            @ForAll @IntRange(min = 0, max = 10) int drafts, @ForAll @IntRange(min = 1, max = 40) int size,
            @ForAll long seed) {
        List<AuditedRecord> records = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < teamA + teamB + drafts; i++) {
            ResultsFixture.Line line = record("SD-" + i).team(i % 3 == 0 && i / 3 < teamB ? "b" : "a");
            // Drafts held but not yet final: dated, still never drawn.
            records.add(ResultLines.read((i >= teamA + teamB ? line.draft().heldOn("2024-05-02") : line).toString(),
                    ++position));
        }
        TreeMap<String, Long> sizes = new TreeMap<>();
        records.stream().map(r -> (AuditedRecord.Graded) r).filter(r -> r.result().mode().name().equals("FINAL"))
                .forEach(r -> sizes.merge(r.context().team(), 1L, Long::sum));

        DipSample sample = DipSample.draw(records, Design.of(size, seed).stratifiedBy(Strata.TEAM));

        long[] allocation = Allocation.proportional(sizes.values().stream().mapToLong(Long::longValue).toArray(), size);
        Map<String, Long> drawn = sample.records().stream()
                .collect(Collectors.groupingBy(DipSample.Drawn::team, TreeMap::new, Collectors.counting()));
        List<String> names = new ArrayList<>(sizes.keySet());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(allocation[i], drawn.getOrDefault(names.get(i), 0L), names.get(i));
        }
        assertEquals(sample.records().size(), new HashSet<>(ids(sample)).size(), "no record twice");
        assertTrue(sample.records().stream().noneMatch(r -> r.heldOn().getDayOfMonth() == 2), "no draft drawn");
        List<Long> positions = sample.records().stream().map(DipSample.Drawn::position).toList();
        assertEquals(positions.stream().sorted().toList(), positions, "in position order");
    }
}
