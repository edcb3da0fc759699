package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/** Action rules: who will do what by when. */
class ActionRulesTest {

    private static TestRecord fourActions() {
        return TestRecord.schoolAge()
                .add("/actions", "{\"ref\":\"A3\",\"owner\":{\"name\":\"Nurse\",\"agency\":\"HEALTH\"},\"dueBy\":\"2024-05-17\"}")
                .add("/actions", "{\"ref\":\"A4\",\"owner\":{\"agency\":\"EDUCATION\"},\"dueBy\":\"2024-05-17\"}")
                .set("/actions/0/owner", "{\"agency\":\"CHILDRENS_SOCIAL_CARE\"}");
    }

    @Test
    void ownerFiresOncePerActionWithoutANamedOwner() {
        List<Finding> findings = findingsOf(fourActions().check(), "ACT-OWNER-NAMED");
        assertEquals(List.of(List.of("/actions/0/owner/name"), List.of("/actions/3/owner/name")),
                findings.stream().map(Finding::pointers).toList());
        assertEquals(List.of(Severity.MAJOR, Severity.MAJOR), findings.stream().map(Finding::severity).toList());
        assertEquals("Action 4 has no named owner (an agency alone is not an owner).", findings.get(1).message());
    }

    @Test
    void ownerIsCriticalForAnImmediateAction() {
        AuditResult result = TestRecord.schoolAge().set("/actions/1/owner/name", "\"  \"")
                .set("/actions/1/immediate", "true").check();
        assertSingleFinding(result, "ACT-OWNER-NAMED", Severity.CRITICAL, "/actions/1/owner/name");
    }

    @Test
    void ownerFiresWhenTheNameIsBlank() {
        AuditResult result = TestRecord.schoolAge().set("/actions/1/owner/name", "\"\"").check();
        assertSingleFinding(result, "ACT-OWNER-NAMED", Severity.MAJOR, "/actions/1/owner/name");
    }

    @Test
    void ownerPassesWhenEveryActionHasANamedOwner() {
        assertPassed(TestRecord.schoolAge().check(), "ACT-OWNER-NAMED");
    }

    @Test
    void ownerDoesNotApplyWithoutActions() {
        assertNotApplicable(TestRecord.schoolAge().remove("/actions").check(), "ACT-OWNER-NAMED");
    }

    @Test
    void dueDateFiresForAnActionWithoutOne() {
        AuditResult result = TestRecord.schoolAge().remove("/actions/1/dueBy").check();
        Finding finding = assertSingleFinding(result, "ACT-DUE-DATE", Severity.MAJOR, "/actions/1/dueBy");
        assertEquals("Action 2 has no due date.", finding.message());
    }

    @Test
    void dueDateIsCriticalForAnImmediateAction() {
        AuditResult result = TestRecord.schoolAge().remove("/actions/0/dueBy").set("/actions/0/immediate", "true").check();
        Finding finding = assertSingleFinding(result, "ACT-DUE-DATE", Severity.CRITICAL, "/actions/0/dueBy");
        assertEquals("Immediate action 1 has no due date.", finding.message());
    }

    @Test
    void dueDatePassesWhenEveryActionHasOne() {
        assertPassed(TestRecord.schoolAge().check(), "ACT-DUE-DATE");
    }

    @Test
    void dueDateDoesNotApplyWithoutActions() {
        assertNotApplicable(TestRecord.schoolAge().set("/actions", "[]").check(), "ACT-DUE-DATE");
    }
}
