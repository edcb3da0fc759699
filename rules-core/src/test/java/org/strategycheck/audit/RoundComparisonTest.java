package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.audit.ResultsFixture.RULES;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.RoundComparison.Change;
import org.strategycheck.audit.RoundComparison.Group;
import org.strategycheck.audit.RoundComparison.Verdict;
import org.strategycheck.audit.internal.FolderLock;

/** Two rounds of an audit compared: final records only, honest verdicts, records audited twice. */
class RoundComparisonTest {

    @TempDir
    Path temp;

    /** {@code met} records meeting the rule and the rest failing it, ids from {@code prefix}. */
    private static List<Object> round(String prefix, String rule, int met, int of) {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < of; i++) {
            ResultsFixture.Line line = record(prefix + i);
            lines.add(i < met ? line.met(rule) : line.notMet(rule, "/participants"));
        }
        return lines;
    }

    private RoundComparison compare(List<Object> before, List<Object> after) throws IOException {
        return RoundComparison.of(RULES, audit(temp.resolve("before"), before), audit(temp.resolve("after"), after));
    }

    @Test
    void fiftySixOfSeventyAfterFortyEightOfEightyIsTwentyPointsFrom5Point2To33Point4Improved() throws IOException {
        RoundComparison comparison = compare(round("B", "ATT-A", 48, 80), round("A", "ATT-A", 56, 70));

        RoundComparison.Row row = comparison.row("ATT-A", Group.ALL);
        assertEquals(new Proportion(48, 80), row.before());
        assertEquals(new Proportion(56, 70), row.after());
        Change.Difference change = assertInstanceOf(Change.Difference.class, row.change());
        assertEquals(20.0, change.points(), 1e-9);
        assertEquals(5.2, change.low(), 0.05);
        assertEquals(33.4, change.high(), 0.05);
        assertEquals(Verdict.IMPROVED, change.verdict());
    }

    @Test
    void theSameFiguresTheOtherWayRoundAreWorse() {
        assertEquals(Verdict.WORSE, Change.of(new Proportion(56, 70), new Proportion(48, 80)).verdict());
    }

    @Test
    void aChangeWhoseIntervalHoldsNoChangeIsNoClearChange() {
        // 6 of 10 against 7 of 10: +10 points, but the interval runs from about -30 to +45.
        assertEquals(Verdict.NO_CLEAR_CHANGE, Change.of(new Proportion(6, 10), new Proportion(7, 10)).verdict());
    }

    @Test
    void fewerThanFiveRecordsOnEitherSideIsTooFewWhateverTheShares() {
        assertEquals(new Change.TooFew(), Change.of(new Proportion(0, 4), new Proportion(100, 100)));
        assertEquals(new Change.TooFew(), Change.of(new Proportion(100, 100), new Proportion(0, 4)));
        assertEquals(Verdict.WORSE, Change.of(new Proportion(5, 5), new Proportion(0, 5)).verdict());
    }

    @Test
    void draftsAreLeftOutOfEveryFigureAndCountedApart() throws IOException {
        List<Object> before = round("B", "ATT-A", 5, 5);
        before.add(record("D1").draft().notMet("ATT-A", "/participants"));
        before.add(record("D2").draft().notMet("ATT-A", "/participants"));

        RoundComparison comparison = compare(before, round("A", "ATT-A", 5, 5));

        assertEquals(new Proportion(5, 5), comparison.row("ATT-A", Group.ALL).before());
        assertEquals(2, comparison.before().drafts());
        assertEquals(5, comparison.before().figures().graded());
    }

    @Test
    void recordsThatCouldNotBeReadAreInNoFigureButCounted() throws IOException {
        List<Object> before = round("B", "ATT-A", 5, 5);
        before.add(ResultsFixture.rejected("X"));

        RoundComparison comparison = compare(before, round("A", "ATT-A", 5, 5));

        assertEquals(1, comparison.before().figures().rejected());
        assertEquals(new Proportion(5, 5), comparison.row("ATT-A", Group.ALL).before());
    }

    @Test
    void everyRuleIsComparedForAllRecordsAndForEachPartnershipAndTeamOfEitherRound() throws IOException {
        List<Object> before = List.of(record("1").met("ATT-A").team("a"), record("2").met("ATT-A").team("b"));
        List<Object> after = List.of(record("3").notMet("ATT-A", "/p").team("c").partnership("south"));

        RoundComparison comparison = compare(before, after);

        assertEquals(List.of("all", "partnership:north", "partnership:south", "team:a", "team:b", "team:c"),
                comparison.groups().stream().map(Group::label).toList());
        assertEquals(comparison.groups().size() * RULES.size(), comparison.rows().size());
        RoundComparison.Row teamC = comparison.row("ATT-A", new Group(Group.Kind.TEAM, "c"));
        assertEquals(Proportion.NONE, teamC.before());
        assertEquals(new Proportion(0, 1), teamC.after());
        assertEquals(Verdict.TOO_FEW, teamC.change().verdict());
    }

    @Test
    void aRecordFinalInBothRoundsHasItsFindingsFixedNewAndUnchangedByRuleAndPointer() throws IOException {
        List<Object> before = List.of(record("SD-1").notMet("ATT-A", "/participants").notMet("ACT", "/actions/0/owner")
                .notMet("ACT", "/actions/1/owner"), record("SD-2").met("ATT-A"));
        List<Object> after = List.of(record("SD-9").met("ATT-A"), record("SD-2").met("ATT-A"),
                record("SD-1").met("ATT-A").notMet("ACT", "/actions/1/owner").notMet("DEC-A", "/decisions"));

        RoundComparison.Baseline baseline = compare(before, after).baseline();

        assertEquals(List.of(new RoundComparison.RecordChange("SD-2", 2, 2, 0, 0, 0),
                new RoundComparison.RecordChange("SD-1", 1, 3, 2, 1, 1)), baseline.records());
        assertEquals(2, baseline.fixed());
        assertEquals(1, baseline.newFindings());
        assertEquals(1, baseline.unchanged());
    }

    @Test
    void aFindingMovedToAnotherPointerIsOneFixedAndOneNew() throws IOException {
        RoundComparison.Baseline baseline = compare(List.of(record("SD-1").notMet("ACT", "/actions/0/owner")),
                List.of(record("SD-1").notMet("ACT", "/actions/1/owner"))).baseline();

        assertEquals(List.of(new RoundComparison.RecordChange("SD-1", 1, 1, 1, 1, 0)), baseline.records());
    }

    @Test
    void anIdTwiceInARoundCannotBeMatchedAndIsCountedApart() throws IOException {
        RoundComparison.Baseline baseline = compare(
                List.of(record("SD-1").notMet("ATT-A", "/p"), record("SD-2").notMet("ATT-A", "/p")),
                List.of(record("SD-1").met("ATT-A"), record("SD-2").met("ATT-A"), record("SD-2").met("ATT-A")))
                .baseline();

        assertEquals(List.of("SD-1"), baseline.records().stream().map(RoundComparison.RecordChange::recordId).toList());
        assertEquals(1, baseline.repeated());
    }

    @Test
    void aRecordThatWasADraftBeforeIsNotMatched() throws IOException {
        RoundComparison.Baseline baseline = compare(List.of(record("SD-1").draft().notMet("ATT-A", "/p")),
                List.of(record("SD-1").met("ATT-A"))).baseline();

        assertTrue(baseline.records().isEmpty());
    }

    @Property
    void fixedAndUnchangedAddUpToTheFindingsBeforeAndNewAndUnchangedToTheFindingsAfter(
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 5) Integer> before,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 5) Integer> after) {
        // Findings drawn from six (rule, pointer) pairs, repeats allowed: a multiset on each side.
        RoundComparison.Baseline baseline = RoundComparison.of(RULES, List.of(withFindings(before)),
                List.of(withFindings(after))).baseline();

        RoundComparison.RecordChange change = baseline.records().get(0);
        List<Integer> left = new ArrayList<>(after);
        int unchanged = 0;
        for (Integer finding : before) {
            if (left.remove(finding)) {
                unchanged++;
            }
        }
        assertEquals(unchanged, change.unchanged());
        assertEquals(before.size() - unchanged, change.fixed());
        assertEquals(after.size() - unchanged, change.newFindings());
    }

    private static AuditedRecord withFindings(List<Integer> findings) {
        ResultsFixture.Line line = record("SD-1");
        for (int finding : findings) {
            line.notMet(finding % 2 == 0 ? "ACT-A" : "ACT-B", "/actions/" + finding / 2 + "/owner");
        }
        return ResultLines.read(line.toString(), 1);
    }

    @Test
    void aFolderAnAuditIsStillWritingIsRefused() throws IOException {
        Path before = audit(temp.resolve("before"), round("B", "ATT-A", 5, 5));
        Path after = audit(temp.resolve("after"), round("A", "ATT-A", 5, 5));
        try (FolderLock held = FolderLock.tryAcquire(after.resolve(AuditFolder.LOCK_FILE))) {
            AuditException refused = assertThrows(AuditException.class, () -> RoundComparison.of(RULES, before, after));
            assertTrue(refused.getMessage().contains("has not finished"), refused.getMessage());
        }
        assertEquals(5, RoundComparison.of(RULES, before, after).after().figures().graded(), "free once it finished");
    }

    @Test
    void resultsCutOffMidLineAreRefusedNamingTheFileAndLine() throws IOException {
        Path before = audit(temp.resolve("before"), round("B", "ATT-A", 5, 5));
        Path after = audit(temp.resolve("after"), round("A", "ATT-A", 5, 5));
        Files.writeString(after.resolve("results.jsonl"), "{\"source\":\"x\",\"recordId\":\"SECRET",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        AuditException refused = assertThrows(AuditException.class, () -> RoundComparison.of(RULES, before, after));

        assertTrue(refused.getMessage().contains("results.jsonl line 6 was cut off"), refused.getMessage());
        assertFalse(refused.getMessage().contains("SECRET"), refused.getMessage());
    }

    @Test
    void aLineThatIsNotAResultsLineIsNamedByFileAndLineWithoutQuotingIt() throws IOException {
        Path before = audit(temp.resolve("before"), List.of(record("1"), "{\"note\":\"SECRET\"}"));
        Path after = audit(temp.resolve("after"), List.of(record("1")));

        AuditException refused = assertThrows(AuditException.class, () -> RoundComparison.of(RULES, before, after));

        assertTrue(refused.getMessage().contains("results.jsonl line 2 is not a results line"), refused.getMessage());
        assertFalse(refused.getMessage().contains("SECRET"), refused.getMessage());
    }

    @Test
    void aFolderWithoutResultsIsRefused() throws IOException {
        Path after = audit(temp.resolve("after"), List.of());
        AuditException refused = assertThrows(AuditException.class,
                () -> RoundComparison.of(RULES, temp.resolve("nothing"), after));
        assertTrue(refused.getMessage().contains("holds no results.jsonl"), refused.getMessage());
    }
}
