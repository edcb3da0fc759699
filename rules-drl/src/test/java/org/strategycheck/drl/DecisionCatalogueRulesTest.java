package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/**
 * Decision rules of the catalogue beyond the section 47 decision itself: whether the record
 * says what was decided, and why.
 */
class DecisionCatalogueRulesTest {

    private static final String POLICE = "/participants/2";

    /** A final record of a physical-abuse concern with a significant injury in which every decision is recorded. */
    private static TestRecord complete() {
        return TestRecord.load("complete-decisions.json");
    }

    private static TestRecord draft() {
        return complete().set("/status", "\"DRAFT\"");
    }

    private static List<List<String>> pointersOf(AuditResult result, String ruleId) {
        return findingsOf(result, ruleId).stream().map(Finding::pointers).toList();
    }

    @Nested
    class Section47Rationale {
        @Test
        void firesWhenTheSection47DecisionHasNoRationale() {
            AuditResult result = complete().remove("/decisions/section47Rationale").check();
            Finding finding = assertSingleFinding(result, "DEC-S47-RATIONALE", Severity.MAJOR,
                    "/decisions/section47Rationale");
            assertEquals("The section 47 decision is recorded without a rationale.", finding.message());
        }

        @Test
        void firesWhenTheRationaleIsBlank() {
            AuditResult result = complete().set("/decisions/section47Rationale", "\" \\t \"").check();
            assertSingleFinding(result, "DEC-S47-RATIONALE", Severity.MAJOR, "/decisions/section47Rationale");
        }

        @Test
        void firesWhenTheDecisionThatNoEnquiryIsRequiredHasNoRationale() {
            AuditResult result = TestRecord.preSchool().check();
            assertSingleFinding(result, "DEC-S47-RATIONALE", Severity.MAJOR, "/decisions/section47Rationale");
        }

        @Test
        void passesWhenARationaleIsRecorded() {
            assertPassed(complete().check(), "DEC-S47-RATIONALE");
        }

        @Test
        void doesNotApplyWhenNoSection47DecisionIsRecordedWhichIsReportedOnlyAsMissingDecision() {
            AuditResult result = complete().remove("/decisions/section47").remove("/decisions/section47Rationale").check();
            assertNotApplicable(result, "DEC-S47-RATIONALE");
            assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
        }

        @Test
        void appliesToADraft() {
            AuditResult result = draft().remove("/decisions/section47Rationale").check();
            assertSingleFinding(result, "DEC-S47-RATIONALE", Severity.MAJOR, "/decisions/section47Rationale");
        }
    }

    @Nested
    class ConferenceNotPurpose {
        @Test
        void firesWhenAConferenceIsToBeConvenedButNoSection47DecisionIsRecorded() {
            AuditResult result = complete().remove("/decisions/section47")
                    .set("/decisions/initialConference", "\"CONVENE\"").check();
            Finding finding = assertSingleFinding(result, "DEC-CONFERENCE-NOT-PURPOSE", Severity.ADVISORY,
                    "/decisions/initialConference", "/decisions/section47");
            assertEquals("A decision about a child protection conference is recorded but the section 47 decision "
                    + "is not: the discussion should centre on whether to start section 47 enquiries, from which "
                    + "any conference follows.", finding.message());
        }

        @Test
        void isReportedAlongsideTheMissingSection47DecisionOfAFinalRecord() {
            AuditResult result = complete().remove("/decisions/section47").check();
            assertSingleFinding(result, "DEC-CONFERENCE-NOT-PURPOSE", Severity.ADVISORY,
                    "/decisions/initialConference", "/decisions/section47");
            assertSingleFinding(result, "DEC-S47-RECORDED", Severity.CRITICAL, "/decisions/section47");
        }

        @Test
        void appliesToADraftWhereTheMissingSection47DecisionIsNotYetAGap() {
            AuditResult result = draft().remove("/decisions/section47").check();
            assertSingleFinding(result, "DEC-CONFERENCE-NOT-PURPOSE", Severity.ADVISORY,
                    "/decisions/initialConference", "/decisions/section47");
            assertNotApplicable(result, "DEC-S47-RECORDED");
        }

        /** Where it applies, the record has decided on a conference and not on section 47: never a pass. */
        @ParameterizedTest
        @ValueSource(strings = {"CONVENE", "NOT_REQUIRED", "TO_BE_DECIDED"})
        void firesForAnyConferenceDecisionWithoutTheSection47Decision(String conference) {
            AuditResult result = complete().remove("/decisions/section47")
                    .set("/decisions/initialConference", "\"" + conference + "\"").check();
            assertSingleFinding(result, "DEC-CONFERENCE-NOT-PURPOSE", Severity.ADVISORY,
                    "/decisions/initialConference", "/decisions/section47");
        }

        @Test
        void doesNotApplyWhenTheSection47DecisionIsRecorded() {
            AuditResult result = complete().set("/decisions/initialConference", "\"CONVENE\"").check();
            assertNotApplicable(result, "DEC-CONFERENCE-NOT-PURPOSE");
        }

        @Test
        void doesNotApplyWhenNoConferenceDecisionIsRecorded() {
            AuditResult result = complete().remove("/decisions/section47").remove("/decisions/initialConference").check();
            assertNotApplicable(result, "DEC-CONFERENCE-NOT-PURPOSE");
        }
    }

    @Nested
    class Risk {
        @Test
        void firesWhenTheLevelIsNotStated() {
            AuditResult result = complete().remove("/risk/level").check();
            Finding finding = assertSingleFinding(result, "DEC-RISK", Severity.MAJOR, "/risk/level");
            assertEquals("The level of risk is not stated.", finding.message());
        }

        @Test
        void firesWhenTheAnalysisIsBlank() {
            AuditResult result = complete().set("/risk/analysis", "\"   \"").check();
            Finding finding = assertSingleFinding(result, "DEC-RISK", Severity.MAJOR, "/risk/analysis");
            assertEquals("The risk analysis is not recorded.", finding.message());
        }

        @Test
        void reportsTheAnalysisAndTheLevelAsSeparateGapsWhenTheSectionIsAbsent() {
            AuditResult result = complete().remove("/risk").check();
            assertEquals(List.of(List.of("/risk/analysis"), List.of("/risk/level")), pointersOf(result, "DEC-RISK"));
            assertEquals(List.of(Severity.MAJOR, Severity.MAJOR),
                    findingsOf(result, "DEC-RISK").stream().map(Finding::severity).toList());
        }

        @Test
        void passesWhenTheLevelIsStatedAndTheAnalysisRecorded() {
            assertPassed(complete().check(), "DEC-RISK");
        }

        @Test
        void passesForALowLevel() {
            assertPassed(complete().set("/risk/level", "\"LOW\"").check(), "DEC-RISK");
        }

        @Test
        void appliesToEveryRecordIncludingADraft() {
            AuditResult result = TestRecord.preSchool().set("/status", "\"DRAFT\"").check();
            assertEquals(List.of(List.of("/risk/analysis"), List.of("/risk/level")), pointersOf(result, "DEC-RISK"));
        }
    }

    @Nested
    class CriminalInvestigation {
        @Test
        void firesWhenThePoliceAttendedAndNoDecisionIsRecorded() {
            AuditResult result = complete().remove("/decisions/criminalInvestigation").check();
            Finding finding = assertSingleFinding(result, "DEC-CRIMINAL-INVESTIGATION", Severity.MAJOR,
                    "/decisions/criminalInvestigation");
            assertEquals("The police attended but the decision on a criminal investigation is not recorded.",
                    finding.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"YES", "NO", "TO_BE_DECIDED"})
        void passesWhateverTheRecordedDecision(String decision) {
            AuditResult result = complete().set("/decisions/criminalInvestigation", "\"" + decision + "\"").check();
            assertPassed(result, "DEC-CRIMINAL-INVESTIGATION");
        }

        @Test
        void doesNotApplyWhenThePoliceAreRecordedAsNotAttending() {
            AuditResult result = complete().set(POLICE + "/attended", "false")
                    .remove("/decisions/criminalInvestigation").check();
            assertNotApplicable(result, "DEC-CRIMINAL-INVESTIGATION");
        }

        @Test
        void doesNotApplyWhenThePoliceOnlyContributedInWriting() {
            AuditResult result = complete().set(POLICE + "/attended", "false")
                    .set(POLICE + "/contributedInWriting", "true").remove("/decisions/criminalInvestigation").check();
            assertNotApplicable(result, "DEC-CRIMINAL-INVESTIGATION");
        }

        @Test
        void doesNotApplyWhenPoliceAttendanceIsNotRecorded() {
            AuditResult result = complete().set(POLICE + "/attended", "null")
                    .remove("/decisions/criminalInvestigation").check();
            assertNotApplicable(result, "DEC-CRIMINAL-INVESTIGATION");
        }

        @Test
        void doesNotApplyWhenNoPoliceOfficerTookPart() {
            AuditResult result = complete().remove(POLICE).remove("/decisions/criminalInvestigation").check();
            assertNotApplicable(result, "DEC-CRIMINAL-INVESTIGATION");
        }

        @Test
        void appliesToADraftWhenThePoliceAttended() {
            AuditResult result = draft().remove("/decisions/criminalInvestigation").check();
            assertSingleFinding(result, "DEC-CRIMINAL-INVESTIGATION", Severity.MAJOR, "/decisions/criminalInvestigation");
        }
    }

    @Nested
    class Visit {
        @Test
        void firesWhenTheVisitDecisionIsNotRecorded() {
            AuditResult result = complete().remove("/decisions/visit").check();
            Finding finding = assertSingleFinding(result, "DEC-VISIT", Severity.MINOR, "/decisions/visit");
            assertEquals("Section 47 enquiries were decided but the decision on a joint or single-agency visit "
                    + "is not recorded.", finding.message());
        }

        @Test
        void firesDifferentlyWhenRecordedAsNoVisit() {
            AuditResult result = complete().set("/decisions/visit", "\"NONE\"").check();
            Finding finding = assertSingleFinding(result, "DEC-VISIT", Severity.MINOR, "/decisions/visit");
            assertEquals("Section 47 enquiries were decided but the record says the child will not be visited "
                    + "(neither jointly nor by a single agency).", finding.message());
        }

        @Test
        void firesWhenTheVisitDecisionHasNoRationale() {
            AuditResult result = complete().remove("/decisions/visitRationale").check();
            Finding finding = assertSingleFinding(result, "DEC-VISIT", Severity.MINOR, "/decisions/visitRationale");
            assertEquals("The visit decision is recorded without a rationale.", finding.message());
        }

        @Test
        void reportsOnlyTheMissingDecisionWhenNeitherDecisionNorRationaleIsRecorded() {
            AuditResult result = complete().remove("/decisions/visit").remove("/decisions/visitRationale").check();
            assertSingleFinding(result, "DEC-VISIT", Severity.MINOR, "/decisions/visit");
        }

        @Test
        void reportsNoVisitAndAMissingRationaleAsTwoGaps() {
            AuditResult result = complete().set("/decisions/visit", "\"NONE\"").remove("/decisions/visitRationale").check();
            assertEquals(List.of(List.of("/decisions/visit"), List.of("/decisions/visitRationale")),
                    pointersOf(result, "DEC-VISIT"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"JOINT", "SINGLE_AGENCY"})
        void passesWhenAVisitIsDecidedWithARationale(String visit) {
            assertPassed(complete().set("/decisions/visit", "\"" + visit + "\"").check(), "DEC-VISIT");
        }

        @Test
        void appliesWhenSection47EnquiriesContinue() {
            AuditResult result = complete().set("/decisions/section47", "\"CONTINUE\"").remove("/decisions/visit").check();
            assertSingleFinding(result, "DEC-VISIT", Severity.MINOR, "/decisions/visit");
        }

        @Test
        void doesNotApplyWhenNoSection47EnquiryIsRequired() {
            AuditResult result = complete().set("/decisions/section47", "\"NOT_REQUIRED\"")
                    .remove("/decisions/visit").check();
            assertNotApplicable(result, "DEC-VISIT");
        }

        @Test
        void doesNotApplyWhenNoSection47DecisionIsRecorded() {
            AuditResult result = complete().remove("/decisions/section47").remove("/decisions/visit").check();
            assertNotApplicable(result, "DEC-VISIT");
        }
    }

    @Nested
    class Medical {
        private TestRecord nonMobileInjury() {
            return complete().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]");
        }

        @Test
        void firesWhenTheMedicalDecisionIsNotRecorded() {
            AuditResult result = complete().remove("/decisions/medical").check();
            Finding finding = assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medical");
            assertEquals("The decision on a medical examination is not recorded.", finding.message());
        }

        @Test
        void firesWhenTheMedicalDecisionHasNoRationale() {
            AuditResult result = complete().set("/decisions/medicalRationale", "\"\"").check();
            Finding finding = assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medicalRationale");
            assertEquals("The decision on a medical examination is recorded without a rationale.", finding.message());
        }

        @Test
        void reportsOnlyTheMissingDecisionWhenNeitherDecisionNorRationaleIsRecorded() {
            AuditResult result = complete().remove("/decisions/medical").remove("/decisions/medicalRationale").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medical");
        }

        @Test
        void passesWhenTheDecisionAndItsRationaleAreRecorded() {
            assertPassed(complete().check(), "DEC-MEDICAL");
        }

        @Test
        void passesWhenAMedicalIsRecordedAsNotRequiredWithARationale() {
            assertPassed(complete().set("/decisions/medical", "\"NOT_REQUIRED\"").check(), "DEC-MEDICAL");
        }

        @Test
        void isCriticalWhenANonMobileChildsMedicalDecisionIsNotRecorded() {
            AuditResult result = nonMobileInjury().remove("/decisions/medical").check();
            Finding finding = assertSingleFinding(result, "DEC-MEDICAL", Severity.CRITICAL, "/decisions/medical");
            assertEquals("A non-mobile child is injured but the decision on a medical examination, or its rationale, "
                    + "is not recorded.", finding.message());
        }

        @Test
        void isCriticalWhenANonMobileChildsMedicalDecisionHasNoRationale() {
            AuditResult result = nonMobileInjury().remove("/decisions/medicalRationale").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.CRITICAL, "/decisions/medicalRationale");
        }

        @Test
        void isReportedOnceAsCriticalWhenANonMobileInjuryIsAlsoPhysicalAbuseWithASignificantInjury() {
            AuditResult result = complete().set("/concern/categories", "[\"PHYSICAL_ABUSE\",\"INJURY_NON_MOBILE_CHILD\"]")
                    .remove("/decisions/medical").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.CRITICAL, "/decisions/medical");
        }

        @Test
        void passesForANonMobileChildWhenTheDecisionAndRationaleAreRecorded() {
            assertPassed(nonMobileInjury().check(), "DEC-MEDICAL");
        }

        @Test
        void appliesToSexualAbuseWithoutAnInjury() {
            AuditResult result = complete().set("/concern/categories", "[\"SEXUAL_ABUSE\"]")
                    .set("/concern/significantInjury", "false").remove("/decisions/medical").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medical");
        }

        @Test
        void appliesWhenRecentSexualAbuseIsAllegedThoughNotCategorised() {
            AuditResult result = complete().set("/concern/categories", "[\"NEGLECT\"]")
                    .set("/concern/significantInjury", "false").set("/concern/recentSexualAbuse", "true")
                    .remove("/decisions/medical").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medical");
        }

        @Test
        void doesNotApplyToPhysicalAbuseWithoutASignificantInjury() {
            AuditResult result = complete().set("/concern/significantInjury", "false").remove("/decisions/medical").check();
            assertNotApplicable(result, "DEC-MEDICAL");
        }

        @Test
        void doesNotApplyToPhysicalAbuseWhenASignificantInjuryIsNotRecorded() {
            AuditResult result = complete().remove("/concern/significantInjury").remove("/decisions/medical").check();
            assertNotApplicable(result, "DEC-MEDICAL");
        }

        @Test
        void doesNotApplyToASignificantInjuryOutsidePhysicalAbuse() {
            AuditResult result = complete().set("/concern/categories", "[\"NEGLECT\"]").remove("/decisions/medical").check();
            assertNotApplicable(result, "DEC-MEDICAL");
        }

        @Test
        void appliesToADraft() {
            AuditResult result = draft().remove("/decisions/medical").check();
            assertSingleFinding(result, "DEC-MEDICAL", Severity.MAJOR, "/decisions/medical");
        }
    }

    @Nested
    class FamilyInformation {
        @Test
        void firesWhenNothingIsRecordedOnSharingWithTheFamily() {
            AuditResult result = complete().remove("/decisions/informationSharingWithFamily").check();
            Finding finding = assertSingleFinding(result, "DEC-FAMILY-INFORMATION", Severity.MAJOR,
                    "/decisions/informationSharingWithFamily");
            assertEquals("What will be shared with the child and family, or why it is withheld, is not recorded.",
                    finding.message());
        }

        @Test
        void firesWhenTheEntryIsBlank() {
            AuditResult result = complete().set("/decisions/informationSharingWithFamily", "\"\"").check();
            assertSingleFinding(result, "DEC-FAMILY-INFORMATION", Severity.MAJOR, "/decisions/informationSharingWithFamily");
        }

        @Test
        void passesWhenARecordedReasonForWithholdingInformationIsAllThereIs() {
            AuditResult result = complete().set("/decisions/informationSharingWithFamily",
                    "\"Not shared until the child is seen: sharing could put the child at risk.\"").check();
            assertPassed(result, "DEC-FAMILY-INFORMATION");
        }

        @Test
        void doesNotApplyToADraft() {
            AuditResult result = draft().remove("/decisions/informationSharingWithFamily").check();
            assertNotApplicable(result, "DEC-FAMILY-INFORMATION");
        }
    }

    @Nested
    class ImmediateSafety {
        @Test
        void firesWhenImmediateProtectionIsNotRecorded() {
            AuditResult result = complete().remove("/decisions/immediateSafety").check();
            Finding finding = assertSingleFinding(result, "DEC-IMMEDIATE-SAFETY", Severity.MAJOR,
                    "/decisions/immediateSafety");
            assertEquals("The immediate and short-term protection and support for the child is not recorded.",
                    finding.message());
        }

        @Test
        void firesWhenTheEntryIsBlank() {
            AuditResult result = complete().set("/decisions/immediateSafety", "\"\\n\"").check();
            assertSingleFinding(result, "DEC-IMMEDIATE-SAFETY", Severity.MAJOR, "/decisions/immediateSafety");
        }

        @Test
        void passesWhenRecorded() {
            assertPassed(complete().check(), "DEC-IMMEDIATE-SAFETY");
        }

        @Test
        void doesNotApplyToADraft() {
            AuditResult result = draft().remove("/decisions/immediateSafety").check();
            assertNotApplicable(result, "DEC-IMMEDIATE-SAFETY");
        }
    }

    @Nested
    class ChildVoice {
        private static final String UNBORN = "{\"ref\":\"C1\",\"expectedDueDate\":\"2024-08-01\"}";

        @Test
        void firesWhenNeitherTheChildsViewsNorHowTheChildWillBeSeenIsRecorded() {
            AuditResult result = complete().remove("/childVoice").check();
            Finding finding = assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
            assertEquals("Neither the child's views nor how the child will be seen is recorded.", finding.message());
        }

        @Test
        void firesWhenBothAreBlank() {
            AuditResult result = complete().set("/childVoice/views", "\" \"")
                    .set("/childVoice/howChildWillBeSeen", "\"\"").check();
            assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
        }

        @Test
        void firesWhenOnlyWhetherTheChildWasSeenAloneIsRecorded() {
            AuditResult result = complete().remove("/childVoice/views").remove("/childVoice/howChildWillBeSeen").check();
            assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
        }

        @Test
        void passesWithTheChildsViewsAlone() {
            assertPassed(complete().remove("/childVoice/howChildWillBeSeen").check(), "DEC-CHILD-VOICE");
        }

        @Test
        void passesWithHowTheChildWillBeSeenAlone() {
            assertPassed(complete().remove("/childVoice/views").check(), "DEC-CHILD-VOICE");
        }

        @Test
        void doesNotApplyWhenTheOnlyChildIsUnborn() {
            AuditResult result = complete().set("/children", "[" + UNBORN + "]").remove("/childVoice").check();
            assertNotApplicable(result, "DEC-CHILD-VOICE");
        }

        @Test
        void appliesWhenAnUnbornChildHasABornSibling() {
            AuditResult result = complete().set("/children", "[" + UNBORN + "]")
                    .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2020-03-01\"}").remove("/childVoice").check();
            assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
        }

        @Test
        void appliesWhenTheDateOfBirthIsNotRecorded() {
            AuditResult result = complete().set("/children", "[{\"ref\":\"C1\"}]").remove("/childVoice").check();
            assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
        }

        @Test
        void appliesToADraft() {
            AuditResult result = draft().remove("/childVoice").check();
            assertSingleFinding(result, "DEC-CHILD-VOICE", Severity.MAJOR,
                    "/childVoice/views", "/childVoice/howChildWillBeSeen");
        }
    }

    @Nested
    class Legal {
        @Test
        void firesWhenLegalActionIsNotRecordedAsConsidered() {
            AuditResult result = complete().remove("/decisions/legalAction").check();
            Finding finding = assertSingleFinding(result, "DEC-LEGAL", Severity.ADVISORY, "/decisions/legalAction");
            assertEquals("Whether legal action was considered is not recorded.", finding.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"YES", "NO", "CONSIDERED"})
        void passesWhateverTheRecordedDecision(String decision) {
            assertPassed(complete().set("/decisions/legalAction", "\"" + decision + "\"").check(), "DEC-LEGAL");
        }

        @Test
        void doesNotApplyToADraft() {
            AuditResult result = draft().remove("/decisions/legalAction").check();
            assertNotApplicable(result, "DEC-LEGAL");
        }
    }

    @Test
    void aRecordWithEveryDecisionRecordedPassesEveryDecisionRuleThatApplies() {
        AuditResult result = complete().check();
        for (String rule : List.of("DEC-S47-RECORDED", "DEC-S47-RATIONALE", "DEC-RISK", "DEC-CRIMINAL-INVESTIGATION",
                "DEC-VISIT", "DEC-MEDICAL", "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY", "DEC-CHILD-VOICE",
                "DEC-LEGAL")) {
            assertPassed(result, rule);
        }
        assertNotApplicable(result, "DEC-CONFERENCE-NOT-PURPOSE");
    }

    @Test
    void aRecordOfNoDecisionsReportsEachGapInCatalogueOrder() {
        AuditResult result = complete().remove("/decisions").remove("/risk").remove("/childVoice").check();
        List<String> decisionFindings = result.findings().stream().map(Finding::ruleId)
                .filter(id -> id.startsWith("DEC-")).toList();
        assertEquals(List.of("DEC-S47-RECORDED", "DEC-RISK", "DEC-RISK", "DEC-CRIMINAL-INVESTIGATION", "DEC-MEDICAL",
                "DEC-FAMILY-INFORMATION", "DEC-IMMEDIATE-SAFETY", "DEC-CHILD-VOICE", "DEC-LEGAL"), decisionFindings);
        assertTrue(result.notApplicable().containsAll(List.of("DEC-S47-RATIONALE", "DEC-CONFERENCE-NOT-PURPOSE",
                "DEC-VISIT")), result::toString);
    }
}
