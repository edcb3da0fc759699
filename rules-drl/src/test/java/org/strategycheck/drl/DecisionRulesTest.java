package org.strategycheck.drl;

import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Severity;

/** Decision rules: whether the record says what was decided. */
class DecisionRulesTest {

    @Test
    void section47FiresWhenAFinalRecordHasNoDecision() {
        AuditResult result = TestRecord.schoolAge().remove("/decisions/section47").check();
        assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
    }

    @Test
    void section47FiresWhenTheDecisionsSectionIsAbsent() {
        AuditResult result = TestRecord.schoolAge().remove("/decisions").check();
        assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
    }

    @Test
    void section47PassesWhenRecorded() {
        assertPassed(TestRecord.schoolAge().check(), "DEC-S47-RECORDED");
    }

    @Test
    void section47PassesWhenTheDecisionIsThatNoEnquiryIsRequired() {
        assertPassed(TestRecord.preSchool().check(), "DEC-S47-RECORDED");
    }

    @Test
    void section47DoesNotApplyToADraft() {
        AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/decisions/section47").check();
        assertNotApplicable(result, "DEC-S47-RECORDED");
    }

    @Test
    void aRecordWithoutStatusIsFinal() {
        AuditResult result = TestRecord.schoolAge().remove("/status").remove("/decisions/section47").check();
        assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
    }
}
