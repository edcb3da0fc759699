package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.fires;
import static org.strategycheck.drl.RuleCase.gap;
import static org.strategycheck.drl.RuleCase.notApplicable;
import static org.strategycheck.drl.RuleCase.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Severity;

/**
 * Action rules: who will do what by when, whether there is a plan, and due dates against the discussion.
 */
class ActionRulesTest {

    private static TestRecord fourActions() {
        return TestRecord.schoolAge()
                .add("/actions", "{\"ref\":\"A3\",\"owner\":{\"name\":\"Nurse\",\"agency\":\"HEALTH\"},\"dueBy\":\"2024-05-17\"}")
                .add("/actions", "{\"ref\":\"A4\",\"owner\":{\"agency\":\"EDUCATION\"},\"dueBy\":\"2024-05-17\"}")
                .set("/actions/0/owner", "{\"agency\":\"CHILDRENS_SOCIAL_CARE\"}");
    }

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(fires("ACT-OWNER-NAMED", "fires once per action without a named owner",
                fourActions(),
                gap(Severity.MAJOR, "ACT-OWNER-NAMED", "/actions/0/owner/name").args("1"),
                gap(Severity.MAJOR, "ACT-OWNER-NAMED", "/actions/3/owner/name").args("4")));
        rows.add(fires("ACT-OWNER-NAMED", "owner is critical for an immediate action",
                TestRecord.schoolAge().set("/actions/1/owner/name", "\"  \"").set("/actions/1/immediate", "true"),
                gap(Severity.CRITICAL, "ACT-OWNER-NAMED.immediate", "/actions/1/owner/name").args("2")));
        rows.add(fires("ACT-OWNER-NAMED", "owner fires when the name is blank",
                TestRecord.schoolAge().set("/actions/1/owner/name", "\"\""),
                gap(Severity.MAJOR, "ACT-OWNER-NAMED", "/actions/1/owner/name").args("2")));
        rows.add(fires("ACT-OWNER-NAMED", "owner says the name is a placeholder",
                TestRecord.schoolAge().set("/actions/0/owner/name", "\"TBA\""),
                gap(Severity.MAJOR, "ACT-OWNER-NAMED.placeholder", "/actions/0/owner/name").args("1")));
        rows.add(fires("ACT-OWNER-NAMED", "owner says the name of an immediate action is a placeholder, as critical",
                TestRecord.schoolAge().set("/actions/1/owner/name", "\"?\"").set("/actions/1/immediate", "true"),
                gap(Severity.CRITICAL, "ACT-OWNER-NAMED.immediatePlaceholder", "/actions/1/owner/name").args("2")));
        rows.add(passes("ACT-OWNER-NAMED", "owner passes when every action has a named owner",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ACT-OWNER-NAMED", "owner does not apply without actions",
                TestRecord.schoolAge().remove("/actions")));
        rows.add(fires("ACT-DUE-DATE", "due date fires for an action without one",
                TestRecord.schoolAge().remove("/actions/1/dueBy"),
                gap(Severity.MAJOR, "ACT-DUE-DATE", "/actions/1/dueBy").args("2")));
        rows.add(fires("ACT-DUE-DATE", "due date is critical for an immediate action",
                TestRecord.schoolAge().remove("/actions/0/dueBy").set("/actions/0/immediate", "true"),
                gap(Severity.CRITICAL, "ACT-DUE-DATE.immediate", "/actions/0/dueBy").args("1")));
        rows.add(passes("ACT-DUE-DATE", "due date passes when every action has one",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ACT-DUE-DATE", "due date does not apply without actions",
                TestRecord.schoolAge().set("/actions", "[]")));
        rows.add(fires("ACT-DUE-DATE-BEFORE-MEETING", "fires for an action due before the discussion",
                TestRecord.schoolAge().set("/actions/1/dueBy", "\"2024-05-13\""),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/1/dueBy").args("2")));
        rows.add(fires("ACT-DUE-DATE-BEFORE-MEETING", "fires once per action due before the discussion",
                TestRecord.schoolAge().set("/actions/0/dueBy", "\"2024-05-01\"").set("/actions/1/dueBy", "\"2023-05-16\""),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/0/dueBy").args("1"),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/1/dueBy").args("2")));
        rows.add(passes("ACT-DUE-DATE-BEFORE-MEETING", "passes for an action due on the day of the discussion",
                TestRecord.schoolAge().set("/actions/0/dueBy", "\"2024-05-14\"")));
        // 23:30 UTC on the 14th is 00:30 on the 15th in London (BST).
        rows.add(fires("ACT-DUE-DATE-BEFORE-MEETING", "compares with the london date of the discussion",
                TestRecord.schoolAge().set("/heldAt", "\"2024-05-14T23:30:00Z\"").set("/actions/0/dueBy", "\"2024-05-14\""),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/0/dueBy").args("1")));
        rows.add(fires("ACT-DUE-DATE-BEFORE-MEETING", "ignores an action without a due date which act due date reports",
                TestRecord.schoolAge().remove("/actions/0/dueBy").set("/actions/1/dueBy", "\"2024-05-10\""),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/1/dueBy").args("2")));
        rows.add(fires("ACT-DUE-DATE", "ignores an action without a due date which act due date reports",
                TestRecord.schoolAge().remove("/actions/0/dueBy").set("/actions/1/dueBy", "\"2024-05-10\""),
                gap(Severity.MAJOR, "ACT-DUE-DATE", "/actions/0/dueBy").args("1")));
        rows.add(notApplicable("ACT-DUE-DATE-BEFORE-MEETING", "does not apply when no action has a due date",
                TestRecord.schoolAge().remove("/actions/0/dueBy").remove("/actions/1/dueBy")));
        // The concern was identified on 2024-05-13: a draft not yet held has no meeting date to compare with.
        rows.add(notApplicable("ACT-DUE-DATE-BEFORE-MEETING", "v1.1: does not apply to a draft not yet held, even with an action due before the concern",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").set("/actions/0/dueBy", "\"2024-05-12\"")));
        rows.add(fires("ACT-DUE-DATE-BEFORE-MEETING", "applies to a draft of a discussion already held",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").set("/actions/0/dueBy", "\"2024-05-13\""),
                gap(Severity.MINOR, "ACT-DUE-DATE-BEFORE-MEETING", "/actions/0/dueBy").args("1")));
        rows.add(notApplicable("ACT-DUE-DATE-BEFORE-MEETING", "does not apply to a draft with no date to compare with",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").remove("/concern/identifiedAt").set("/actions/0/dueBy", "\"2000-01-01\"")));
        rows.add(fires("ACT-PLAN-EXISTS", "fires when a section47 enquiry starts with no actions",
                TestRecord.schoolAge().remove("/actions"),
                gap(Severity.MAJOR, "ACT-PLAN-EXISTS", "/actions")));
        rows.add(fires("ACT-PLAN-EXISTS", "fires when a section47 enquiry continues with no actions",
                TestRecord.schoolAge().set("/decisions/section47", "\"CONTINUE\"").set("/actions", "[]"),
                gap(Severity.MAJOR, "ACT-PLAN-EXISTS", "/actions")));
        rows.add(notApplicable("ACT-OWNER-NAMED", "is the only action rule that applies when there are no actions",
                TestRecord.schoolAge().remove("/actions")));
        rows.add(notApplicable("ACT-DUE-DATE", "is the only action rule that applies when there are no actions",
                TestRecord.schoolAge().remove("/actions")));
        rows.add(notApplicable("ACT-DUE-DATE-BEFORE-MEETING", "is the only action rule that applies when there are no actions",
                TestRecord.schoolAge().remove("/actions")));
        rows.add(passes("ACT-PLAN-EXISTS", "passes with one action even if that action has gaps",
                TestRecord.schoolAge().remove("/actions/1").remove("/actions/0/dueBy")));
        rows.add(fires("ACT-DUE-DATE", "passes with one action even if that action has gaps",
                TestRecord.schoolAge().remove("/actions/1").remove("/actions/0/dueBy"),
                gap(Severity.MAJOR, "ACT-DUE-DATE", "/actions/0/dueBy").args("1")));
        rows.add(fires("ACT-PLAN-EXISTS", "applies to a draft too",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").remove("/actions"),
                gap(Severity.MAJOR, "ACT-PLAN-EXISTS", "/actions")));
        rows.add(notApplicable("ACT-PLAN-EXISTS", "does not apply when no section47 enquiry is to be made",
                TestRecord.preSchool().remove("/actions")));
        rows.add(notApplicable("ACT-PLAN-EXISTS", "does not apply when the section47 decision is not recorded",
                TestRecord.schoolAge().remove("/decisions/section47").remove("/actions")));
        return rows;
    }

    static Stream<RuleCase> rows() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(RuleCase row) {
        row.verify();
    }
}
