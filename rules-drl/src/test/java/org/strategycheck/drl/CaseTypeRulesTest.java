package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/** Case-type rules: what particular kinds of concern need beyond the common checks. */
class CaseTypeRulesTest {

    private static TestRecord youthViolence() {
        return TestRecord.load("complete-decisions.json")
                .set("/concern/categories", "[\"SERIOUS_YOUTH_VIOLENCE\"]")
                .set("/namedProfessional", "{\"name\":\"Youth worker\",\"agency\":\"YOUTH_JUSTICE\",\"role\":\"YOUTH_WORKER\"}");
    }

    @Test
    void namedProfessionalFiresForSeriousYouthViolenceWithoutOne() {
        AuditResult result = youthViolence().remove("/namedProfessional").check();
        Finding finding = assertSingleFinding(result, "CT-NAMED-PROFESSIONAL", Severity.MAJOR, "/namedProfessional/name");
        assertEquals("No named, trusted professional is identified for the young person.", finding.message());
    }

    @Test
    void namedProfessionalFiresForCriminalExploitationWithoutOne() {
        AuditResult result = youthViolence().set("/concern/categories", "[\"NEGLECT\",\"CHILD_CRIMINAL_EXPLOITATION\"]")
                .remove("/namedProfessional").check();
        assertSingleFinding(result, "CT-NAMED-PROFESSIONAL", Severity.MAJOR, "/namedProfessional/name");
    }

    @Test
    void namedProfessionalFiresWhenOnlyAnAgencyAndRoleAreGiven() {
        AuditResult result = youthViolence().remove("/namedProfessional/name").check();
        assertSingleFinding(result, "CT-NAMED-PROFESSIONAL", Severity.MAJOR, "/namedProfessional/name");
    }

    @Test
    void namedProfessionalFiresWhenTheNameIsBlank() {
        AuditResult result = youthViolence().set("/namedProfessional/name", "\"  \"").check();
        assertSingleFinding(result, "CT-NAMED-PROFESSIONAL", Severity.MAJOR, "/namedProfessional/name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERIOUS_YOUTH_VIOLENCE", "CHILD_CRIMINAL_EXPLOITATION"})
    void namedProfessionalPassesWhenOneIsNamed(String category) {
        AuditResult result = youthViolence().set("/concern/categories", "[\"" + category + "\"]").check();
        assertPassed(result, "CT-NAMED-PROFESSIONAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHYSICAL_ABUSE", "CHILD_SEXUAL_EXPLOITATION", "MISSING"})
    void namedProfessionalDoesNotApplyToOtherConcerns(String category) {
        AuditResult result = youthViolence().set("/concern/categories", "[\"" + category + "\"]")
                .remove("/namedProfessional").check();
        assertNotApplicable(result, "CT-NAMED-PROFESSIONAL");
    }

    @Test
    void namedProfessionalDoesNotApplyWhenNoCategoryIsRecorded() {
        AuditResult result = youthViolence().remove("/concern/categories").remove("/namedProfessional").check();
        assertNotApplicable(result, "CT-NAMED-PROFESSIONAL");
    }

    @Test
    void namedProfessionalAppliesToADraft() {
        AuditResult result = youthViolence().set("/status", "\"DRAFT\"").remove("/namedProfessional").check();
        assertSingleFinding(result, "CT-NAMED-PROFESSIONAL", Severity.MAJOR, "/namedProfessional/name");
    }
}
