package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Severity;

/** Rules that meet on one record: each still judges only what it is about. */
class RuleInteractionsTest {

    private static TestRecord complete() {
        return TestRecord.load("complete-all-rules.json");
    }

    @Test
    void theCompleteFixtureMeetsEveryRuleThatApplies() {
        AuditResult result = complete().check();
        assertEquals(List.of(), result.findings());
        assertEquals(Grade.GOOD, result.grade());
    }

    @Test
    void aPreBirthDomesticAbuseRecordBringsMidwifeMaracAndMeetingRulesButNotChildVoice() {
        AuditResult result = complete()
                .remove("/children/0").add("/children", "{\"ref\":\"C1\",\"expectedDueDate\":\"2024-08-01\"}")
                .set("/concern/categories", "[\"PRE_BIRTH\",\"DOMESTIC_ABUSE\"]")
                .set("/format", "\"TELEPHONE\"")
                .remove("/participants/4")  // the school: no school-age child now
                .set("/concern/referrer", "null")
                .set("/minutes/circulatedTo", "[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\",\"HEALTH\"]")
                .check();
        assertSingleFinding(result, "ATT-MIDWIFE", Severity.MAJOR, "/participants");
        // Nothing recorded about MARAC: the finding says whether the family is known is not recorded either.
        assertSingleFinding(result, "INF-MARAC", Severity.MAJOR, "/marac/known", "/marac/actionsConsidered");
        assertSingleFinding(result, "REC-FORMAT", Severity.MINOR, "/format");
        assertNotApplicable(result, "DEC-CHILD-VOICE");
        assertNotApplicable(result, "ATT-HEALTH-VISITOR");
        assertNotApplicable(result, "ATT-SCHOOL");
        assertEquals(List.of("ATT-MIDWIFE", "INF-MARAC", "REC-FORMAT"),
                result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void anUnbornSiblingOfASchoolChildBringsTheMidwifeRuleAndKeepsTheSchoolRules() {
        AuditResult result = complete()
                .add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-09-01\"}").check();
        assertSingleFinding(result, "ATT-MIDWIFE", Severity.MAJOR, "/participants");
        assertPassed(result, "ATT-SCHOOL");
        assertPassed(result, "ATT-SCHOOL-NURSE");
        assertPassed(result, "DEC-CHILD-VOICE");
    }

    @Test
    void anInjuredNonMobileChildMakesTheMissingPaediatricianAndMedicalCritical() {
        AuditResult result = complete()
                .set("/children/0/dateOfBirth", "\"2023-11-01\"").set("/children/0/education", "\"NONE\"")
                .set("/concern/categories", "[\"PHYSICAL_ABUSE\",\"INJURY_NON_MOBILE_CHILD\"]")
                .set("/concern/significantInjury", "true")
                .check();
        assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.CRITICAL, "/participants");
        assertEquals(Severity.CRITICAL, TestRecord.findingsOf(result, "DEC-MEDICAL").get(0).severity());
        assertEquals(Grade.INADEQUATE, result.grade());
    }

    @Test
    void anInjuredBabyKnownToServicesWithNoneInvitedHasEachAttendanceGapInCatalogueOrder() {
        AuditResult result = TestRecord.preSchool().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]")
                .set("/children/0/dateOfBirth", "\"2024-01-10\"").set("/children/0/education", "\"EARLY_YEARS\"")
                .set("/concern/referrer", "{\"agency\":\"EARLY_YEARS\"}")
                .add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\"}")
                .add("/involvedServices", "{\"agency\":\"EARLY_YEARS\",\"organisation\":\"Little Acorns Nursery\"}")
                .remove("/participants/1").check();
        List<String> attendance = result.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("ATT-")).toList();
        assertEquals(List.of("ATT-POLICE", "ATT-SOCIAL-CARE", "ATT-EARLY-YEARS", "ATT-PAEDIATRICIAN", "ATT-REFERRER",
                "ATT-INVOLVED-SERVICE", "ATT-GP"), attendance);
        assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.CRITICAL, "/participants");
        assertSingleFinding(result, "ATT-INVOLVED-SERVICE", Severity.MAJOR, "/involvedServices/1");
    }

    @Test
    void aRecordWithEveryDecisionRecordedPassesEveryDecisionRuleThatApplies() {
        AuditResult result = TestRecord.load("complete-decisions.json").check();
        // Its conference decision is recorded beside the section 47 decision, so the advisory passes too.
        for (String rule : List.of("DEC-S47-RECORDED", "DEC-S47-RATIONALE", "DEC-CONFERENCE-NOT-PURPOSE", "DEC-RISK",
                "DEC-CRIMINAL-INVESTIGATION", "DEC-VISIT", "DEC-MEDICAL", "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY",
                "DEC-CHILD-VOICE", "DEC-LEGAL")) {
            assertPassed(result, rule);
        }
    }

    @Test
    void aRecordOfNoDecisionsReportsEachDecisionGapInCatalogueOrder() {
        AuditResult result = TestRecord.load("complete-decisions.json").remove("/decisions").remove("/risk")
                .remove("/childVoice").check();
        List<String> decisionFindings = result.findings().stream().map(Finding::ruleId)
                .filter(id -> id.startsWith("DEC-")).toList();
        // No risk section: one DEC-RISK finding for level and analysis together.
        assertEquals(List.of("DEC-S47-RECORDED", "DEC-RISK", "DEC-CRIMINAL-INVESTIGATION", "DEC-MEDICAL",
                "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY", "DEC-CHILD-VOICE", "DEC-LEGAL"), decisionFindings);
        assertTrue(result.notApplicable().containsAll(List.of("DEC-S47-RATIONALE", "DEC-CONFERENCE-NOT-PURPOSE",
                "DEC-VISIT")), result::toString);
    }
}
