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

/**
 * Attendance rules beyond health and school: police, social care, early years, midwife,
 * paediatrician, referrer, youth justice, the services known to the family, the GP, and
 * whether those who attended could make decisions.
 *
 * <p>In the school-age record, participants are 0 social worker, 1 team manager, 2 police
 * (detective sergeant), 3 school nurse, 4 school (Example Primary); in the pre-school record,
 * 0 social worker, 1 police officer, 2 health visitor.
 */
class AttendanceCatalogueRulesTest {

    private static final String SOCIAL_WORKER = "/participants/0";
    private static final String TEAM_MANAGER = "/participants/1";
    private static final String POLICE = "/participants/2";
    private static final String SCHOOL_NURSE = "/participants/3";

    private static TestRecord preBirth() {
        return TestRecord.preSchool().set("/children/0/dateOfBirth", "null")
                .set("/children/0/expectedDueDate", "\"2024-08-01\"").set("/children/0/education", "null");
    }

    private static List<Finding> assertFindings(AuditResult result, String ruleId, int count) {
        List<Finding> findings = findingsOf(result, ruleId);
        assertEquals(count, findings.size(), () -> ruleId + " findings in " + result);
        return findings;
    }

    @Nested
    class Police {
        @Test
        void firesWhenInvitedPoliceNeitherAttendedNorWroteAndPointsAtThem() {
            AuditResult result = TestRecord.schoolAge().set(POLICE + "/attended", "false").check();
            Finding finding = assertSingleFinding(result, "ATT-POLICE", Severity.CRITICAL, POLICE);
            assertEquals("The police were invited but no police officer attended or contributed in writing.",
                    finding.message());
        }

        @Test
        void firesWhenPoliceWereNotInvited() {
            AuditResult result = TestRecord.schoolAge().remove(POLICE).check();
            Finding finding = assertSingleFinding(result, "ATT-POLICE", Severity.CRITICAL, "/participants");
            assertEquals("The police were not invited to the strategy discussion, so no police officer attended or "
                    + "contributed in writing.", finding.message());
        }

        @Test
        void firesWhenThePoliceParticipantIsRecordedAsNotInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .set(POLICE + "/invited", "false").set(POLICE + "/attended", "null").check();
            assertSingleFinding(result, "ATT-POLICE", Severity.CRITICAL, "/participants");
        }

        @Test
        void pointsAtEveryInvitedPoliceParticipantWhenNoneTookPart() {
            AuditResult result = TestRecord.schoolAge().set(POLICE + "/attended", "null")
                    .add("/participants", "{\"agency\":\"POLICE\",\"role\":\"POLICE_OFFICER\",\"invited\":true,\"attended\":false}")
                    .check();
            assertSingleFinding(result, "ATT-POLICE", Severity.CRITICAL, POLICE, "/participants/5");
        }

        @Test
        void passesWhenPoliceContributedInWritingWithoutAttending() {
            AuditResult result = TestRecord.schoolAge()
                    .set(POLICE + "/attended", "false").set(POLICE + "/contributedInWriting", "true").check();
            assertPassed(result, "ATT-POLICE");
        }

        @Test
        void passesWhenPoliceAttended() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-POLICE");
            assertPassed(TestRecord.preSchool().check(), "ATT-POLICE");
        }

        @Test
        void appliesToEveryRecordIncludingADraft() {
            AuditResult draft = TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/participants/1").check();
            assertSingleFinding(draft, "ATT-POLICE", Severity.CRITICAL, "/participants");
        }
    }

    @Nested
    class SocialCare {
        @Test
        void firesWhenNoSocialWorkerAttended() {
            AuditResult result = TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false").check();
            Finding finding = assertSingleFinding(result, "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants");
            assertEquals("No children's social care social worker attended the strategy discussion.", finding.message());
        }

        @Test
        void firesWhenNoManagerAttended() {
            AuditResult result = TestRecord.preSchool().check();
            Finding finding = assertSingleFinding(result, "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants");
            assertEquals("No children's social care manager (team manager or chair) attended the strategy discussion.",
                    finding.message());
        }

        @Test
        void reportsTheSocialWorkerAndTheManagerAsTwoGaps() {
            AuditResult result = TestRecord.schoolAge().remove(TEAM_MANAGER).remove(SOCIAL_WORKER).check();
            List<Finding> findings = assertFindings(result, "ATT-SOCIAL-CARE", 2);
            assertEquals(List.of("ATT-SOCIAL-CARE", "ATT-SOCIAL-CARE.manager"),
                    findings.stream().map(Finding::messageKey).sorted().toList());
            findings.forEach(f -> assertEquals(Severity.CRITICAL, f.severity()));
        }

        @Test
        void passesWithASocialWorkerAndATeamManager() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-SOCIAL-CARE");
        }

        @Test
        void passesWithAChairAsTheManager() {
            AuditResult result = TestRecord.schoolAge().set(TEAM_MANAGER + "/role", "\"CHAIR\"").check();
            assertPassed(result, "ATT-SOCIAL-CARE");
        }

        @Test
        void aChairFromAnotherAgencyIsNotTheSocialCareManager() {
            AuditResult result = TestRecord.schoolAge().set(TEAM_MANAGER + "/agency", "\"POLICE\"")
                    .set(TEAM_MANAGER + "/role", "\"CHAIR\"").check();
            assertEquals("ATT-SOCIAL-CARE.manager",
                    assertSingleFinding(result, "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants").messageKey());
        }

        @Test
        void contributingInWritingIsNotAttending() {
            AuditResult result = TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false")
                    .set(SOCIAL_WORKER + "/contributedInWriting", "true").check();
            assertSingleFinding(result, "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants");
        }

        @Test
        void attendanceNotRecordedIsNotAttendance() {
            AuditResult result = TestRecord.schoolAge().set(TEAM_MANAGER + "/attended", "null").check();
            assertEquals("ATT-SOCIAL-CARE.manager",
                    assertSingleFinding(result, "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants").messageKey());
        }

        @Test
        void appliesToEveryRecordIncludingADraft() {
            AuditResult draft = TestRecord.schoolAge().set("/status", "\"DRAFT\"").check();
            assertPassed(draft, "ATT-SOCIAL-CARE");
        }
    }

    @Nested
    class EarlyYears {
        private TestRecord atNursery() {
            return TestRecord.preSchool().set("/children/0/education", "\"EARLY_YEARS\"");
        }

        @Test
        void firesWhenAPreSchoolChildsNurseryIsNotInvited() {
            AuditResult result = atNursery().check();
            Finding finding = assertSingleFinding(result, "ATT-EARLY-YEARS", Severity.MINOR, "/participants");
            assertEquals("A child under school age attends an early years setting (nursery or childminder) but the "
                    + "setting was not invited.", finding.message());
        }

        @Test
        void passesWhenTheEarlyYearsSettingIsInvited() {
            AuditResult result = atNursery().add("/participants",
                    "{\"agency\":\"EARLY_YEARS\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":true}").check();
            assertPassed(result, "ATT-EARLY-YEARS");
        }

        @Test
        void passesWhenAnEarlyYearsPractitionerOfASchoolNurseryIsInvited() {
            AuditResult result = atNursery().add("/participants",
                    "{\"agency\":\"EDUCATION\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":true}").check();
            assertPassed(result, "ATT-EARLY-YEARS");
        }

        @Test
        void firesWhenTheSettingIsRecordedAsNotInvited() {
            AuditResult result = atNursery().add("/participants",
                    "{\"agency\":\"EARLY_YEARS\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":false}").check();
            assertSingleFinding(result, "ATT-EARLY-YEARS", Severity.MINOR, "/participants");
        }

        @Test
        void doesNotApplyToAPreSchoolChildNotInEarlyYears() {
            assertNotApplicable(TestRecord.preSchool().check(), "ATT-EARLY-YEARS");
        }

        @Test
        void doesNotApplyToAPreSchoolChildWhoseEducationIsNotRecorded() {
            assertNotApplicable(TestRecord.preSchool().set("/children/0/education", "null").check(), "ATT-EARLY-YEARS");
        }

        @Test
        void doesNotApplyToAChildOfSchoolAgeStillInEarlyYears() {
            AuditResult result = TestRecord.schoolAge().set("/children/0/education", "\"EARLY_YEARS\"").check();
            assertNotApplicable(result, "ATT-EARLY-YEARS");
        }
    }

    @Nested
    class Midwife {
        @Test
        void firesWhenAnUnbornChildsMidwifeIsNotInvited() {
            AuditResult result = preBirth().check();
            Finding finding = assertSingleFinding(result, "ATT-MIDWIFE", Severity.MAJOR, "/participants");
            assertEquals("The child is unborn but no midwife was invited.", finding.message());
        }

        @Test
        void passesWhenAMidwifeIsInvited() {
            AuditResult result = preBirth().set("/participants/2/role", "\"MIDWIFE\"").check();
            assertPassed(result, "ATT-MIDWIFE");
        }

        @Test
        void appliesToAPreBirthConcernWithoutADueDate() {
            AuditResult result = TestRecord.preSchool().set("/children/0/dateOfBirth", "null")
                    .set("/concern/categories", "[\"PRE_BIRTH\"]").check();
            assertSingleFinding(result, "ATT-MIDWIFE", Severity.MAJOR, "/participants");
        }

        @Test
        void doesNotApplyToABornChild() {
            assertNotApplicable(TestRecord.preSchool().check(), "ATT-MIDWIFE");
        }

        @Test
        void appliesWhenAnUnbornChildHasABornSibling() {
            AuditResult result = TestRecord.preSchool()
                    .add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-08-01\"}").check();
            assertSingleFinding(result, "ATT-MIDWIFE", Severity.MAJOR, "/participants");
            assertPassed(result, "ATT-HEALTH-VISITOR");
        }
    }

    @Nested
    class Paediatrician {
        @Test
        void firesForASignificantInjuryWithNoPaediatricianInvited() {
            AuditResult result = TestRecord.schoolAge().set("/concern/significantInjury", "true").check();
            Finding finding = assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.MAJOR, "/participants");
            assertEquals("No paediatrician was invited, though there is a significant injury, a child in hospital or "
                    + "a medical is required.", finding.message());
        }

        @Test
        void isCriticalForAnInjuredNonMobileChild() {
            AuditResult result = TestRecord.preSchool().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]").check();
            Finding finding = assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.CRITICAL, "/participants");
            assertEquals("A non-mobile child is injured but no paediatrician was invited.", finding.message());
        }

        @Test
        void appliesToAChildInHospital() {
            AuditResult result = TestRecord.schoolAge().set("/children/0/hospitalInpatient", "true").check();
            assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.MAJOR, "/participants");
        }

        @Test
        void appliesWhenAMedicalIsRequired() {
            AuditResult result = TestRecord.schoolAge().set("/decisions/medical", "\"REQUIRED\"").check();
            assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.MAJOR, "/participants");
        }

        @Test
        void reportsOneGapWhenEveryReasonHolds() {
            AuditResult result = TestRecord.preSchool().set("/concern/significantInjury", "true")
                    .set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]")
                    .set("/children/0/hospitalInpatient", "true").set("/decisions/medical", "\"REQUIRED\"")
                    .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2023-01-01\",\"hospitalInpatient\":true}")
                    .check();
            assertSingleFinding(result, "ATT-PAEDIATRICIAN", Severity.CRITICAL, "/participants");
        }

        @Test
        void passesWhenAPaediatricianIsInvited() {
            AuditResult result = TestRecord.preSchool().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]")
                    .add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"PAEDIATRICIAN\",\"invited\":true}").check();
            assertPassed(result, "ATT-PAEDIATRICIAN");
        }

        @Test
        void doesNotApplyWithoutInjuryHospitalOrMedical() {
            assertNotApplicable(TestRecord.schoolAge().check(), "ATT-PAEDIATRICIAN");
        }

        @Test
        void doesNotApplyWhenInjuryIsRecordedAsNotSignificantAndNoMedicalIsRequired() {
            AuditResult result = TestRecord.schoolAge().set("/concern/significantInjury", "false")
                    .set("/children/0/hospitalInpatient", "false").set("/decisions/medical", "\"NOT_REQUIRED\"").check();
            assertNotApplicable(result, "ATT-PAEDIATRICIAN");
        }
    }

    @Nested
    class Referrer {
        @Test
        void firesWhenTheReferrersAgencyIsNotInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .set("/concern/referrer", "{\"agency\":\"HOUSING\",\"role\":\"OTHER\"}").check();
            Finding finding = assertSingleFinding(result, "ATT-REFERRER", Severity.MAJOR,
                    "/participants", "/concern/referrer/agency");
            assertEquals("The referral came from housing but that agency was not invited.", finding.message());
            assertEquals(List.of("HOUSING"), finding.arguments());
        }

        @Test
        void passesWhenTheReferrersAgencyIsInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .set("/concern/referrer", "{\"agency\":\"EDUCATION\",\"role\":\"DESIGNATED_SAFEGUARDING_LEAD\"}").check();
            assertPassed(result, "ATT-REFERRER");
        }

        @Test
        void firesWhenTheReferrersAgencyIsRecordedAsNotInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .set("/concern/referrer", "{\"agency\":\"EDUCATION\"}")
                    .set("/participants/4/invited", "false").set("/participants/4/attended", "null").check();
            assertSingleFinding(result, "ATT-REFERRER", Severity.MAJOR, "/participants", "/concern/referrer/agency");
        }

        @Test
        void saysSoWhenTheReferrersAgencyIsNotRecorded() {
            AuditResult result = TestRecord.schoolAge().set("/concern/referrer", "{\"role\":\"GP\"}").check();
            Finding finding = assertSingleFinding(result, "ATT-REFERRER", Severity.MAJOR, "/concern/referrer/agency");
            assertEquals("The referral came from a professional whose agency is not recorded, so it cannot be seen "
                    + "whether the referrer's agency was invited.", finding.message());
        }

        @Test
        void doesNotApplyWhenNotReferralLed() {
            assertNotApplicable(TestRecord.schoolAge().check(), "ATT-REFERRER");
            assertNotApplicable(TestRecord.schoolAge().set("/concern/referrer", "null").check(), "ATT-REFERRER");
        }
    }

    @Nested
    class YouthJustice {
        private TestRecord youthViolence() {
            return TestRecord.schoolAge().set("/concern/categories", "[\"SERIOUS_YOUTH_VIOLENCE\"]");
        }

        @Test
        void firesForSeriousYouthViolenceWithoutYouthJustice() {
            Finding finding = assertSingleFinding(youthViolence().check(), "ATT-YOUTH-JUSTICE", Severity.MAJOR,
                    "/participants");
            assertEquals("The concern involves serious youth violence or criminal exploitation but neither youth "
                    + "justice nor a youth worker was invited.", finding.message());
        }

        @Test
        void firesForCriminalExploitationWithoutYouthJustice() {
            AuditResult result = TestRecord.schoolAge()
                    .set("/concern/categories", "[\"NEGLECT\", \"CHILD_CRIMINAL_EXPLOITATION\"]").check();
            assertSingleFinding(result, "ATT-YOUTH-JUSTICE", Severity.MAJOR, "/participants");
        }

        @Test
        void passesWhenYouthJusticeIsInvited() {
            AuditResult result = youthViolence().add("/participants",
                    "{\"agency\":\"YOUTH_JUSTICE\",\"role\":\"YOUTH_JUSTICE_WORKER\",\"invited\":true}").check();
            assertPassed(result, "ATT-YOUTH-JUSTICE");
        }

        @Test
        void passesWhenAYouthWorkerOfAnotherAgencyIsInvited() {
            AuditResult result = youthViolence().add("/participants",
                    "{\"agency\":\"VOLUNTARY_SECTOR\",\"role\":\"YOUTH_WORKER\",\"invited\":true}").check();
            assertPassed(result, "ATT-YOUTH-JUSTICE");
        }

        @Test
        void doesNotApplyToOtherConcerns() {
            assertNotApplicable(TestRecord.schoolAge().check(), "ATT-YOUTH-JUSTICE");
        }
    }

    @Nested
    class InvolvedService {
        @Test
        void firesOncePerServiceNotInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"Example Primary\"}")
                    .add("/involvedServices", "{\"agency\":\"ADULT_MENTAL_HEALTH\",\"knownTo\":\"PARENT\"}")
                    .add("/involvedServices", "{\"agency\":\"HOUSING\"}").check();
            List<Finding> findings = assertFindings(result, "ATT-INVOLVED-SERVICE", 2);
            assertEquals(List.of("/involvedServices/1"), findings.get(0).pointers());
            assertEquals(List.of("/involvedServices/2"), findings.get(1).pointers());
            assertEquals(Severity.MAJOR, findings.get(0).severity());
            assertEquals("Involved service 2 (adult mental health) is working with the child or family but was not "
                    + "invited.", findings.get(0).message());
        }

        @Test
        void passesWhenTheServicesAgencyIsInvitedAndNoOrganisationIsGiven() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}").check();
            assertPassed(result, "ATT-INVOLVED-SERVICE");
        }

        @Test
        void matchesTheOrganisationRegardlessOfCaseAndSpacing() {
            AuditResult result = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"  example   PRIMARY \"}").check();
            assertPassed(result, "ATT-INVOLVED-SERVICE");
        }

        @Test
        void firesWhenOnlyAnotherOrganisationOfTheSameAgencyIsInvited() {
            // Health was there, but not the mental health trust that works with the parent.
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/organisation", "\"Community Health Trust\"")
                    .add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"ADULT_MENTAL_HEALTH_PRACTITIONER\","
                            + "\"organisation\":\"East London NHS Foundation Trust\",\"knownTo\":\"PARENT\"}").check();
            assertSingleFinding(result, "ATT-INVOLVED-SERVICE", Severity.MAJOR, "/involvedServices/0");
        }

        @Test
        void firesWhenTheOrganisationIsGivenButNoParticipantRecordsOne() {
            AuditResult result = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"agency\":\"HEALTH\",\"organisation\":\"County Hospital\"}").check();
            assertSingleFinding(result, "ATT-INVOLVED-SERVICE", Severity.MAJOR, "/involvedServices/0");
        }

        @Test
        void firesWhenTheServicesParticipantIsRecordedAsNotInvited() {
            AuditResult result = TestRecord.schoolAge().set("/participants/4/invited", "false")
                    .set("/participants/4/attended", "null")
                    .add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"Example Primary\"}").check();
            assertSingleFinding(result, "ATT-INVOLVED-SERVICE", Severity.MAJOR, "/involvedServices/0");
        }

        @Test
        void matchesAServiceWithNoAgencyOnItsOrganisation() {
            AuditResult invited = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"organisation\":\"Example Primary\"}").check();
            assertPassed(invited, "ATT-INVOLVED-SERVICE");
            AuditResult notInvited = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"organisation\":\"Riverside Family Centre\"}").check();
            Finding finding = assertSingleFinding(notInvited, "ATT-INVOLVED-SERVICE", Severity.MAJOR, "/involvedServices/0");
            assertEquals("Involved service 1 (agency not recorded) is working with the child or family but was not "
                    + "invited.", finding.message());
        }

        @Test
        void leavesTheGpToTheGpRule() {
            AuditResult result = TestRecord.schoolAge()
                    .add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High St Surgery\"}")
                    .check();
            assertNotApplicable(result, "ATT-INVOLVED-SERVICE");
            assertSingleFinding(result, "ATT-GP", Severity.MINOR, "/involvedServices/0");
        }

        @Test
        void doesNotApplyWithoutInvolvedServices() {
            assertNotApplicable(TestRecord.schoolAge().check(), "ATT-INVOLVED-SERVICE");
        }
    }

    @Nested
    class Gp {
        private static final String GP_SERVICE =
                "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High Street Surgery\",\"knownTo\":\"CHILD\"}";

        @Test
        void firesWhenTheGpIsNotInvited() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}")
                    .add("/involvedServices", GP_SERVICE).check();
            Finding finding = assertSingleFinding(result, "ATT-GP", Severity.MINOR, "/involvedServices/1");
            assertEquals("The GP (involved service 2) is working with the child or family but was not invited.",
                    finding.message());
            assertPassed(result, "ATT-INVOLVED-SERVICE");
        }

        @Test
        void passesWhenTheGpIsInvited() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", GP_SERVICE).add("/participants",
                    "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High Street Surgery\",\"invited\":true}").check();
            assertPassed(result, "ATT-GP");
        }

        @Test
        void passesWhenAGpIsInvitedAndTheServiceGivesNoPractice() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\"}")
                    .add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"invited\":true}").check();
            assertPassed(result, "ATT-GP");
        }

        @Test
        void firesWhenOnlyAGpOfAnotherPracticeIsInvited() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", GP_SERVICE).add("/participants",
                    "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"Park Lane Practice\",\"invited\":true}").check();
            assertSingleFinding(result, "ATT-GP", Severity.MINOR, "/involvedServices/0");
        }

        @Test
        void doesNotApplyWithoutAGpAmongTheServices() {
            AuditResult result = TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}").check();
            assertNotApplicable(result, "ATT-GP");
        }
    }

    @Nested
    class DecisionMakers {
        @Test
        void firesWhenTheOnlyPoliceAttendeeCannotMakeDecisions() {
            AuditResult result = TestRecord.schoolAge().set(POLICE + "/canMakeDecisions", "false").check();
            Finding finding = assertSingleFinding(result, "ATT-DECISION-MAKERS", Severity.MINOR, POLICE);
            assertEquals("No one who attended for the police could make decisions for the agency: an attendee is recorded "
                    + "as unable to.", finding.message());
        }

        @Test
        void passesWhenAnotherAttendeeOfTheAgencyCan() {
            AuditResult result = TestRecord.schoolAge().set(SOCIAL_WORKER + "/canMakeDecisions", "false")
                    .set(TEAM_MANAGER + "/canMakeDecisions", "true").check();
            assertPassed(result, "ATT-DECISION-MAKERS");
        }

        @Test
        void reportsOneFindingPerAgencyPointingAtAllItsAttendees() {
            AuditResult result = TestRecord.schoolAge().set(SOCIAL_WORKER + "/canMakeDecisions", "false")
                    .set(TEAM_MANAGER + "/canMakeDecisions", "false").check();
            assertSingleFinding(result, "ATT-DECISION-MAKERS", Severity.MINOR, SOCIAL_WORKER, TEAM_MANAGER);
        }

        @Test
        void pointsAlsoAtAttendeesWhoseAuthorityIsNotRecorded() {
            AuditResult result = TestRecord.schoolAge().set(TEAM_MANAGER + "/canMakeDecisions", "false").check();
            assertSingleFinding(result, "ATT-DECISION-MAKERS", Severity.MINOR, SOCIAL_WORKER, TEAM_MANAGER);
        }

        @Test
        void reportsEachAgencySeparately() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/canMakeDecisions", "false")
                    .set(POLICE + "/canMakeDecisions", "false").check();
            List<Finding> findings = assertFindings(result, "ATT-DECISION-MAKERS", 2);
            assertEquals(List.of(List.of(POLICE), List.of(SCHOOL_NURSE)), findings.stream().map(Finding::pointers).toList());
            assertEquals(List.of(List.of("POLICE"), List.of("HEALTH")), findings.stream().map(Finding::arguments).toList());
        }

        @Test
        void aDecisionMakerWhoDidNotAttendDoesNotCount() {
            AuditResult result = TestRecord.schoolAge().set(POLICE + "/canMakeDecisions", "false")
                    .add("/participants", "{\"agency\":\"POLICE\",\"role\":\"DETECTIVE_SERGEANT\",\"invited\":true,"
                            + "\"attended\":false,\"contributedInWriting\":true,\"canMakeDecisions\":true}").check();
            assertSingleFinding(result, "ATT-DECISION-MAKERS", Severity.MINOR, POLICE);
        }

        @Test
        void passesWhenAuthorityIsNotRecorded() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-DECISION-MAKERS");
        }

        @Test
        void doesNotCheckOtherAgencies() {
            AuditResult result = TestRecord.schoolAge().set("/participants/4/canMakeDecisions", "false").check();
            assertPassed(result, "ATT-DECISION-MAKERS");
        }

        @Test
        void doesNotApplyWhenNoPoliceHealthOrSocialCareAttended() {
            AuditResult result = TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false")
                    .set(TEAM_MANAGER + "/attended", "null").set(POLICE + "/attended", "false")
                    .set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/canMakeDecisions", "false").check();
            assertNotApplicable(result, "ATT-DECISION-MAKERS");
        }
    }

    @Test
    void anInjuredBabyKnownToServicesWithNoneInvitedHasEachGapReportedInCatalogueOrder() {
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
}
