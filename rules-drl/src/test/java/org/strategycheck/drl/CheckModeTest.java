package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.drl.TestRecord.CHECKER;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** Judging a record as a draft or as final, as its status says or as the host forces it. */
class CheckModeTest {

    /**
     * The rules that can only hold after the meeting, in catalogue order (catalogue v1.1 made the
     * conference advisory one: a draft may not yet have the section 47 decision beside it).
     */
    private static final List<String> AFTER_THE_MEETING = List.of("DEC-S47-RECORDED", "DEC-CONFERENCE-NOT-PURPOSE",
            "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY", "DEC-LEGAL", "REC-MINUTES-CIRCULATED",
            "REC-MINUTES-TIMELY", "REC-MINUTES-RECIPIENTS");

    private static TestRecord draft() {
        return TestRecord.schoolAge().set("/status", "\"DRAFT\"");
    }

    @Test
    void theRulesTaggedFinalOnlyAreTheOnesAboutAfterTheMeeting() {
        assertEquals(AFTER_THE_MEETING, CHECKER.rules().stream().filter(RuleDescription::finalOnly)
                .map(RuleDescription::id).toList());
    }

    @Test
    void aDraftAsRecordedIsJudgedAsADraftWithTheAfterMeetingRulesPending() {
        AuditResult result = draft().check();

        assertEquals(CheckMode.DRAFT, result.mode());
        assertEquals(AFTER_THE_MEETING, result.pending());
    }

    @Test
    void pendingRulesStayAmongTheRulesThatDoNotApply() {
        AuditResult result = draft().check();

        assertTrue(result.notApplicable().containsAll(result.pending()), result::toString);
    }

    @Test
    void aRecordWithoutStatusIsJudgedAsFinalWithNothingPending() {
        AuditResult result = TestRecord.schoolAge().remove("/status").check();

        assertEquals(CheckMode.FINAL, result.mode());
        assertEquals(List.of(), result.pending());
    }

    @Test
    void forcingDraftOnAFinalRecordDefersTheSection47DecisionInsteadOfFailingIt() {
        String json = TestRecord.schoolAge().remove("/decisions/section47").json();

        AuditResult result = CHECKER.check(json, CheckMode.DRAFT);

        assertEquals(CheckMode.DRAFT, result.mode());
        assertNotApplicable(result, "DEC-S47-RECORDED");
        assertTrue(result.pending().contains("DEC-S47-RECORDED"));
    }

    @Test
    void forcingFinalOnADraftAppliesTheRulesAboutAfterTheMeeting() {
        String json = draft().remove("/decisions/section47").json();

        AuditResult result = CHECKER.check(json, CheckMode.FINAL);

        assertEquals(CheckMode.FINAL, result.mode());
        assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
        assertEquals(List.of(), result.pending());
    }

    @Test
    void aDraftStillFailsTheRulesThatHoldBeforeTheMeeting() {
        AuditResult result = CHECKER.check(draft().remove("/participants/3").json(), CheckMode.DRAFT);

        assertSingleFinding(result, "ATT-HEALTH-INVITED", Severity.CRITICAL, "/participants");
    }

    @Test
    void forcingFinalOnADraftWithoutHeldAtIsAnErrorAtHeldAt() {
        String json = draft().remove("/heldAt").json();

        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> CHECKER.check(json, CheckMode.FINAL));

        assertEquals("/heldAt", e.firstError().pointer());
        assertEquals("record.heldAtRequiredToCheckAsFinal", e.firstError().messageKey());
        assertEquals("To be checked as final, the record must say when the discussion was held (heldAt).",
                e.firstError().message());
        assertEquals("SD-TEST-SCHOOL-AGE", e.recordId().orElseThrow());
    }

    @Test
    void aFinalRecordWithoutHeldAtKeepsItsOwnError() {
        String json = TestRecord.schoolAge().remove("/heldAt").json();

        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> CHECKER.check(json, CheckMode.FINAL));

        assertEquals("record.heldAtRequired", e.firstError().messageKey());
    }

    @Test
    void forcingDraftAcceptsARecordWithoutHeldAtWhateverItsStatus() {
        // A form that has not set status yet sends none, which reads as FINAL: saving it must still work.
        String json = TestRecord.schoolAge().remove("/status").remove("/heldAt").json();
        assertThrows(InvalidRecordException.class, () -> CHECKER.check(json));

        AuditResult result = CHECKER.check(json, CheckMode.DRAFT);

        assertEquals(CheckMode.DRAFT, result.mode());
        assertEquals(AFTER_THE_MEETING, result.pending());
    }

    @Test
    void aDraftNotYetHeldTakesTheChildsAgeWhenTheConcernWasIdentified() {
        // Ten on 2024-02-10: school-age either way, so the school rules apply to the draft without heldAt.
        AuditResult result = CHECKER.check(TestRecord.schoolAge().remove("/heldAt").json(), CheckMode.DRAFT);

        assertTrue(result.passed().contains("ATT-SCHOOL"), result::toString);
    }

    @Test
    void checkingInAModeLeavesTheRecordAsItWas() {
        StrategyDiscussion record = RecordJson.read(TestRecord.schoolAge().json());

        CHECKER.check(record, CheckMode.DRAFT);

        assertEquals(Status.FINAL, record.status());
        assertEquals(RecordJson.read(TestRecord.schoolAge().json()), record);
    }

    @Test
    void forcingTheStageARecordAlreadyHasChangesNothing() {
        assertEquals(CHECKER.check(TestRecord.schoolAge().json()),
                CHECKER.check(TestRecord.schoolAge().json(), CheckMode.FINAL));
        assertEquals(draft().check(), CHECKER.check(draft().json(), CheckMode.DRAFT));
    }

    @Test
    void theBuilderDefaultModeAppliesToCallsThatNameNone() {
        StrategyCheck drafts = StrategyCheck.builder().mode(CheckMode.DRAFT).build();

        AuditResult result = drafts.check(TestRecord.schoolAge().json());

        assertEquals(CheckMode.DRAFT, drafts.mode());
        assertEquals(CheckMode.DRAFT, result.mode());
    }

    @Test
    void aCallsModeWinsOverTheBuilderDefault() {
        StrategyCheck drafts = StrategyCheck.builder().mode(CheckMode.DRAFT).build();

        assertEquals(CheckMode.FINAL, drafts.check(TestRecord.schoolAge().json(), CheckMode.FINAL).mode());
    }

    @Test
    void aRuleAProfileSwitchesOffIsNotPending() {
        StrategyCheck checker = StrategyCheck.builder().profile("example-meeting-for-injury").build();

        AuditResult result = checker.check(draft().json());

        assertFalse(result.pending().contains("DEC-LEGAL"), result::toString);
        assertTrue(result.pending().contains("DEC-S47-RECORDED"), result::toString);
    }

    @Test
    void aDraftOwesNoFindingOfAnAfterMeetingRule() {
        AuditResult result = CHECKER.check(draft().remove("/decisions").remove("/minutes").json(), CheckMode.DRAFT);

        for (String rule : AFTER_THE_MEETING) {
            assertTrue(findingsOf(result, rule).isEmpty(), rule + " in " + result);
        }
    }
}
