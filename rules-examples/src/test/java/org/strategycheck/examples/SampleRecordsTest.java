package org.strategycheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Grade;
import org.strategycheck.StrategyCheck;

/**
 * The bundled sample records give exactly the findings their content implies under the rule
 * catalogue: the full set, not a subset. Each finding is written {@code RULE SEVERITY pointers}.
 */
class SampleRecordsTest {

    private static final StrategyCheck CHECKER = StrategyCheck.create();

    private static AuditResult check(String sample) throws IOException {
        return CHECKER.check(Files.readAllBytes(Path.of("samples", sample)));
    }

    private static List<String> findings(AuditResult result) {
        return result.findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + String.join(",", f.pointers())).toList();
    }

    @Test
    void goodInfantInjuryHasNoFindings() throws IOException {
        AuditResult result = check("good-infant-injury.json");
        assertEquals("SD-SAMPLE-0001", result.recordId());
        assertEquals(List.of(), findings(result));
        assertEquals(Grade.GOOD, result.grade());
        // An infant: the school rules do not apply, the health-visitor and paediatrician rules do. Its
        // conference decision sits beside the section 47 decision, so the conference advisory passes.
        assertEquals(List.of("ATT-SCHOOL-NURSE", "ATT-SCHOOL", "ATT-EARLY-YEARS", "ATT-MIDWIFE", "ATT-YOUTH-JUSTICE",
                "ATT-GP", "INF-MARAC", "TIM-EMERGENCY-24H", "CT-NAMED-PROFESSIONAL"), result.notApplicable());
        assertTrue(result.passed().contains("DEC-CONFERENCE-NOT-PURPOSE"), result::toString);
    }

    @Test
    void schoolNurseIsNotTheSchool() throws IOException {
        AuditResult result = check("school-nurse-not-school.json");
        assertEquals("SD-SAMPLE-0002", result.recordId());
        assertEquals(List.of(
                "ATT-SCHOOL MAJOR /participants",
                "ATT-INVOLVED-SERVICE MAJOR /involvedServices/0",
                "DEC-VISIT MINOR /decisions/visitRationale",
                "DEC-LEGAL ADVISORY /decisions/legalAction",
                "INF-HISTORY MAJOR /history/currentInvolvementRecorded",
                "INF-IDENTITY MAJOR /identity/ethnicity,/identity/culture,/identity/identity,/identity/discrimination",
                "INF-MARAC MAJOR /marac/actionsConsidered",
                "ACT-OWNER-NAMED MAJOR /actions/0/owner/name",
                "ACT-DUE-DATE MAJOR /actions/1/dueBy",
                "REC-MINUTES-TIMELY MINOR /minutes/circulatedOn",
                "REC-MINUTES-RECIPIENTS MINOR /minutes/circulatedTo"), findings(result));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, result.grade());
        assertEquals(List.of("ATT-HEALTH-VISITOR", "ATT-EARLY-YEARS", "ATT-MIDWIFE", "ATT-PAEDIATRICIAN",
                "ATT-YOUTH-JUSTICE", "ATT-GP", "DEC-CONFERENCE-NOT-PURPOSE", "DEC-MEDICAL", "TIM-EMERGENCY-24H",
                "TIM-SAME-DAY", "REC-FORMAT", "CT-NAMED-PROFESSIONAL"), result.notApplicable());
    }

    @Test
    void draftOfA2019DiscussionAboutAThreeYearOld() throws IOException {
        AuditResult result = check("draft-no-decision.json");
        assertEquals("SD-SAMPLE-0003", result.recordId());
        assertEquals(List.of(
                "ATT-HEALTH-INVITED CRITICAL /participants",
                "ATT-SOCIAL-CARE CRITICAL /participants",
                "ATT-HEALTH-VISITOR MAJOR /participants",
                "DEC-RISK MAJOR /risk/level,/risk/analysis",
                "DEC-CRIMINAL-INVESTIGATION MAJOR /decisions/criminalInvestigation",
                "DEC-MEDICAL MAJOR /decisions/medical",
                "DEC-CHILD-VOICE MAJOR /childVoice/views,/childVoice/howChildWillBeSeen",
                "INF-SIGNIFICANT-OTHERS MAJOR /significantOthers",
                "INF-HISTORY MINOR /history/previousInvolvementRecorded,/history/currentInvolvementRecorded",
                "INF-IDENTITY MAJOR /identity/ethnicity,/identity/culture,/identity/identity,/identity/discrimination",
                "TIM-PROMPT MAJOR /heldAt,/concern/identifiedAt,/timingRationale"), findings(result));
        assertEquals(Grade.INADEQUATE, result.grade());
        // Three at the 2019 meeting: health-visitor rules apply, school rules do not; no health professional was
        // invited, so whether one took part is not asked too; a draft owes no s47 decision, minutes or family
        // information yet; it records no actions.
        assertEquals(List.of("ATT-HEALTH-ATTENDED", "ATT-SCHOOL-NURSE", "ATT-SCHOOL", "ATT-EARLY-YEARS", "ATT-MIDWIFE",
                "ATT-PAEDIATRICIAN", "ATT-REFERRER", "ATT-YOUTH-JUSTICE", "ATT-INVOLVED-SERVICE", "ATT-GP",
                "DEC-S47-RECORDED", "DEC-S47-RATIONALE", "DEC-CONFERENCE-NOT-PURPOSE", "DEC-VISIT", "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY", "DEC-LEGAL",
                "INF-MARAC", "ACT-OWNER-NAMED", "ACT-DUE-DATE", "ACT-DUE-DATE-BEFORE-MEETING", "ACT-PLAN-EXISTS",
                "TIM-EMERGENCY-24H", "TIM-SAME-DAY", "REC-MINUTES-CIRCULATED", "REC-MINUTES-TIMELY",
                "REC-MINUTES-RECIPIENTS", "REC-FORMAT", "CT-NAMED-PROFESSIONAL"), result.notApplicable());
    }

    @Test
    void actionsWithoutOwnersGiveOneFindingEach() throws IOException {
        AuditResult result = check("actions-without-owners.json");
        assertEquals(List.of(
                "ACT-OWNER-NAMED MAJOR /actions/0/owner/name",
                "ACT-OWNER-NAMED MAJOR /actions/3/owner/name",
                "ACT-DUE-DATE CRITICAL /actions/1/dueBy"), findings(result));
        assertEquals(Grade.INADEQUATE, result.grade());
    }

    @Test
    void goodSchoolAgeAndPreBirthSamplesHaveNoFindings() throws IOException {
        assertEquals(List.of(), findings(check("good-school-age-physical.json")));
        assertEquals(List.of(), findings(check("pre-birth-midwife.json")));
    }

    @Test
    void everyRecordOfTheBatchFileIsGood() throws IOException {
        for (String line : Files.readAllLines(Path.of("samples", "batch.jsonl"))) {
            assertEquals(List.of(), findings(CHECKER.check(line)), line.substring(0, 60));
        }
    }
}
