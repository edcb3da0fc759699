package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Figures merge: counted in parts (threads, a resumed run, a cluster's partitions) and
 * merged, they equal the figures of the whole, and merging is associative and commutative
 * with empty figures as identity. The bounds are made small (3 names per grouping, 4 and 3
 * listed records) so the properties reach them.
 */
class AuditFiguresProperties {

    /** A period some of the arbitrary dates fall in and some outside: 1 February to 31 March 2023. */
    private static final AuditScope SCOPE = new AuditScope(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 31));

    private static AuditFigures.Counter counter() {
        return AuditFigures.counter(AuditArbitraries.RULES, 3, 4, 3);
    }

    private static AuditFigures count(AuditScope scope, List<AuditedRecord> records) {
        AuditFigures.Counter counter = AuditFigures.counter(AuditArbitraries.RULES, scope, 3, 4, 3);
        records.forEach(counter::add);
        return counter.snapshot();
    }

    private static AuditFigures count(List<AuditedRecord> records) {
        AuditFigures.Counter counter = counter();
        records.forEach(counter::add);
        return counter.snapshot();
    }

    /** A run's records, and for each the part (0 to 4) that counts it. */
    record Split(List<AuditedRecord> records, List<Integer> parts) {
    }

    @Provide
    Arbitrary<Split> splits() {
        return AuditArbitraries.runs(40).flatMap(records -> Arbitraries.integers().between(0, 4)
                .list().ofSize(records.size()).map(parts -> new Split(records, parts)));
    }

    @Property
    void theFiguresOfThePartsMergedAreTheFiguresOfTheWhole(@ForAll("splits") Split split) {
        List<List<AuditedRecord>> parts = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < split.records().size(); i++) {
            parts.get(split.parts().get(i)).add(split.records().get(i));
        }
        AuditFigures merged = count(List.of());
        for (List<AuditedRecord> part : parts) {
            merged = merged.merge(count(part));
        }

        assertEquals(count(split.records()), merged);
    }

    @Property
    void theFiguresOfThePartsOfAPeriodMergedAreTheFiguresOfTheWhole(@ForAll("splits") Split split) {
        AuditFigures merged = count(SCOPE, List.of());
        for (int p = 0; p < 5; p++) {
            List<AuditedRecord> part = new ArrayList<>();
            for (int i = 0; i < split.records().size(); i++) {
                if (split.parts().get(i) == p) {
                    part.add(split.records().get(i));
                }
            }
            merged = merged.merge(count(SCOPE, part));
        }

        assertEquals(count(SCOPE, split.records()), merged);
    }

    @Property
    void aPeriodCountsTheFinalRecordsHeldInItAsTheWholeCountsThemAlone(@ForAll("runs") List<AuditedRecord> run) {
        List<AuditedRecord> inPeriod = run.stream().filter(record -> !(record instanceof AuditedRecord.Graded graded)
                || SCOPE.includes(graded.context().heldOn())).toList();

        AuditFigures scoped = count(SCOPE, run);
        AuditFigures alone = count(inPeriod);

        assertEquals(alone.total(), scoped.total());
        assertEquals(alone.drafts(), scoped.drafts());
        assertEquals(alone.byMonth(), scoped.byMonth());
        assertEquals(alone.byEthnicGroup(), scoped.byEthnicGroup());
        assertEquals(run.size() - inPeriod.size(), scoped.outOfScope());
        assertEquals(run.size(), scoped.read());
    }

    @Property
    void aCounterFedInAnyOrderGivesTheFiguresOfTheRun(@ForAll("splits") Split split) {
        List<AuditedRecord> shuffled = new ArrayList<>(split.records());
        // The parts as a permutation key: records sorted by their part, ties in run order.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(split.parts().get(b), split.parts().get(a)));
        List<AuditedRecord> reordered = order.stream().map(split.records()::get).toList();

        assertEquals(count(split.records()), count(reordered));
    }

    @Provide
    Arbitrary<AuditFigures> figures() {
        // Positions may repeat across figures here, as when partitions number their own records.
        return Combinators.combine(AuditArbitraries.records().list().ofMaxSize(15), Arbitraries.integers().between(0, 2))
                .as((records, blankLines) -> {
                    AuditFigures.Counter counter = counter();
                    records.forEach(counter::add);
                    for (int i = 0; i < blankLines; i++) {
                        counter.addBlankLine();
                    }
                    return counter.snapshot();
                });
    }

    @Property
    void mergingIsCommutative(@ForAll("figures") AuditFigures a, @ForAll("figures") AuditFigures b) {
        assertEquals(a.merge(b), b.merge(a));
    }

    @Property
    void mergingIsAssociative(@ForAll("figures") AuditFigures a, @ForAll("figures") AuditFigures b,
            @ForAll("figures") AuditFigures c) {
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    }

    @Property
    void emptyFiguresAreTheIdentityOfMerging(@ForAll("figures") AuditFigures a) {
        assertEquals(a, a.merge(count(List.of())));
        assertEquals(a, count(List.of()).merge(a));
    }

    @Provide
    Arbitrary<List<AuditedRecord>> runs() {
        return AuditArbitraries.runs(40);
    }

    @Property
    void recordsReadAreGradedPlusRejectedAndEveryFinalRecordInScopeIsInOnePeriod(@ForAll("runs") List<AuditedRecord> run) {
        AuditFigures figures = count(run);

        assertEquals(run.size(), figures.read());
        assertEquals(figures.read(), figures.graded() + figures.rejected());
        assertEquals(figures.graded(), figures.total().graded() + figures.drafts().graded() + figures.outOfScope());
        long finals = figures.total().graded();
        long inPeriods = figures.undated().graded() + figures.byMonth().values().stream().mapToLong(Tally::graded).sum();
        assertEquals(finals, inPeriods);
        assertEquals(finals, figures.byTeam().values().stream().mapToLong(Tally::graded).sum());
        assertEquals(finals, figures.byPartnership().values().stream().mapToLong(Tally::graded).sum());
        long drafts = run.stream().filter(r -> r instanceof AuditedRecord.Graded g
                && g.result().mode() == org.strategycheck.CheckMode.DRAFT).count();
        assertEquals(drafts, figures.drafts().graded());
    }

    @Property
    void figuresSentToAnotherMachineComeBackEqual(@ForAll("figures") AuditFigures figures) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(figures);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(figures, in.readObject());
        }
    }
}
