package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.profile.GradeMapping;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.RuleSettings;

/** Records rules: the minutes and their circulation, and how the discussion was held. */
class RecordsRulesTest {

    private static final String CIRCULATED_ON = "/minutes/circulatedOn";
    private static final String CIRCULATED_TO = "/minutes/circulatedTo";

    /**
     * The school-age record (held on Tuesday 2024-05-14; social care, police, health and education
     * invited) with its minutes circulated to all four agencies two working days later.
     */
    private static TestRecord withMinutes() {
        return TestRecord.schoolAge().set("/minutes", "{\"completedOn\":\"2024-05-15\",\"circulatedOn\":\"2024-05-16\","
                + "\"circulatedTo\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\",\"HEALTH\",\"EDUCATION\"]}");
    }

    /** Checks a record under a profile that sets the minutes threshold to this many working days. */
    private static AuditResult checkWithMinutesWithin(TestRecord record, int workingDays) {
        Profile profile = new Profile("minutes-" + workingDays, "1", LocalDate.of(2000, 1, 1), "",
                Map.of("REC-MINUTES-TIMELY", new RuleSettings(true, null, Map.of("minutesWorkingDays", workingDays))),
                GradeMapping.CATALOGUE);
        StrategyCheck checker = StrategyCheck.builder().profiles(Profiles.builtIn().plus(List.of(profile)))
                .profile(profile.id()).build();
        return checker.check(record.json());
    }

    @Nested
    class MinutesCirculated {
        @Test
        void firesWhenAFinalRecordHasNoMinutesCirculated() {
            AuditResult result = TestRecord.schoolAge().check();
            Finding finding = assertSingleFinding(result, "REC-MINUTES-CIRCULATED", Severity.MAJOR, CIRCULATED_ON);
            assertEquals("The minutes are not recorded as circulated.", finding.message());
        }

        @Test
        void firesWhenTheMinutesAreCompletedButNotCirculated() {
            AuditResult result = withMinutes().remove(CIRCULATED_ON).check();
            assertSingleFinding(result, "REC-MINUTES-CIRCULATED", Severity.MAJOR, CIRCULATED_ON);
        }

        @Test
        void passesWhenTheMinutesWereCirculated() {
            assertPassed(withMinutes().check(), "REC-MINUTES-CIRCULATED");
        }

        @Test
        void doesNotApplyToADraft() {
            AuditResult draft = TestRecord.schoolAge().set("/status", "\"DRAFT\"").check();
            assertNotApplicable(draft, "REC-MINUTES-CIRCULATED");
        }

        @Test
        void leavesTimelinessAndRecipientsNotApplicableWhenNotCirculated() {
            AuditResult result = TestRecord.schoolAge().check();
            assertNotApplicable(result, "REC-MINUTES-TIMELY");
            assertNotApplicable(result, "REC-MINUTES-RECIPIENTS");
        }
    }

    @Nested
    class MinutesTimely {
        @Test
        void passesWhenCirculatedOnTheThirdWorkingDay() {
            AuditResult result = withMinutes().set(CIRCULATED_ON, "\"2024-05-17\"").check();
            assertPassed(result, "REC-MINUTES-TIMELY");
        }

        @Test
        void firesWhenCirculatedOnTheFourthWorkingDay() {
            AuditResult result = withMinutes().set(CIRCULATED_ON, "\"2024-05-20\"").check();
            Finding finding = assertSingleFinding(result, "REC-MINUTES-TIMELY", Severity.MINOR, CIRCULATED_ON);
            assertEquals("The minutes were circulated 4 working days after the discussion; they should be circulated "
                    + "within 3.", finding.message());
            assertPassed(result, "REC-MINUTES-CIRCULATED");
        }

        @Test
        void doesNotCountBankHolidays() {
            // Held Wednesday 2024-05-22; Monday 2024-05-27 is the spring bank holiday.
            AuditResult result = withMinutes().set("/heldAt", "\"2024-05-22T10:00:00+01:00\"")
                    .set(CIRCULATED_ON, "\"2024-05-28\"").check();
            assertPassed(result, "REC-MINUTES-TIMELY");
        }

        @Test
        void usesTheProfilesThresholdNotTheCataloguesThree() {
            TestRecord fourWorkingDays = withMinutes().set(CIRCULATED_ON, "\"2024-05-20\"");
            assertPassed(checkWithMinutesWithin(fourWorkingDays, 5), "REC-MINUTES-TIMELY");

            AuditResult strict = checkWithMinutesWithin(withMinutes(), 1);
            Finding finding = assertSingleFinding(strict, "REC-MINUTES-TIMELY", Severity.MINOR, CIRCULATED_ON);
            assertEquals("The minutes were circulated 2 working days after the discussion; they should be circulated "
                    + "within 1.", finding.message());
        }

        @Test
        void doesNotApplyToADraftEvenWithMinutesCirculated() {
            AuditResult draft = withMinutes().set("/status", "\"DRAFT\"").set(CIRCULATED_ON, "\"2024-06-28\"").check();
            assertNotApplicable(draft, "REC-MINUTES-TIMELY");
        }
    }

    @Nested
    class MinutesRecipients {
        @Test
        void firesOncePerInvitedAgencyNotSentTheMinutes() {
            AuditResult result = withMinutes().set(CIRCULATED_TO, "[\"CHILDRENS_SOCIAL_CARE\",\"EDUCATION\"]").check();
            List<Finding> findings = findingsOf(result, "REC-MINUTES-RECIPIENTS");
            // One finding per agency, in a fixed order (by the agency's value) whatever order the engine fires in.
            assertEquals(List.of(List.of("HEALTH"), List.of("POLICE")), findings.stream().map(Finding::arguments).toList());
            assertEquals(List.of(List.of(CIRCULATED_TO), List.of(CIRCULATED_TO)), findings.stream().map(Finding::pointers).toList());
            assertEquals(List.of(Severity.MINOR, Severity.MINOR), findings.stream().map(Finding::severity).toList());
            assertEquals("The minutes were not circulated to the police, which was invited to the discussion.",
                    findings.get(1).message());
        }

        @Test
        void firesOnceForAnAgencyWithSeveralParticipants() {
            AuditResult result = withMinutes().set(CIRCULATED_TO, "[\"POLICE\",\"HEALTH\",\"EDUCATION\"]").check();
            Finding finding = assertSingleFinding(result, "REC-MINUTES-RECIPIENTS", Severity.MINOR, CIRCULATED_TO);
            assertEquals(List.of("CHILDRENS_SOCIAL_CARE"), finding.arguments());
        }

        @Test
        void firesForEveryInvitedAgencyWhenNoRecipientsAreRecorded() {
            AuditResult result = withMinutes().remove(CIRCULATED_TO).check();
            assertEquals(List.of(List.of("CHILDRENS_SOCIAL_CARE"), List.of("EDUCATION"), List.of("HEALTH"), List.of("POLICE")),
                    findingsOf(result, "REC-MINUTES-RECIPIENTS").stream().map(Finding::arguments).toList());
        }

        @Test
        void countsAnAttendeeAsInvitedAndIgnoresAnAgencyRecordedAsNotInvited() {
            AuditResult result = withMinutes()
                    .set("/participants/2/invited", "null")
                    .add("/participants", "{\"agency\":\"HOUSING\",\"role\":\"OTHER\",\"invited\":false}")
                    .set(CIRCULATED_TO, "[\"CHILDRENS_SOCIAL_CARE\",\"HEALTH\",\"EDUCATION\"]").check();
            Finding finding = assertSingleFinding(result, "REC-MINUTES-RECIPIENTS", Severity.MINOR, CIRCULATED_TO);
            assertEquals(List.of("POLICE"), finding.arguments());
        }

        @Test
        void passesWhenEveryInvitedAgencyWasSentTheMinutes() {
            AuditResult result = withMinutes().set(CIRCULATED_TO,
                    "[\"EDUCATION\",\"HEALTH\",\"POLICE\",\"CHILDRENS_SOCIAL_CARE\",\"HOUSING\"]").check();
            assertPassed(result, "REC-MINUTES-RECIPIENTS");
        }

        @Test
        void doesNotApplyToADraftEvenWithMinutesCirculated() {
            AuditResult draft = withMinutes().set("/status", "\"DRAFT\"").set(CIRCULATED_TO, "[]").check();
            assertNotApplicable(draft, "REC-MINUTES-RECIPIENTS");
        }
    }

    @Nested
    class Format {
        private static TestRecord significantInjury() {
            return TestRecord.schoolAge().set("/concern/significantInjury", "true");
        }

        @Test
        void firesWhenHeldByTelephoneAlone() {
            AuditResult result = significantInjury().set("/format", "\"TELEPHONE\"").check();
            Finding finding = assertSingleFinding(result, "REC-FORMAT", Severity.MINOR, "/format");
            assertEquals("The discussion was held by telephone only; for this kind of concern it should be held "
                    + "as a meeting.", finding.message());
        }

        @Test
        void saysSoWhenTheFormatIsNotRecorded() {
            AuditResult result = significantInjury().remove("/format").check();
            Finding finding = assertSingleFinding(result, "REC-FORMAT", Severity.MINOR, "/format");
            assertEquals("How the discussion was held is not recorded; for this kind of concern it should be held "
                    + "as a meeting.", finding.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"MEETING", "VIRTUAL_MEETING", "MIXED"})
        void passesWhenHeldAsAMeeting(String format) {
            AuditResult result = significantInjury().set("/format", "\"" + format + "\"").check();
            assertPassed(result, "REC-FORMAT");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FABRICATED_OR_INDUCED_ILLNESS", "ORGANISED_ABUSE", "CHILD_ON_CHILD_ABUSE", "PRE_BIRTH"})
        void appliesToEachConcernThatNeedsAMeeting(String category) {
            AuditResult result = TestRecord.schoolAge().set("/concern/categories", "[\"NEGLECT\",\"" + category + "\"]")
                    .set("/format", "\"TELEPHONE\"").check();
            assertSingleFinding(result, "REC-FORMAT", Severity.MINOR, "/format");
        }

        @Test
        void appliesToAnUnbornChild() {
            AuditResult result = TestRecord.preSchool().remove("/children/0/dateOfBirth")
                    .set("/children/0/expectedDueDate", "\"2024-08-01\"").set("/format", "\"TELEPHONE\"").check();
            assertSingleFinding(result, "REC-FORMAT", Severity.MINOR, "/format");
        }

        @Test
        void doesNotApplyToOtherConcerns() {
            assertNotApplicable(TestRecord.schoolAge().set("/format", "\"TELEPHONE\"").check(), "REC-FORMAT");
            assertNotApplicable(TestRecord.schoolAge().set("/concern/significantInjury", "false")
                    .set("/format", "\"TELEPHONE\"").check(), "REC-FORMAT");
        }

        @Test
        void reportsAPlannedTelephoneDiscussionInADraft() {
            AuditResult draft = significantInjury().set("/status", "\"DRAFT\"").remove("/heldAt")
                    .set("/format", "\"TELEPHONE\"").check();
            assertSingleFinding(draft, "REC-FORMAT", Severity.MINOR, "/format");
        }

        @Test
        void doesNotAskForTheFormatOfADraftNotYetHeld() {
            AuditResult draft = significantInjury().set("/status", "\"DRAFT\"").remove("/heldAt").remove("/format").check();
            assertPassed(draft, "REC-FORMAT");
        }
    }
}
