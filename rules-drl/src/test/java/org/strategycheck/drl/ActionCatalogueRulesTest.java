package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/** Action rules of the catalogue: due dates against the discussion, and whether there is a plan. */
class ActionCatalogueRulesTest {

    /** The school-age record is held on 2024-05-14 (London); its actions are due on the 15th and 16th. */
    @Nested
    class DueDateBeforeMeeting {
        @Test
        void firesForAnActionDueBeforeTheDiscussion() {
            AuditResult result = TestRecord.schoolAge().set("/actions/1/dueBy", "\"2024-05-13\"").check();
            Finding finding = assertSingleFinding(result, "ACT-DUE-DATE-BEFORE-MEETING", Severity.MINOR, "/actions/1/dueBy");
            assertEquals("Action 2 is due before the date of the discussion.", finding.message());
        }

        @Test
        void firesOncePerActionDueBeforeTheDiscussion() {
            AuditResult result = TestRecord.schoolAge()
                    .set("/actions/0/dueBy", "\"2024-05-01\"").set("/actions/1/dueBy", "\"2023-05-16\"").check();
            List<Finding> findings = findingsOf(result, "ACT-DUE-DATE-BEFORE-MEETING");
            assertEquals(List.of(List.of("/actions/0/dueBy"), List.of("/actions/1/dueBy")),
                    findings.stream().map(Finding::pointers).toList());
        }

        @Test
        void passesForAnActionDueOnTheDayOfTheDiscussion() {
            AuditResult result = TestRecord.schoolAge().set("/actions/0/dueBy", "\"2024-05-14\"").check();
            assertPassed(result, "ACT-DUE-DATE-BEFORE-MEETING");
        }

        @Test
        void comparesWithTheLondonDateOfTheDiscussion() {
            // 23:30 UTC on the 14th is 00:30 on the 15th in London (BST).
            AuditResult result = TestRecord.schoolAge().set("/heldAt", "\"2024-05-14T23:30:00Z\"")
                    .set("/actions/0/dueBy", "\"2024-05-14\"").check();
            assertSingleFinding(result, "ACT-DUE-DATE-BEFORE-MEETING", Severity.MINOR, "/actions/0/dueBy");
        }

        @Test
        void ignoresAnActionWithoutADueDateWhichActDueDateReports() {
            AuditResult result = TestRecord.schoolAge().remove("/actions/0/dueBy").set("/actions/1/dueBy", "\"2024-05-10\"").check();
            assertSingleFinding(result, "ACT-DUE-DATE-BEFORE-MEETING", Severity.MINOR, "/actions/1/dueBy");
            assertSingleFinding(result, "ACT-DUE-DATE", Severity.MAJOR, "/actions/0/dueBy");
        }

        @Test
        void doesNotApplyWhenNoActionHasADueDate() {
            AuditResult result = TestRecord.schoolAge().remove("/actions/0/dueBy").remove("/actions/1/dueBy").check();
            assertNotApplicable(result, "ACT-DUE-DATE-BEFORE-MEETING");
        }

        @Test
        void comparesADraftNotYetHeldWithTheDateTheConcernWasIdentified() {
            // The concern was identified on 2024-05-13.
            TestRecord draft = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt");
            assertSingleFinding(draft.set("/actions/0/dueBy", "\"2024-05-12\"").check(),
                    "ACT-DUE-DATE-BEFORE-MEETING", Severity.MINOR, "/actions/0/dueBy");
            assertPassed(draft.set("/actions/0/dueBy", "\"2024-05-13\"").check(), "ACT-DUE-DATE-BEFORE-MEETING");
        }

        @Test
        void doesNotApplyToADraftWithNoDateToCompareWith() {
            AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt")
                    .remove("/concern/identifiedAt").set("/actions/0/dueBy", "\"2000-01-01\"").check();
            assertNotApplicable(result, "ACT-DUE-DATE-BEFORE-MEETING");
        }
    }

    @Nested
    class PlanExists {
        @Test
        void firesWhenASection47EnquiryStartsWithNoActions() {
            AuditResult result = TestRecord.schoolAge().remove("/actions").check();
            Finding finding = assertSingleFinding(result, "ACT-PLAN-EXISTS", Severity.MAJOR, "/actions");
            assertEquals("A section 47 enquiry is to start or continue, but no actions are recorded.", finding.message());
        }

        @Test
        void firesWhenASection47EnquiryContinuesWithNoActions() {
            AuditResult result = TestRecord.schoolAge().set("/decisions/section47", "\"CONTINUE\"").set("/actions", "[]").check();
            assertSingleFinding(result, "ACT-PLAN-EXISTS", Severity.MAJOR, "/actions");
        }

        @Test
        void isTheOnlyActionRuleThatAppliesWhenThereAreNoActions() {
            AuditResult result = TestRecord.schoolAge().remove("/actions").check();
            assertNotApplicable(result, "ACT-OWNER-NAMED");
            assertNotApplicable(result, "ACT-DUE-DATE");
            assertNotApplicable(result, "ACT-DUE-DATE-BEFORE-MEETING");
        }

        @Test
        void passesWithOneActionEvenIfThatActionHasGaps() {
            AuditResult result = TestRecord.schoolAge().remove("/actions/1").remove("/actions/0/dueBy").check();
            assertPassed(result, "ACT-PLAN-EXISTS");
            assertSingleFinding(result, "ACT-DUE-DATE", Severity.MAJOR, "/actions/0/dueBy");
        }

        @Test
        void appliesToADraftToo() {
            AuditResult draft = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").remove("/actions").check();
            assertSingleFinding(draft, "ACT-PLAN-EXISTS", Severity.MAJOR, "/actions");
        }

        @Test
        void doesNotApplyWhenNoSection47EnquiryIsToBeMade() {
            assertNotApplicable(TestRecord.preSchool().remove("/actions").check(), "ACT-PLAN-EXISTS");
        }

        @Test
        void doesNotApplyWhenTheSection47DecisionIsNotRecorded() {
            AuditResult result = TestRecord.schoolAge().remove("/decisions/section47").remove("/actions").check();
            assertNotApplicable(result, "ACT-PLAN-EXISTS");
        }
    }
}
