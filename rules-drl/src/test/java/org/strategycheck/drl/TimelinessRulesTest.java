package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;

/**
 * Timeliness rules: when the discussion was held, against the concern, the emergency action and
 * the record's other dates. The engine's default calendar (bank holidays of England and Wales)
 * and the catalogue's default thresholds (24 hours, 2 working days) apply throughout.
 */
class TimelinessRulesTest {

    /** The school-age fixture (an INITIAL discussion), identified and held at the given instants. */
    private static TestRecord identifiedAndHeld(String identifiedAt, String heldAt) {
        return TestRecord.schoolAge().set("/concern/identifiedAt", quoted(identifiedAt)).set("/heldAt", quoted(heldAt));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    // ---- TIM-EMERGENCY-24H

    private static TestRecord emergencyAndHeld(String emergencyActionAt, String heldAt) {
        return TestRecord.schoolAge().set("/concern/identifiedAt", "\"2024-05-13T09:00:00+01:00\"")
                .set("/concern/emergencyActionAt", quoted(emergencyActionAt)).set("/heldAt", quoted(heldAt));
    }

    @Test
    void emergencyFiresOneMinutePastTwentyFourHours() {
        AuditResult result = emergencyAndHeld("2024-05-13T10:00:00+01:00", "2024-05-14T10:01:00+01:00").check();
        Finding finding = assertSingleFinding(result, "TIM-EMERGENCY-24H", Severity.CRITICAL,
                "/heldAt", "/concern/emergencyActionAt");
        assertEquals("The strategy discussion was held more than 24 hours after the emergency action.", finding.message());
    }

    @Test
    void emergencyPassesAtExactlyTwentyFourHours() {
        assertPassed(emergencyAndHeld("2024-05-13T10:00:00+01:00", "2024-05-14T10:00:00+01:00").check(), "TIM-EMERGENCY-24H");
    }

    @Test
    void emergencyCountsTheExtraHourWhenTheClocksGoBack() {
        // 10:00 BST on 26 October to 09:30 GMT on 27 October: 23h30 by the clock, 24h30 elapsed.
        AuditResult result = emergencyAndHeld("2024-10-26T10:00:00", "2024-10-27T09:30:00")
                .set("/concern/identifiedAt", "\"2024-10-26T09:00:00\"").check();
        assertSingleFinding(result, "TIM-EMERGENCY-24H", Severity.CRITICAL, "/heldAt", "/concern/emergencyActionAt");
    }

    @Test
    void emergencyCountsTheLostHourWhenTheClocksGoForward() {
        // 10:00 GMT on 30 March to 10:30 BST on 31 March: 24h30 by the clock, 23h30 elapsed.
        AuditResult result = emergencyAndHeld("2024-03-30T10:00:00", "2024-03-31T10:30:00")
                .set("/concern/identifiedAt", "\"2024-03-30T09:00:00\"").check();
        assertPassed(result, "TIM-EMERGENCY-24H");
    }

    @Test
    void emergencyPassesWhenTheDiscussionPrecededTheRecordedEmergencyAction() {
        AuditResult result = emergencyAndHeld("2024-05-14T12:00:00+01:00", "2024-05-14T10:00:00+01:00").check();
        assertPassed(result, "TIM-EMERGENCY-24H");
        assertPassed(result, "TIM-CHRONOLOGY");
    }

    @Test
    void emergencyDoesNotApplyWithoutEmergencyAction() {
        assertNotApplicable(TestRecord.schoolAge().check(), "TIM-EMERGENCY-24H");
    }

    @Test
    void emergencyDoesNotApplyToADraftNotYetHeld() {
        AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt")
                .set("/concern/emergencyActionAt", "\"2024-05-10T10:00:00+01:00\"").check();
        assertNotApplicable(result, "TIM-EMERGENCY-24H");
    }

    // ---- TIM-SAME-DAY

    private static TestRecord significantInjury(String identifiedAt, String heldAt) {
        return identifiedAndHeld(identifiedAt, heldAt).set("/concern/significantInjury", "true");
    }

    @Test
    void sameDayFiresWhenASignificantInjuryIsDiscussedTheNextDay() {
        AuditResult result = significantInjury("2024-05-13T15:00:00+01:00", "2024-05-14T10:00:00+01:00").check();
        Finding finding = assertSingleFinding(result, "TIM-SAME-DAY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
        assertEquals("The concern involves a significant injury or recent sexual abuse, but the discussion was not held"
                + " on the day the concern was identified (UK time).", finding.message());
    }

    @Test
    void sameDayFiresWhenRecentSexualAbuseIsDiscussedTheNextDay() {
        AuditResult result = identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-14T10:00:00+01:00")
                .set("/concern/recentSexualAbuse", "true").check();
        assertSingleFinding(result, "TIM-SAME-DAY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
    }

    @Test
    void sameDayPassesOnTheSameDay() {
        assertPassed(significantInjury("2024-05-13T09:00:00+01:00", "2024-05-13T16:00:00+01:00").check(), "TIM-SAME-DAY");
    }

    @Test
    void sameDayPassesOnTheSameLondonDayAcrossMidnightUtcInSummerTime() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        assertPassed(significantInjury("2024-06-30T23:30:00Z", "2024-07-01T09:00:00+01:00").check(), "TIM-SAME-DAY");
    }

    @Test
    void sameDayFiresOnTheNextLondonDayThoughTheSameUtcDay() {
        // 22:30 UTC is 23:30 on 1 July in London; 23:15 UTC is 00:15 on 2 July.
        AuditResult result = significantInjury("2024-07-01T22:30:00Z", "2024-07-01T23:15:00Z").check();
        assertSingleFinding(result, "TIM-SAME-DAY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
    }

    @Test
    void sameDayFiresWhenTheIdentificationIsNotRecorded() {
        AuditResult result = TestRecord.schoolAge().set("/concern/significantInjury", "true")
                .remove("/concern/identifiedAt").check();
        Finding finding = assertSingleFinding(result, "TIM-SAME-DAY", Severity.MAJOR, "/concern/identifiedAt");
        assertEquals("The concern involves a significant injury or recent sexual abuse, but when it was identified is"
                + " not recorded, so a same-day discussion cannot be shown.", finding.message());
    }

    @Test
    void sameDayLeavesADiscussionHeldBeforeTheConcernToChronology() {
        AuditResult result = significantInjury("2024-05-13T15:00:00+01:00", "2024-05-12T10:00:00+01:00").check();
        assertPassed(result, "TIM-SAME-DAY");
        assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
    }

    @Test
    void sameDayDoesNotApplyWithoutSignificantInjuryOrRecentSexualAbuse() {
        assertNotApplicable(TestRecord.schoolAge().check(), "TIM-SAME-DAY");
    }

    @Test
    void sameDayDoesNotApplyWhenBothAreRecordedAsNo() {
        AuditResult result = TestRecord.schoolAge().set("/concern/significantInjury", "false")
                .set("/concern/recentSexualAbuse", "false").check();
        assertNotApplicable(result, "TIM-SAME-DAY");
    }

    @Test
    void sameDayDoesNotApplyToADraftNotYetHeld() {
        AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt")
                .set("/concern/significantInjury", "true").check();
        assertNotApplicable(result, "TIM-SAME-DAY");
    }

    // ---- TIM-PROMPT

    @Test
    void promptFiresOnTheThirdWorkingDay() {
        // Identified on Friday 17 May 2024 (day 0); Monday is 1, Tuesday 2, Wednesday 3.
        AuditResult result = identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00").check();
        Finding finding = assertSingleFinding(result, "TIM-PROMPT", Severity.MAJOR,
                "/heldAt", "/concern/identifiedAt", "/timingRationale");
        assertEquals("The initial discussion was held 3 working days after the concern was identified (the expected"
                + " maximum is 2), and no reason for the timing is recorded.", finding.message());
    }

    @Test
    void promptPassesOnTheSecondWorkingDay() {
        assertPassed(identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-21T10:00:00+01:00").check(), "TIM-PROMPT");
    }

    @Test
    void promptPassesOnTheDayIdentified() {
        assertPassed(identifiedAndHeld("2024-05-17T09:00:00+01:00", "2024-05-17T16:00:00+01:00").check(), "TIM-PROMPT");
    }

    @Test
    void promptCountsFromASaturdayAsDayZero() {
        AuditResult tuesday = identifiedAndHeld("2024-05-18T11:00:00+01:00", "2024-05-21T10:00:00+01:00").check();
        AuditResult wednesday = identifiedAndHeld("2024-05-18T11:00:00+01:00", "2024-05-22T10:00:00+01:00").check();
        assertPassed(tuesday, "TIM-PROMPT");
        assertSingleFinding(wednesday, "TIM-PROMPT", Severity.MAJOR, "/heldAt", "/concern/identifiedAt", "/timingRationale");
    }

    @Test
    void promptCountsFromTheLondonDateOfIdentification() {
        // 23:30 UTC on Thursday 16 May is 00:30 on Friday in London, so Tuesday is working day 2, not 3.
        assertPassed(identifiedAndHeld("2024-05-16T23:30:00Z", "2024-05-21T10:00:00+01:00").check(), "TIM-PROMPT");
    }

    @Test
    void promptPassesWhenLateWithATimingRationale() {
        AuditResult result = identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00")
                .set("/timingRationale", "\"Police could not attend before Wednesday.\"").check();
        assertPassed(result, "TIM-PROMPT");
    }

    @Test
    void promptFiresWhenTheTimingRationaleIsBlank() {
        AuditResult result = identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00")
                .set("/timingRationale", "\"   \"").check();
        assertSingleFinding(result, "TIM-PROMPT", Severity.MAJOR, "/heldAt", "/concern/identifiedAt", "/timingRationale");
    }

    @Test
    void promptFiresWhenTheIdentificationIsNotRecordedAndNoReasonIsGiven() {
        AuditResult result = TestRecord.schoolAge().remove("/concern/identifiedAt").check();
        Finding finding = assertSingleFinding(result, "TIM-PROMPT", Severity.MAJOR, "/concern/identifiedAt", "/timingRationale");
        assertEquals("When the concern was identified is not recorded, so the initial discussion cannot be shown to be"
                + " prompt, and no reason for the timing is recorded.", finding.message());
    }

    @Test
    void promptPassesWhenTheIdentificationIsNotRecordedButAReasonIsGiven() {
        AuditResult result = TestRecord.schoolAge().remove("/concern/identifiedAt")
                .set("/timingRationale", "\"Held at the first meeting the police could attend.\"").check();
        assertPassed(result, "TIM-PROMPT");
    }

    @Test
    void promptLeavesADiscussionHeldBeforeTheConcernToChronology() {
        AuditResult result = identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-10T10:00:00+01:00").check();
        assertPassed(result, "TIM-PROMPT");
        assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
    }

    @Test
    void promptDoesNotApplyToAFurtherDiscussion() {
        AuditResult result = identifiedAndHeld("2024-05-01T15:00:00+01:00", "2024-05-22T10:00:00+01:00")
                .set("/type", "\"FURTHER\"").check();
        assertNotApplicable(result, "TIM-PROMPT");
    }

    @Test
    void promptDoesNotApplyWhenTheTypeIsNotRecorded() {
        assertNotApplicable(TestRecord.schoolAge().remove("/type").check(), "TIM-PROMPT");
    }

    @Test
    void promptDoesNotApplyToADraftNotYetHeld() {
        AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt")
                .set("/concern/identifiedAt", "\"2024-05-01T15:00:00+01:00\"").check();
        assertNotApplicable(result, "TIM-PROMPT");
    }

    /**
     * Bank holidays the count must skip: the day identified, the last day that is within 2
     * working days, and the next working day (the third).
     */
    static Stream<Arguments> bankHolidayWeeks() {
        return Stream.of(
                Arguments.of("an ordinary weekend", "2024-05-17", "2024-05-21", "2024-05-22"),
                Arguments.of("Easter 2024 (Good Friday, Easter Monday)", "2024-03-28", "2024-04-03", "2024-04-04"),
                Arguments.of("Christmas 2021 (substitute days 27 and 28 December)", "2021-12-24", "2021-12-30", "2021-12-31"),
                Arguments.of("Christmas 2022 (Boxing Day 26, substitute day 27 December)", "2022-12-23", "2022-12-29", "2022-12-30"),
                Arguments.of("the Platinum Jubilee (2 and 3 June 2022)", "2022-06-01", "2022-06-07", "2022-06-08"),
                Arguments.of("the State Funeral (19 September 2022)", "2022-09-16", "2022-09-21", "2022-09-22"),
                Arguments.of("the Coronation (8 May 2023)", "2023-05-05", "2023-05-10", "2023-05-11"),
                Arguments.of("VE day (8 May 2020)", "2020-05-06", "2020-05-11", "2020-05-12"),
                Arguments.of("4 May 2020, a working day (early May holiday moved)", "2020-05-01", "2020-05-05", "2020-05-06"),
                Arguments.of("the Royal Wedding (29 April 2011)", "2011-04-28", "2011-05-04", "2011-05-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankHolidayWeeks")
    void promptPassesOnTheSecondWorkingDayAcrossBankHolidays(String week, String identified, String secondWorkingDay,
            String thirdWorkingDay) {
        AuditResult result = identifiedAndHeld(identified + "T15:00:00", secondWorkingDay + "T10:00:00").check();
        assertPassed(result, "TIM-PROMPT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankHolidayWeeks")
    void promptFiresOnTheThirdWorkingDayAcrossBankHolidays(String week, String identified, String secondWorkingDay,
            String thirdWorkingDay) {
        AuditResult result = identifiedAndHeld(identified + "T15:00:00", thirdWorkingDay + "T10:00:00").check();
        Finding finding = assertSingleFinding(result, "TIM-PROMPT", Severity.MAJOR,
                "/heldAt", "/concern/identifiedAt", "/timingRationale");
        assertEquals(List.of("3", "2"), finding.arguments());
    }

    @Test
    void promptSkipsBankHolidaysInYearsNoListCovers() {
        // Thursday before Easter 2031 to the Wednesday after: Good Friday and Easter Monday skipped.
        assertPassed(identifiedAndHeld("2031-04-10T15:00:00", "2031-04-16T10:00:00").check(), "TIM-PROMPT");
    }

    @Test
    void promptSkipsADayTheHostAddsFromAFeed() throws IOException {
        WorkingDayCalendar calendar;
        try (InputStream feed = getClass().getResourceAsStream("/calendar/local-closure-2031.json")) {
            calendar = WorkingDayCalendar.englandAndWales().plus(WorkingDayCalendar.fromBankHolidayFeed(feed));
        }
        StrategyCheck checker = StrategyCheck.builder().calendar(calendar).build();
        // From Thursday 10 April 2031, past Good Friday and Easter Monday: Tuesday 15 April is the
        // host's closure day, so Thursday 17 April is working day 2, and day 3 with the built-in calendar alone.
        String json = identifiedAndHeld("2031-04-10T15:00:00", "2031-04-17T10:00:00").json();
        assertPassed(checker.check(json), "TIM-PROMPT");
        Finding builtInOnly = assertSingleFinding(TestRecord.CHECKER.check(json), "TIM-PROMPT", Severity.MAJOR,
                "/heldAt", "/concern/identifiedAt", "/timingRationale");
        assertEquals(List.of("3", "2"), builtInOnly.arguments());
    }

    // ---- TIM-CHRONOLOGY

    @Test
    void chronologyFiresWhenHeldBeforeTheConcernWasIdentified() {
        AuditResult result = identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-13T14:59:00+01:00").check();
        Finding finding = assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/heldAt", "/concern/identifiedAt");
        assertEquals("The discussion is recorded as held before the concern was identified: one of the two dates is wrong.",
                finding.message());
    }

    @Test
    void chronologyPassesWhenHeldAtTheMomentTheConcernWasIdentified() {
        assertPassed(identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-13T14:00:00Z").check(), "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyFiresWhenAChildIsBornAfterTheDiscussion() {
        AuditResult result = TestRecord.schoolAge()
                .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-15\"}").check();
        Finding finding = assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/children/1/dateOfBirth", "/heldAt");
        assertEquals("Child 2's date of birth is after the discussion: one of the two dates is wrong.", finding.message());
    }

    @Test
    void chronologyPassesWhenAChildIsBornOnTheDayOfTheDiscussion() {
        AuditResult result = TestRecord.schoolAge()
                .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-14\"}").check();
        assertPassed(result, "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyComparesABirthWithTheLondonDateOfTheDiscussion() {
        // 23:30 UTC on 14 May is 00:30 on 15 May in London: a birth on 15 May is not after it.
        AuditResult result = TestRecord.schoolAge().set("/heldAt", "\"2024-05-14T23:30:00Z\"")
                .add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-15\"}").check();
        assertPassed(result, "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyPassesWhenAnUnbornChildHasNoDateOfBirth() {
        AuditResult result = TestRecord.schoolAge()
                .add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-08-01\"}").check();
        assertPassed(result, "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyFiresWhenTheMinutesWereCirculatedBeforeTheDiscussion() {
        AuditResult result = TestRecord.schoolAge().set("/minutes", "{\"circulatedOn\":\"2024-05-13\"}").check();
        Finding finding = assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/minutes/circulatedOn", "/heldAt");
        assertEquals("The minutes are recorded as circulated before the discussion was held: one of the two dates is wrong.",
                finding.message());
    }

    @Test
    void chronologyFiresWhenTheMinutesWereCompletedBeforeTheDiscussion() {
        AuditResult result = TestRecord.schoolAge().set("/minutes", "{\"completedOn\":\"2024-05-13\"}").check();
        Finding finding = assertSingleFinding(result, "TIM-CHRONOLOGY", Severity.MAJOR, "/minutes/completedOn", "/heldAt");
        assertEquals("The minutes are recorded as completed before the discussion was held: one of the two dates is wrong.",
                finding.message());
    }

    @Test
    void chronologyPassesWhenTheMinutesAreCompletedAndCirculatedOnTheDayHeld() {
        AuditResult result = TestRecord.schoolAge()
                .set("/minutes", "{\"completedOn\":\"2024-05-14\",\"circulatedOn\":\"2024-05-14\"}").check();
        assertPassed(result, "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyReportsEachContradictionSeparately() {
        AuditResult result = identifiedAndHeld("2024-05-14T15:00:00+01:00", "2024-05-14T10:00:00+01:00")
                .set("/children/0/dateOfBirth", "\"2024-06-01\"")
                .set("/minutes", "{\"completedOn\":\"2024-05-10\",\"circulatedOn\":\"2024-05-11\"}").check();
        List<Finding> findings = findingsOf(result, "TIM-CHRONOLOGY");
        assertEquals(List.of(
                        List.of("/children/0/dateOfBirth", "/heldAt"),
                        List.of("/heldAt", "/concern/identifiedAt"),
                        List.of("/minutes/circulatedOn", "/heldAt"),
                        List.of("/minutes/completedOn", "/heldAt")),
                findings.stream().map(Finding::pointers).toList());
        assertEquals(List.of(Severity.MAJOR, Severity.MAJOR, Severity.MAJOR, Severity.MAJOR),
                findings.stream().map(Finding::severity).toList());
    }

    @Test
    void chronologyPassesACompleteRecord() {
        assertPassed(TestRecord.schoolAge().check(), "TIM-CHRONOLOGY");
    }

    @Test
    void chronologyAppliesToADraftNotYetHeldAndFindsNoContradictionWithoutAHeldDate() {
        // A pre-birth concern: the child born since the concern was identified, the discussion not yet held.
        AuditResult result = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt")
                .set("/children/0/dateOfBirth", "\"2024-05-20\"").check();
        assertPassed(result, "TIM-CHRONOLOGY");
    }
}
