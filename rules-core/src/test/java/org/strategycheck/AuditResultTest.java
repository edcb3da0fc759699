package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field-level view of a result, and the laws of its stage and pending rules. */
class AuditResultTest {

    private static Finding at(String ruleId, String... pointers) {
        return new Finding(ruleId, Severity.MAJOR, ruleId, List.of(), List.of(pointers), "");
    }

    private static AuditResult resultOf(Finding... findings) {
        return new AuditResult("SD-1", Grade.REQUIRES_IMPROVEMENT, List.of(findings), List.of(), List.of(), "0.1.0",
                "england", "1.0");
    }

    @Test
    void aFindingIsListedUnderItsPointer() {
        Finding owner = at("ACT-OWNER-NAMED", "/actions/0/owner/name");

        assertEquals(Map.of("/actions/0/owner/name", List.of(owner)), resultOf(owner).byField());
    }

    @Test
    void aFindingWithSeveralPointersIsListedUnderEachOfThem() {
        Finding identity = at("INF-IDENTITY", "/identity/ethnicity", "/identity/culture");

        Map<String, List<Finding>> byField = resultOf(identity).byField();

        assertEquals(List.of("/identity/culture", "/identity/ethnicity"), List.copyOf(byField.keySet()));
        assertSame(identity, byField.get("/identity/culture").get(0));
        assertSame(identity, byField.get("/identity/ethnicity").get(0));
    }

    @Test
    void fieldsAreInPointerOrderWithListPositionsComparedAsNumbers() {
        AuditResult result = resultOf(at("A", "/actions/10/dueBy"), at("B", "/actions/2/dueBy"), at("C", "/actions"),
                at("D", "/actions/2"), at("E", "/decisions/section47"));

        assertEquals(List.of("/actions", "/actions/2", "/actions/2/dueBy", "/actions/10/dueBy", "/decisions/section47"),
                List.copyOf(result.byField().keySet()));
    }

    @Test
    void aListAndAnEntryOfItAreSeparatePlaces() {
        Finding list = at("ATT-HEALTH-INVITED", "/participants");
        Finding entry = at("ATT-INVOLVED-SERVICE", "/participants/2");

        Map<String, List<Finding>> byField = resultOf(list, entry).byField();

        assertEquals(List.of(list), byField.get("/participants"));
        assertEquals(List.of(entry), byField.get("/participants/2"));
    }

    @Test
    void findingsAtOnePlaceKeepResultOrder() {
        Finding first = at("ATT-SCHOOL", "/participants");
        Finding second = at("ATT-GP", "/participants");

        assertEquals(List.of(first, second), resultOf(first, second).byField().get("/participants"));
    }

    @Test
    void aFindingWithoutPointerConcernsTheRecordNotAField() {
        Finding whole = at("X-WHOLE");
        Finding root = at("X-ROOT", "");
        Finding field = at("DEC-S47-RECORDED", "/decisions/section47");

        AuditResult result = resultOf(whole, field, root);

        assertEquals(List.of(whole, root), result.recordLevel());
        assertEquals(List.of("/decisions/section47"), List.copyOf(result.byField().keySet()));
    }

    @Test
    void withinAnEntryGathersItsFieldsButNeitherTheListNorAnotherEntry() {
        Finding owner = at("ACT-OWNER-NAMED", "/actions/1/owner/name");
        Finding due = at("ACT-DUE-DATE", "/actions/1/dueBy");
        Finding tenth = at("ACT-DUE-DATE", "/actions/10/dueBy");
        Finding list = at("ACT-PLAN-EXISTS", "/actions");

        AuditResult result = resultOf(list, owner, due, tenth);

        assertEquals(List.of(owner, due), result.within("/actions/1"));
        assertEquals(List.of(list, owner, due, tenth), result.within("/actions"));
    }

    @Test
    void theFieldViewCannotBeChanged() {
        Map<String, List<Finding>> byField = resultOf(at("A", "/format")).byField();

        assertThrows(UnsupportedOperationException.class, () -> byField.remove("/format"));
        assertThrows(UnsupportedOperationException.class, () -> byField.get("/format").clear());
    }

    @Test
    void aResultBuiltWithoutAStageIsFinalWithNothingPending() {
        AuditResult result = resultOf();

        assertEquals(CheckMode.FINAL, result.mode());
        assertEquals(List.of(), result.pending());
    }

    @Test
    void aResultNamesTheStageJudgedNotAsRecorded() {
        assertThrows(IllegalArgumentException.class, () -> new AuditResult("SD-1", Grade.GOOD, List.of(), List.of(),
                List.of(), "0.1.0", "england", "1.0", CheckMode.AS_RECORDED, List.of()));
    }

    @Test
    void aPendingRuleIsOneThatDoesNotApplyYet() {
        assertThrows(IllegalArgumentException.class, () -> new AuditResult("SD-1", Grade.GOOD, List.of(),
                List.of("DEC-LEGAL"), List.of(), "0.1.0", "england", "1.0", CheckMode.DRAFT, List.of("DEC-LEGAL")));
    }

    @Test
    void aFinalRecordHasNothingPending() {
        assertThrows(IllegalArgumentException.class, () -> new AuditResult("SD-1", Grade.GOOD, List.of(), List.of(),
                List.of("DEC-LEGAL"), "0.1.0", "england", "1.0", CheckMode.FINAL, List.of("DEC-LEGAL")));
    }
}
