package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Severity;
import org.strategycheck.model.CaseStatus;

/**
 * "Decisions the catalogue makes" (rule catalogue v1.1): one test, or one nested group, named
 * after each decision, in the catalogue's order. The rule tables hold the same behaviour rule by
 * rule; here each decision is stated once, in the catalogue's words.
 *
 * <p>The school-age record was held on Tuesday 14 May 2024, 10:00 BST, about a concern identified
 * on Monday 13 May; its participants are 0 social worker, 1 team manager, 2 police, 3 school
 * nurse, 4 school.
 */
class CatalogueDecisionsTest {

    private static final String SCHOOL_NURSE = "/participants/3";

    /** Dates: every date taken from an instant is its Europe/London calendar date. */
    @Nested
    class EveryDateTakenFromAnInstantIsItsLondonCalendarDate {

        // 23:30 UTC on 14 May is 00:30 on 15 May in London.
        private TestRecord heldJustAfterLondonMidnight() {
            return TestRecord.schoolAge().set("/heldAt", "\"2024-05-14T23:30:00Z\"");
        }

        @Test
        void forAges() {
            // Five on 15 May, the London date; four on 14 May, the UTC date. Five with education not
            // recorded is school age, so the school rules apply.
            AuditResult result = heldJustAfterLondonMidnight().set("/children/0/dateOfBirth", "\"2019-05-15\"")
                    .set("/children/0/education", "null").check();
            assertPassed(result, "ATT-SCHOOL");
            assertNotApplicable(result, "ATT-HEALTH-VISITOR");
        }

        @Test
        void forWorkingDays() {
            // Identified at 23:30 UTC on Thursday 16 May: Friday 17 May in London is day 0, so
            // Tuesday 21 May is working day 2, in time (day 3 by the UTC date).
            AuditResult result = TestRecord.schoolAge().set("/concern/identifiedAt", "\"2024-05-16T23:30:00Z\"")
                    .set("/heldAt", "\"2024-05-21T10:00:00+01:00\"").check();
            assertPassed(result, "TIM-PROMPT");
        }

        @Test
        void forDueDates() {
            AuditResult result = heldJustAfterLondonMidnight().set("/actions/0/dueBy", "\"2024-05-14\"").check();
            assertSingleFinding(result, "ACT-DUE-DATE-BEFORE-MEETING", Severity.MINOR, "/actions/0/dueBy");
        }

        @Test
        void forMinutes() {
            // Held on Wednesday 15 May in London; circulated Monday 20 May, working day 3 (day 4
            // counted from the UTC date, Tuesday 14 May).
            AuditResult result = heldJustAfterLondonMidnight()
                    .set("/minutes", "{\"circulatedOn\":\"2024-05-20\",\"circulatedTo\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\",\"HEALTH\",\"EDUCATION\"]}")
                    .check();
            assertPassed(result, "REC-MINUTES-TIMELY");
        }
    }

    /** Elapsed-time rules (TIM-EMERGENCY-24H) use real elapsed time: 24 hours or less is within. */
    @Nested
    class ElapsedTimeRulesUseRealElapsedTime {

        private TestRecord emergencyAt(String emergencyActionAt, String heldAt) {
            return TestRecord.schoolAge().set("/concern/identifiedAt", "\"2024-03-30T08:00:00Z\"")
                    .set("/concern/emergencyActionAt", "\"" + emergencyActionAt + "\"").set("/heldAt", "\"" + heldAt + "\"");
        }

        @Test
        void twentyFourHoursIsWithin() {
            assertPassed(emergencyAt("2024-05-13T10:00:00+01:00", "2024-05-14T10:00:00+01:00").check(), "TIM-EMERGENCY-24H");
        }

        @Test
        void aSecondMoreThanTwentyFourHoursIsNotWithin() {
            assertSingleFinding(emergencyAt("2024-05-13T10:00:00+01:00", "2024-05-14T10:00:01+01:00").check(),
                    "TIM-EMERGENCY-24H", Severity.CRITICAL, "/heldAt", "/concern/emergencyActionAt");
        }

        @Test
        void theHourLostWhenTheClocksGoForwardIsNotCounted() {
            // 10:30 GMT on 30 March to 11:00 BST on 31 March: 24h30 by the clock, 23h30 elapsed.
            assertPassed(emergencyAt("2024-03-30T10:30:00", "2024-03-31T11:00:00").check(), "TIM-EMERGENCY-24H");
        }
    }

    @Test
    void aChildBornOn29FebruaryIsAYearOlderOn1MarchInACommonYear() {
        TestRecord born29February = TestRecord.schoolAge().set("/children/0/dateOfBirth", "\"2016-02-29\"")
                .set("/children/0/education", "null").set("/concern/identifiedAt", "\"2021-02-27T10:00:00Z\"");
        // Still four on 28 February 2021: pre-school; five on 1 March: school age.
        AuditResult on28February = born29February.set("/heldAt", "\"2021-02-28T12:00:00Z\"").check();
        AuditResult on1March = born29February.set("/heldAt", "\"2021-03-01T12:00:00Z\"").check();
        assertNotApplicable(on28February, "ATT-SCHOOL");
        assertPassed(on1March, "ATT-SCHOOL");
    }

    /** A participant recorded attended or contributedInWriting counts as invited, whatever invited says. */
    @Nested
    class AParticipantRecordedAsTakingPartCountsAsInvitedWhateverInvitedSays {

        @Test
        void attended() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false").check();
            assertPassed(result, "ATT-HEALTH-INVITED");
            assertPassed(result, "ATT-SCHOOL-NURSE");
        }

        @Test
        void contributedInWriting() {
            AuditResult result = TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false")
                    .set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/contributedInWriting", "true").check();
            assertPassed(result, "ATT-HEALTH-INVITED");
            assertPassed(result, "ATT-SCHOOL-NURSE");
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void anOpenCaseIsAnyCaseStatusOtherThanNewReferral(CaseStatus status) {
        AuditResult result = TestRecord.schoolAge().set("/caseStatus", "\"" + status + "\"").check();
        Severity expected = status == CaseStatus.NEW_REFERRAL ? Severity.MINOR : Severity.MAJOR;
        assertSingleFinding(result, "INF-HISTORY", expected,
                "/history/previousInvolvementRecorded", "/history/currentInvolvementRecorded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "NO", "CONSIDERED"})
    void decLegalAnyRecordedLegalActionValueCountsAsConsidered(String value) {
        assertPassed(TestRecord.schoolAge().set("/decisions/legalAction", "\"" + value + "\"").check(), "DEC-LEGAL");
    }

    @Test
    void decCriminalInvestigationToBeDecidedIsARecordedDecision() {
        assertPassed(TestRecord.schoolAge().set("/decisions/criminalInvestigation", "\"TO_BE_DECIDED\"").check(),
                "DEC-CRIMINAL-INVESTIGATION");
    }

    /** ATT-SOCIAL-CARE: the manager is a CHILDRENS_SOCIAL_CARE TEAM_MANAGER or CHAIR. */
    @Nested
    class AttSocialCareTheManagerIsAChildrensSocialCareTeamManagerOrChair {

        @ParameterizedTest
        @ValueSource(strings = {"TEAM_MANAGER", "CHAIR"})
        void aTeamManagerOrChairOfChildrensSocialCare(String role) {
            assertPassed(TestRecord.schoolAge().set("/participants/1/role", "\"" + role + "\"").check(), "ATT-SOCIAL-CARE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"POLICE", "HEALTH", "EDUCATION"})
        void notAChairOfAnotherAgency(String agency) {
            assertSingleFinding(TestRecord.schoolAge().set("/participants/1/agency", "\"" + agency + "\"")
                    .set("/participants/1/role", "\"CHAIR\"").check(), "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants");
        }

        @Test
        void notAnotherRoleOfChildrensSocialCare() {
            assertSingleFinding(TestRecord.schoolAge().set("/participants/1/role", "\"FAMILY_SUPPORT_WORKER\"").check(),
                    "ATT-SOCIAL-CARE", Severity.CRITICAL, "/participants");
        }
    }

    /**
     * INF-IDENTITY: one substantive notRelevantReason addresses every heading left empty; a
     * placeholder heading is not addressed.
     */
    @Nested
    class InfIdentity {

        private static final String REASON = "\"Agreed with the family that these headings do not apply.\"";

        @Test
        void oneSubstantiveNotRelevantReasonAddressesEveryHeadingLeftEmpty() {
            AuditResult result = TestRecord.schoolAge().remove("/identity/ethnicity").set("/identity/culture", "\"\"")
                    .set("/identity/identity", "null").remove("/identity/discrimination")
                    .set("/identity/notRelevantReason", REASON).check();
            assertPassed(result, "INF-IDENTITY");
        }

        @Test
        void aPlaceholderHeadingIsNotAddressed() {
            AuditResult result = TestRecord.schoolAge().set("/identity/discrimination", "\"N/A\"")
                    .set("/identity/notRelevantReason", REASON).check();
            assertSingleFinding(result, "INF-IDENTITY", Severity.MAJOR, "/identity/discrimination");
        }

        @Test
        void aPlaceholderNotRelevantReasonAddressesNothing() {
            AuditResult result = TestRecord.schoolAge().remove("/identity/culture")
                    .set("/identity/notRelevantReason", "\"as above\"").check();
            assertSingleFinding(result, "INF-IDENTITY", Severity.MAJOR, "/identity/culture");
        }
    }

    /**
     * A draft not yet held is dated by concern.identifiedAt for ages; rules that need the
     * meeting's date (TIM-PROMPT, TIM-SAME-DAY, ACT-DUE-DATE-BEFORE-MEETING) do not apply to it.
     */
    @Nested
    class ADraftNotYetHeld {

        private TestRecord draftNotYetHeld() {
            return TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt");
        }

        @Test
        void isDatedByTheConcernsIdentificationForAges() {
            // Identified on 13 May 2024: five the next day, so still pre-school when identified.
            AuditResult result = draftNotYetHeld().set("/children/0/dateOfBirth", "\"2019-05-14\"")
                    .set("/children/0/education", "null").check();
            assertNotApplicable(result, "ATT-SCHOOL");
            assertEquals(1, TestRecord.findingsOf(result, "ATT-HEALTH-VISITOR").size(), result::toString);
        }

        @Test
        void timPromptDoesNotApply() {
            assertNotApplicable(draftNotYetHeld().set("/concern/identifiedAt", "\"2024-01-02T10:00:00Z\"").check(),
                    "TIM-PROMPT");
        }

        @Test
        void timSameDayDoesNotApply() {
            assertNotApplicable(draftNotYetHeld().set("/concern/significantInjury", "true").check(), "TIM-SAME-DAY");
        }

        @Test
        void actDueDateBeforeMeetingDoesNotApply() {
            // Due the day before the concern was identified: no meeting date to compare it with.
            assertNotApplicable(draftNotYetHeld().set("/actions/0/dueBy", "\"2024-05-12\"").check(),
                    "ACT-DUE-DATE-BEFORE-MEETING");
        }
    }
}
