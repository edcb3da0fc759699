package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/** Information rules: what the record holds about the child and family. */
class InformationRulesTest {

    @Test
    void identityFiresWithAPointerPerHeadingNotAddressed() {
        AuditResult result = TestRecord.schoolAge().set("/identity/ethnicity", "\"n/a\"")
                .set("/identity/culture", "\"\"").remove("/identity/discrimination").check();
        Finding finding = assertSingleFinding(result, "INF-IDENTITY", Severity.MAJOR,
                "/identity/ethnicity", "/identity/culture", "/identity/discrimination");
        assertEquals("The ethnicity, culture, identity and discrimination section is incomplete: "
                + "3 of 4 headings not addressed.", finding.message());
    }

    @Test
    void identityFiresWhenTheSectionIsAbsent() {
        AuditResult result = TestRecord.schoolAge().remove("/identity").check();
        assertSingleFinding(result, "INF-IDENTITY", Severity.MAJOR,
                "/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination");
    }

    @Test
    void identityPassesWhenEveryHeadingIsAddressed() {
        assertPassed(TestRecord.schoolAge().check(), "INF-IDENTITY");
    }

    @Test
    void identityPassesWhenAReasonedNotRelevantDecisionIsRecorded() {
        AuditResult result = TestRecord.schoolAge().remove("/identity/culture")
                .set("/identity/notRelevantReason", "\"Agreed with the family that this heading does not apply.\"").check();
        assertPassed(result, "INF-IDENTITY");
    }

    @Test
    void identityAppliesToEveryRecordSoIsNeverNotApplicable() {
        AuditResult draft = TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/identity").check();
        assertSingleFinding(draft, "INF-IDENTITY", Severity.MAJOR,
                "/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination");
    }
}
