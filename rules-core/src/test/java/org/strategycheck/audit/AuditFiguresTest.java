package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.model.ConcernCategory;

class AuditFiguresTest {

    private static final List<org.strategycheck.RuleDescription> RULES = AuditArbitraries.RULES;

    @Test
    void aRuleAppliesWhenItPassedOrFailedAndIsMetWhenItPassed() {
        AuditFigures figures = AuditFigures.of(RULES, List.of(
                graded(1, "north", "a", LocalDate.of(2024, 5, 1), List.of("ATT-A", "ATT-B"), List.of()),
                graded(2, "north", "b", LocalDate.of(2024, 5, 2), List.of("ATT-B"), List.of("ATT-A")),
                graded(3, "south", "b", null, List.of(), List.of("DEC-A"))));

        assertEquals(new Proportion(1, 2), figures.total().rule("ATT-A"));
        assertEquals(new Proportion(2, 2), figures.total().rule("ATT-B"));
        assertEquals(new Proportion(0, 1), figures.total().rule("DEC-A"));
        assertEquals(Proportion.NONE, figures.total().rule("REC-A"));
        assertEquals(new Proportion(1, 2), figures.total().area("attendance"), "an area is met when all of it is");
        assertEquals(2, figures.byMonth().get(YearMonth.of(2024, 5)).graded());
        assertEquals(1, figures.undated().graded());
        assertEquals(new Proportion(1, 1), figures.byTeam().get("b").rule("ATT-B"));
        assertEquals(List.of("ATT-A", "DEC-A"), figures.coreRules().stream().map(r -> r.id()).toList());
    }

    @Test
    void theHeadlineCountsFinalRecordsAndDraftsAreCountedApart() {
        AuditFigures figures = AuditFigures.of(RULES, List.of(
                graded(1, "north", "a", LocalDate.of(2024, 5, 1), List.of("ATT-A"), List.of()),
                stage(graded(2, "north", "a", LocalDate.of(2024, 5, 2), List.of(), List.of("ATT-A")), CheckMode.DRAFT),
                stage(graded(3, "north", "a", null, List.of(), List.of("ATT-A")), CheckMode.DRAFT)));

        assertEquals(1, figures.total().graded());
        assertEquals(new Proportion(1, 1), figures.total().rule("ATT-A"));
        assertEquals(2, figures.drafts().graded());
        assertEquals(new Proportion(0, 2), figures.drafts().rule("ATT-A"));
        assertEquals(1, figures.byMonth().get(YearMonth.of(2024, 5)).graded(), "a draft is in no month");
        assertEquals(1, figures.byTeam().get("a").graded(), "nor in any group");
        assertEquals(0, figures.undated().graded());
        assertEquals(3, figures.graded());
        assertEquals(2, figures.graded(Grade.INADEQUATE), "the run's grades count every graded record");
        assertEquals(List.of(), figures.inadequate(), "a draft is not listed as an Inadequate record");
    }

    @Test
    void aPeriodCountsTheRecordsHeldWithinItsBoundsAndTheRestApart() {
        AuditScope may = new AuditScope(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
        AuditFigures.Counter counter = AuditFigures.counter(RULES, may);
        for (AuditedRecord record : List.of(
                graded(1, "north", "a", LocalDate.of(2024, 4, 30), List.of("ATT-A"), List.of()),
                graded(2, "north", "a", LocalDate.of(2024, 5, 1), List.of("ATT-A"), List.of()),
                graded(3, "north", "a", LocalDate.of(2024, 5, 31), List.of(), List.of("ATT-A")),
                graded(4, "north", "a", LocalDate.of(2024, 6, 1), List.of("ATT-A"), List.of()),
                stage(graded(5, "north", "a", null, List.of(), List.of()), CheckMode.DRAFT))) {
            counter.add(record);
        }
        AuditFigures figures = counter.snapshot();

        assertEquals(new Proportion(1, 2), figures.total().rule("ATT-A"), "both bounds are in the period");
        assertEquals(3, figures.outOfScope(), "April, June, and the draft not yet held");
        assertEquals(0, figures.drafts().graded());
        assertEquals(may, figures.scope());
        assertEquals(5, figures.read());
    }

    @Test
    void figuresOfDifferentPeriodsCannotBeMerged() {
        AuditFigures may = AuditFigures.counter(RULES, new AuditScope(LocalDate.of(2024, 5, 1), null)).snapshot();

        assertThrows(IllegalArgumentException.class, () -> may.merge(AuditFigures.empty(RULES)));
    }

    @Test
    void aRecordCountsOnceInEachCategoryAgeBandAndEthnicGroupItHas() {
        RecordContext.Practice practice = new RecordContext.Practice(java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), null, null, false, false, null, null, false,
                List.of(EthnicGroup.BLACK, EthnicGroup.BLACK, EthnicGroup.MIXED));
        AuditedRecord siblings = new AuditedRecord.Graded(1, "in:1", ((AuditedRecord.Graded) graded(1, "n", "a",
                LocalDate.of(2024, 5, 1), List.of("ATT-A"), List.of())).result(), new RecordContext("n", "a",
                LocalDate.of(2024, 5, 1), null, null, List.of(ConcernCategory.NEGLECT, ConcernCategory.MISSING),
                List.of(AgeBand.SCHOOL_AGE, AgeBand.SCHOOL_AGE, AgeBand.PRE_SCHOOL), practice));

        AuditFigures figures = AuditFigures.of(RULES, List.of(siblings));

        assertEquals(java.util.Set.of(ConcernCategory.NEGLECT, ConcernCategory.MISSING), figures.byCategory().keySet());
        assertEquals(1, figures.byAgeBand().get(AgeBand.SCHOOL_AGE).graded());
        assertEquals(1, figures.byAgeBand().get(AgeBand.PRE_SCHOOL).graded());
        assertEquals(1, figures.byEthnicGroup().get(EthnicGroup.BLACK).graded());
        assertEquals(List.of(EthnicGroup.MIXED, EthnicGroup.BLACK), List.copyOf(figures.byEthnicGroup().keySet()),
                "in group order");
        assertEquals(new Proportion(1, 1), figures.byEthnicGroup().get(EthnicGroup.MIXED).rule("ATT-A"));
    }

    @Test
    void aRecordWithoutPracticeValuesIsInNoEthnicGroupAndNoMeasure() {
        AuditFigures figures = AuditFigures.of(RULES, List.of(graded(1, "n", "a", LocalDate.of(2024, 5, 1),
                List.of(), List.of())));

        assertEquals(java.util.Map.of(), figures.byEthnicGroup());
        assertEquals(0, figures.total().practice().known());
        assertEquals(Proportion.NONE, figures.total().practice().section47Recorded());
    }

    static AuditedRecord stage(AuditedRecord record, CheckMode mode) {
        AuditedRecord.Graded graded = (AuditedRecord.Graded) record;
        AuditResult r = graded.result();
        return new AuditedRecord.Graded(graded.position(), graded.source(), new AuditResult(r.recordId(), r.grade(),
                r.findings(), r.passed(), r.notApplicable(), r.ruleSetVersion(), r.profileId(), r.profileVersion(), mode,
                r.pending()), graded.context());
    }

    @Test
    void aRecordWithoutAPartnershipOrWithABlankOneIsCountedAsNotRecorded() {
        AuditFigures figures = AuditFigures.of(RULES, List.of(
                graded(1, null, "a", null, List.of(), List.of()), graded(2, "  ", "a", null, List.of(), List.of())));

        assertEquals(2, figures.byPartnership().get(AuditFigures.NOT_RECORDED).graded());
    }

    @Test
    void theInadequateListKeepsTheLowestPositionsAndTheTotalCountsThemAll() {
        AuditFigures.Counter counter = AuditFigures.counter(RULES);
        int many = AuditFigures.LISTED_INADEQUATE + 25;
        for (int i = many; i >= 1; i--) {
            counter.add(graded(i, "north", "a", null, List.of(), List.of("DEC-A")));
        }
        AuditFigures figures = counter.snapshot();

        assertEquals(AuditFigures.LISTED_INADEQUATE, figures.inadequate().size());
        assertEquals(1, figures.inadequate().get(0).position());
        assertEquals(AuditFigures.LISTED_INADEQUATE, figures.inadequate().get(AuditFigures.LISTED_INADEQUATE - 1).position());
        assertEquals(many, figures.total().count(Grade.INADEQUATE));
    }

    @Test
    void theRejectedListNamesRecordsByPositionAndTheirFirstError() {
        RecordError first = RecordError.at("/status", "record.unknownValue", "DRAFT, FINAL");
        AuditFigures figures = AuditFigures.of(RULES, List.of(new AuditedRecord.Rejected(7, "Jane Doe.json", null,
                List.of(first, RecordError.at("", "json.trailing")))));

        assertEquals(List.of(new AuditFigures.RejectedRecord(7, null, first)), figures.rejectedRecords());
        assertEquals(1, figures.rejected());
    }

    @Test
    void pastTheBoundOnTeamsTheFirstNamesInNameOrderAreKeptAndTheRestShareOneRow() {
        AuditFigures.Counter counter = AuditFigures.counter(RULES);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < AuditFigures.MAX_GROUPS + 10; i++) {
            names.add(String.format("team-%04d", i));
        }
        // Last name first: which names are kept must not depend on the order they come in.
        for (int i = names.size() - 1; i >= 0; i--) {
            counter.add(graded(i + 1, "north", names.get(i), null, List.of(), List.of()));
        }
        AuditFigures figures = counter.snapshot();

        assertEquals(AuditFigures.MAX_GROUPS + 1, figures.byTeam().size());
        assertEquals(10, figures.byTeam().get(AuditFigures.OTHERS).graded());
        assertEquals(names.subList(0, AuditFigures.MAX_GROUPS),
                figures.byTeam().keySet().stream().filter(n -> !n.equals(AuditFigures.OTHERS)).toList());
    }

    @Test
    void blankLinesAreCountedApartFromRecords() {
        AuditFigures figures = AuditFigures.counter(RULES).addBlankLine().addBlankLine().snapshot();

        assertEquals(2, figures.blankLines());
        assertEquals(0, figures.read());
    }

    @Test
    void figuresOfOtherRulesCannotBeMerged() {
        AuditFigures ours = AuditFigures.empty(RULES);
        AuditFigures theirs = AuditFigures.empty(RULES.subList(0, 2));

        assertThrows(IllegalArgumentException.class, () -> ours.merge(theirs));
    }

    @Test
    void aTallyOfARuleItDoesNotCountIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> AuditFigures.empty(RULES).total().rule("NO-SUCH"));
    }

    /** A record graded by which rules passed and failed (failing is a CRITICAL finding). */
    static AuditedRecord graded(long position, String partnership, String team, LocalDate held, List<String> passed,
            List<String> failed) {
        List<Finding> findings = failed.stream()
                .map(id -> new Finding(id, Severity.CRITICAL, id, List.of(), List.of("/x"), "")).toList();
        List<String> notApplicable = RULES.stream().map(r -> r.id())
                .filter(id -> !passed.contains(id) && !failed.contains(id)).toList();
        AuditResult result = new AuditResult("SD-" + position, Grade.of(findings), findings, passed, notApplicable,
                "1.1.0", "england", "1.0", CheckMode.FINAL, List.of());
        return new AuditedRecord.Graded(position, "in.jsonl:" + position, result,
                new RecordContext(partnership, team, held, null, null, List.of(), List.of()));
    }
}
