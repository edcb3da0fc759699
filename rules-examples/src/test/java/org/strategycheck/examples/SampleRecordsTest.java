package org.strategycheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        // An infant: the school rules do not apply, the health-visitor rule does.
        assertEquals(List.of("ATT-SCHOOL-NURSE", "ATT-SCHOOL"), result.notApplicable());
    }

    @Test
    void schoolNurseIsNotTheSchool() throws IOException {
        AuditResult result = check("school-nurse-not-school.json");
        assertEquals("SD-SAMPLE-0002", result.recordId());
        assertEquals(List.of(
                "ATT-SCHOOL MAJOR /participants",
                "INF-IDENTITY MAJOR /identity/ethnicity,/identity/culture,/identity/identity,/identity/discrimination",
                "ACT-OWNER-NAMED MAJOR /actions/0/owner/name",
                "ACT-DUE-DATE MAJOR /actions/1/dueBy"), findings(result));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, result.grade());
        assertEquals(List.of("ATT-HEALTH-VISITOR"), result.notApplicable());
    }

    @Test
    void draftOfA2019DiscussionAboutAThreeYearOld() throws IOException {
        AuditResult result = check("draft-no-decision.json");
        assertEquals("SD-SAMPLE-0003", result.recordId());
        assertEquals(List.of(
                "ATT-HEALTH-INVITED CRITICAL /participants",
                "ATT-HEALTH-ATTENDED MAJOR /participants",
                "ATT-HEALTH-VISITOR MAJOR /participants",
                "INF-IDENTITY MAJOR /identity/ethnicity,/identity/culture,/identity/identity,/identity/discrimination"),
                findings(result));
        assertEquals(Grade.INADEQUATE, result.grade());
        // Three at the meeting: health-visitor rules apply, school rules do not; a draft has no s47 duty yet; no actions.
        assertEquals(List.of("ATT-SCHOOL-NURSE", "ATT-SCHOOL", "DEC-S47-RECORDED", "ACT-OWNER-NAMED", "ACT-DUE-DATE"),
                result.notApplicable());
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
}
