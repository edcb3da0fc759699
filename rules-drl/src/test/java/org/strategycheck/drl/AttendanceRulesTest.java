package org.strategycheck.drl;

import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Severity;

/** Attendance rules: who was invited to, and took part in, the discussion. */
class AttendanceRulesTest {

    private static final String SCHOOL_NURSE = "/participants/3";
    private static final String SCHOOL = "/participants/4";

    @Nested
    class HealthInvited {
        @Test
        void firesWhenNoHealthProfessionalIsInvited() {
            AuditResult result = TestRecord.schoolAge().remove(SCHOOL_NURSE).check();
            assertSingleFinding(result, "ATT-HEALTH-INVITED", Severity.CRITICAL, "/participants");
        }

        @Test
        void firesWhenTheHealthParticipantIsRecordedAsNotInvited() {
            AuditResult result = TestRecord.schoolAge()
                    .set(SCHOOL_NURSE + "/invited", "false").set(SCHOOL_NURSE + "/attended", "null").check();
            assertSingleFinding(result, "ATT-HEALTH-INVITED", Severity.CRITICAL, "/participants");
        }

        @Test
        void passesWhenAHealthProfessionalIsInvited() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-HEALTH-INVITED");
        }

        @Test
        void countsAnAttendingHealthProfessionalAsInvitedWhenInvitationIsNotRecorded() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "null").check();
            assertPassed(result, "ATT-HEALTH-INVITED");
        }

        @Test
        void appliesToEveryRecordSoIsNeverNotApplicable() {
            AuditResult draft = TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/actions").check();
            assertPassed(draft, "ATT-HEALTH-INVITED");
        }
    }

    @Nested
    class HealthAttended {
        @Test
        void firesWhenHealthWasInvitedButNeitherAttendedNorWrote() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/attended", "false").check();
            assertSingleFinding(result, "ATT-HEALTH-ATTENDED", Severity.MAJOR, "/participants");
            assertPassed(result, "ATT-HEALTH-INVITED");
        }

        @Test
        void passesWhenHealthContributedInWritingWithoutAttending() {
            AuditResult result = TestRecord.schoolAge()
                    .set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/contributedInWriting", "true").check();
            assertPassed(result, "ATT-HEALTH-ATTENDED");
        }

        @Test
        void appliesToEveryRecordSoIsNeverNotApplicable() {
            AuditResult result = TestRecord.schoolAge().remove(SCHOOL_NURSE).check();
            assertSingleFinding(result, "ATT-HEALTH-ATTENDED", Severity.MAJOR, "/participants");
        }
    }

    @Nested
    class SchoolNurse {
        @Test
        void firesWhenASchoolAgeChildsSchoolNurseIsNotInvited() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/role", "\"PAEDIATRICIAN\"").check();
            assertSingleFinding(result, "ATT-SCHOOL-NURSE", Severity.MAJOR, "/participants");
            assertPassed(result, "ATT-HEALTH-INVITED");
        }

        @Test
        void passesWhenTheSchoolNurseIsInvited() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-SCHOOL-NURSE");
        }

        @Test
        void doesNotApplyWithoutASchoolAgeChild() {
            assertNotApplicable(TestRecord.preSchool().check(), "ATT-SCHOOL-NURSE");
        }

        @Test
        void appliesWhenEducationIsNotRecordedAndTheChildIsFiveToFifteen() {
            AuditResult result = TestRecord.preSchool().set("/children/0/education", "null")
                    .set("/children/0/dateOfBirth", "\"2012-01-01\"").check();
            assertSingleFinding(result, "ATT-SCHOOL-NURSE", Severity.MAJOR, "/participants");
        }
    }

    @Nested
    class School {
        @Test
        void firesWhenOnlyTheSchoolNurseWasInvitedBecauseTheNurseIsNotTheSchool() {
            AuditResult result = TestRecord.schoolAge().remove(SCHOOL).check();
            assertSingleFinding(result, "ATT-SCHOOL", Severity.MAJOR, "/participants");
            assertPassed(result, "ATT-SCHOOL-NURSE");
        }

        @Test
        void firesWhenASchoolNurseIsMisrecordedUnderEducation() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL + "/role", "\"SCHOOL_NURSE\"").check();
            assertSingleFinding(result, "ATT-SCHOOL", Severity.MAJOR, "/participants");
        }

        @Test
        void passesWhenTheSchoolIsInvited() {
            assertPassed(TestRecord.schoolAge().check(), "ATT-SCHOOL");
        }

        @Test
        void doesNotApplyWithoutASchoolAgeChild() {
            assertNotApplicable(TestRecord.preSchool().check(), "ATT-SCHOOL");
        }

        @Test
        void doesNotApplyToAHomeEducatedChild() {
            AuditResult result = TestRecord.schoolAge().set("/children/0/education", "\"ELECTIVE_HOME_EDUCATION\"").check();
            assertNotApplicable(result, "ATT-SCHOOL");
        }
    }

    @Nested
    class HealthVisitor {
        @Test
        void firesWhenAPreSchoolChildsHealthVisitorIsNotInvited() {
            AuditResult result = TestRecord.preSchool().set("/participants/2/role", "\"GP\"").check();
            assertSingleFinding(result, "ATT-HEALTH-VISITOR", Severity.MAJOR, "/participants");
        }

        @Test
        void passesWhenTheHealthVisitorIsInvited() {
            assertPassed(TestRecord.preSchool().check(), "ATT-HEALTH-VISITOR");
        }

        @Test
        void doesNotApplyWithoutAPreSchoolChild() {
            assertNotApplicable(TestRecord.schoolAge().check(), "ATT-HEALTH-VISITOR");
        }

        @Test
        void takesTheAgeAtTheDiscussionNotToday() {
            // Three at the 2019 discussion, though long past school age now.
            AuditResult result = TestRecord.schoolAge().set("/heldAt", "\"2019-02-01T16:00:00Z\"")
                    .set("/concern/identifiedAt", "\"2019-01-31T10:00:00Z\"")
                    .set("/children/0/dateOfBirth", "\"2015-06-01\"").set("/children/0/education", "null").check();
            assertSingleFinding(result, "ATT-HEALTH-VISITOR", Severity.MAJOR, "/participants");
            assertNotApplicable(result, "ATT-SCHOOL");
        }
    }

    @Test
    void siblingsOfDifferentAgesBringBothSchoolAndHealthVisitorRules() {
        AuditResult result = TestRecord.schoolAge()
                .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2023-01-01\",\"education\":\"NONE\"}").check();
        assertPassed(result, "ATT-SCHOOL");
        assertSingleFinding(result, "ATT-HEALTH-VISITOR", Severity.MAJOR, "/participants");
    }
}
