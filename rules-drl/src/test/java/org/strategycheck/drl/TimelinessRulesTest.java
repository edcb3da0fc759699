package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.appliesToEveryRecord;
import static org.strategycheck.drl.RuleCase.fires;
import static org.strategycheck.drl.RuleCase.gap;
import static org.strategycheck.drl.RuleCase.notApplicable;
import static org.strategycheck.drl.RuleCase.passes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;

/**
 * Timeliness rules: when the discussion was held, against the concern, the emergency action and the record's other dates, as a table. The engine's default calendar (bank holidays of England and Wales) and the catalogue's thresholds apply unless a row says otherwise.
 */
class TimelinessRulesTest {

    private static TestRecord identifiedAndHeld(String identifiedAt, String heldAt) {
        return TestRecord.schoolAge().set("/concern/identifiedAt", quoted(identifiedAt)).set("/heldAt", quoted(heldAt));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static TestRecord emergencyAndHeld(String emergencyActionAt, String heldAt) {
        return TestRecord.schoolAge().set("/concern/identifiedAt", "\"2024-05-13T09:00:00+01:00\"")
                .set("/concern/emergencyActionAt", quoted(emergencyActionAt)).set("/heldAt", quoted(heldAt));
    }

    private static TestRecord significantInjury(String identifiedAt, String heldAt) {
        return identifiedAndHeld(identifiedAt, heldAt).set("/concern/significantInjury", "true");
    }

    /** The built-in calendar and a host's local closure day, 15 April 2031, from a feed. */
    private static StrategyCheck withLocalClosure2031() {
        try (InputStream feed = TimelinessRulesTest.class.getResourceAsStream("/calendar/local-closure-2031.json")) {
            WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales().plus(WorkingDayCalendar.fromBankHolidayFeed(feed));
            return StrategyCheck.builder().calendar(calendar).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bank holidays the count must skip: the day identified, the last day that is within 2
     * working days, and the next working day (the third).
     */
    private static final List<List<String>> BANK_HOLIDAY_WEEKS = List.of(
            List.of("an ordinary weekend", "2024-05-17", "2024-05-21", "2024-05-22"),
            List.of("Easter 2024 (Good Friday, Easter Monday)", "2024-03-28", "2024-04-03", "2024-04-04"),
            List.of("Christmas 2021 (substitute days 27 and 28 December)", "2021-12-24", "2021-12-30", "2021-12-31"),
            List.of("Christmas 2022 (Boxing Day 26, substitute day 27 December)", "2022-12-23", "2022-12-29", "2022-12-30"),
            List.of("the Platinum Jubilee (2 and 3 June 2022)", "2022-06-01", "2022-06-07", "2022-06-08"),
            List.of("the State Funeral (19 September 2022)", "2022-09-16", "2022-09-21", "2022-09-22"),
            List.of("the Coronation (8 May 2023)", "2023-05-05", "2023-05-10", "2023-05-11"),
            List.of("VE day (8 May 2020)", "2020-05-06", "2020-05-11", "2020-05-12"),
            List.of("4 May 2020, a working day (early May holiday moved)", "2020-05-01", "2020-05-05", "2020-05-06"),
            List.of("the Royal Wedding (29 April 2011)", "2011-04-28", "2011-05-04", "2011-05-05"));

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(appliesToEveryRecord("TIM-CHRONOLOGY", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(fires("TIM-EMERGENCY-24H", "emergency fires one minute past twenty four hours",
                emergencyAndHeld("2024-05-13T10:00:00+01:00", "2024-05-14T10:01:00+01:00"),
                gap(Severity.CRITICAL, "TIM-EMERGENCY-24H", "/heldAt", "/concern/emergencyActionAt").args("24")));
        rows.add(passes("TIM-EMERGENCY-24H", "emergency passes at exactly twenty four hours",
                emergencyAndHeld("2024-05-13T10:00:00+01:00", "2024-05-14T10:00:00+01:00")));
        // 10:00 BST on 26 October to 09:30 GMT on 27 October: 23h30 by the clock, 24h30 elapsed.
        rows.add(fires("TIM-EMERGENCY-24H", "emergency counts the extra hour when the clocks go back",
                emergencyAndHeld("2024-10-26T10:00:00", "2024-10-27T09:30:00").set("/concern/identifiedAt", "\"2024-10-26T09:00:00\""),
                gap(Severity.CRITICAL, "TIM-EMERGENCY-24H", "/heldAt", "/concern/emergencyActionAt").args("24")));
        // 10:00 GMT on 30 March to 10:30 BST on 31 March: 24h30 by the clock, 23h30 elapsed.
        rows.add(passes("TIM-EMERGENCY-24H", "emergency counts the lost hour when the clocks go forward",
                emergencyAndHeld("2024-03-30T10:00:00", "2024-03-31T10:30:00").set("/concern/identifiedAt", "\"2024-03-30T09:00:00\"")));
        rows.add(passes("TIM-EMERGENCY-24H", "emergency passes when the discussion preceded the recorded emergency action",
                emergencyAndHeld("2024-05-14T12:00:00+01:00", "2024-05-14T10:00:00+01:00")));
        rows.add(passes("TIM-CHRONOLOGY", "emergency passes when the discussion preceded the recorded emergency action",
                emergencyAndHeld("2024-05-14T12:00:00+01:00", "2024-05-14T10:00:00+01:00")));
        rows.add(fires("TIM-EMERGENCY-24H", "emergency fires one second past twenty four hours",
                emergencyAndHeld("2024-05-13T10:00:00+01:00", "2024-05-14T10:00:01+01:00"),
                gap(Severity.CRITICAL, "TIM-EMERGENCY-24H", "/heldAt", "/concern/emergencyActionAt").args("24")));
        rows.add(notApplicable("TIM-EMERGENCY-24H", "emergency does not apply without emergency action",
                TestRecord.schoolAge()));
        rows.add(notApplicable("TIM-EMERGENCY-24H", "emergency does not apply to a draft not yet held",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").set("/concern/emergencyActionAt", "\"2024-05-10T10:00:00+01:00\"")));
        rows.add(fires("TIM-SAME-DAY", "same day fires when a significant injury is discussed the next day",
                significantInjury("2024-05-13T15:00:00+01:00", "2024-05-14T10:00:00+01:00"),
                gap(Severity.MAJOR, "TIM-SAME-DAY", "/heldAt", "/concern/identifiedAt")));
        rows.add(fires("TIM-SAME-DAY", "same day fires when recent sexual abuse is discussed the next day",
                identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-14T10:00:00+01:00").set("/concern/recentSexualAbuse", "true"),
                gap(Severity.MAJOR, "TIM-SAME-DAY", "/heldAt", "/concern/identifiedAt")));
        rows.add(passes("TIM-SAME-DAY", "same day passes on the same day",
                significantInjury("2024-05-13T09:00:00+01:00", "2024-05-13T16:00:00+01:00")));
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        rows.add(passes("TIM-SAME-DAY", "same day passes on the same london day across midnight utc in summer time",
                significantInjury("2024-06-30T23:30:00Z", "2024-07-01T09:00:00+01:00")));
        // 22:30 UTC is 23:30 on 1 July in London; 23:15 UTC is 00:15 on 2 July.
        rows.add(fires("TIM-SAME-DAY", "same day fires on the next london day though the same utc day",
                significantInjury("2024-07-01T22:30:00Z", "2024-07-01T23:15:00Z"),
                gap(Severity.MAJOR, "TIM-SAME-DAY", "/heldAt", "/concern/identifiedAt")));
        rows.add(fires("TIM-SAME-DAY", "same day fires when the identification is not recorded",
                TestRecord.schoolAge().set("/concern/significantInjury", "true").remove("/concern/identifiedAt"),
                gap(Severity.MAJOR, "TIM-SAME-DAY.identifiedNotRecorded", "/concern/identifiedAt")));
        rows.add(passes("TIM-SAME-DAY", "same day leaves a discussion held before the concern to chronology",
                significantInjury("2024-05-13T15:00:00+01:00", "2024-05-12T10:00:00+01:00")));
        rows.add(fires("TIM-CHRONOLOGY", "same day leaves a discussion held before the concern to chronology",
                significantInjury("2024-05-13T15:00:00+01:00", "2024-05-12T10:00:00+01:00"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY", "/heldAt", "/concern/identifiedAt")));
        rows.add(notApplicable("TIM-SAME-DAY", "same day does not apply without significant injury or recent sexual abuse",
                TestRecord.schoolAge()));
        rows.add(notApplicable("TIM-SAME-DAY", "same day does not apply when both are recorded as no",
                TestRecord.schoolAge().set("/concern/significantInjury", "false").set("/concern/recentSexualAbuse", "false")));
        rows.add(notApplicable("TIM-SAME-DAY", "v1.1: same day does not apply to a further discussion",
                significantInjury("2024-05-13T15:00:00+01:00", "2024-05-20T10:00:00+01:00").set("/type", "\"FURTHER\"")));
        rows.add(notApplicable("TIM-SAME-DAY", "v1.1: same day does not apply when the type is not recorded",
                significantInjury("2024-05-13T15:00:00+01:00", "2024-05-20T10:00:00+01:00").remove("/type")));
        rows.add(notApplicable("TIM-SAME-DAY", "same day does not apply to a draft not yet held",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").set("/concern/significantInjury", "true")));
        // Identified on Friday 17 May 2024 (day 0); Monday is 1, Tuesday 2, Wednesday 3.
        rows.add(fires("TIM-PROMPT", "prompt fires on the third working day",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00"),
                gap(Severity.MAJOR, "TIM-PROMPT", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        rows.add(passes("TIM-PROMPT", "prompt passes on the second working day",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-21T10:00:00+01:00")));
        rows.add(passes("TIM-PROMPT", "prompt passes on the day identified",
                identifiedAndHeld("2024-05-17T09:00:00+01:00", "2024-05-17T16:00:00+01:00")));
        rows.add(passes("TIM-PROMPT", "prompt counts from a saturday as day zero",
                identifiedAndHeld("2024-05-18T11:00:00+01:00", "2024-05-21T10:00:00+01:00")));
        rows.add(fires("TIM-PROMPT", "prompt counts from a saturday as day zero",
                identifiedAndHeld("2024-05-18T11:00:00+01:00", "2024-05-22T10:00:00+01:00"),
                gap(Severity.MAJOR, "TIM-PROMPT", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        // 23:30 UTC on Thursday 16 May is 00:30 on Friday in London, so Tuesday is working day 2, not 3.
        rows.add(passes("TIM-PROMPT", "prompt counts from the london date of identification",
                identifiedAndHeld("2024-05-16T23:30:00Z", "2024-05-21T10:00:00+01:00")));
        rows.add(fires("TIM-PROMPT", "v1.1: prompt is an advisory finding when late with a timing rationale",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00").set("/timingRationale", "\"Police could not attend before Wednesday.\""),
                gap(Severity.ADVISORY, "TIM-PROMPT.withReason", "/heldAt", "/concern/identifiedAt").args("3", "2")));
        rows.add(passes("TIM-PROMPT", "prompt passes when in time, with a timing rationale or without",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-21T10:00:00+01:00").set("/timingRationale", "\"Held when the police could attend.\"")));
        rows.add(fires("TIM-PROMPT", "prompt says the timing rationale is a placeholder, as major",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00").set("/timingRationale", "\"See notes.\""),
                gap(Severity.MAJOR, "TIM-PROMPT.placeholder", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        rows.add(fires("TIM-PROMPT", "prompt fires when the timing rationale is blank",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-22T10:00:00+01:00").set("/timingRationale", "\"   \""),
                gap(Severity.MAJOR, "TIM-PROMPT", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        rows.add(fires("TIM-PROMPT", "prompt fires when the identification is not recorded and no reason is given",
                TestRecord.schoolAge().remove("/concern/identifiedAt"),
                gap(Severity.MAJOR, "TIM-PROMPT.identifiedNotRecorded", "/concern/identifiedAt", "/timingRationale")));
        rows.add(fires("TIM-PROMPT", "v1.1: prompt is an advisory finding when the identification is not recorded but a reason is given",
                TestRecord.schoolAge().remove("/concern/identifiedAt").set("/timingRationale", "\"Held at the first meeting the police could attend.\""),
                gap(Severity.ADVISORY, "TIM-PROMPT.identifiedNotRecordedWithReason", "/concern/identifiedAt")));
        rows.add(fires("TIM-PROMPT", "prompt says the timing rationale is a placeholder when the identification is not recorded",
                TestRecord.schoolAge().remove("/concern/identifiedAt").set("/timingRationale", "\"n/a\""),
                gap(Severity.MAJOR, "TIM-PROMPT.identifiedNotRecordedPlaceholder", "/concern/identifiedAt", "/timingRationale")));
        rows.add(passes("TIM-PROMPT", "prompt leaves a discussion held before the concern to chronology",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-10T10:00:00+01:00")));
        rows.add(fires("TIM-CHRONOLOGY", "prompt leaves a discussion held before the concern to chronology",
                identifiedAndHeld("2024-05-17T15:00:00+01:00", "2024-05-10T10:00:00+01:00"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY", "/heldAt", "/concern/identifiedAt")));
        rows.add(notApplicable("TIM-PROMPT", "prompt does not apply to a further discussion",
                identifiedAndHeld("2024-05-01T15:00:00+01:00", "2024-05-22T10:00:00+01:00").set("/type", "\"FURTHER\"")));
        rows.add(notApplicable("TIM-PROMPT", "prompt does not apply when the type is not recorded",
                TestRecord.schoolAge().remove("/type")));
        rows.add(notApplicable("TIM-PROMPT", "prompt does not apply to a draft not yet held",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").set("/concern/identifiedAt", "\"2024-05-01T15:00:00+01:00\"")));
        // Thursday before Easter 2031 to the Wednesday after: working day 2, Good Friday and Easter
        // Monday skipped by the built-in calendar, which is computed for any year.
        rows.add(passes("TIM-PROMPT", "prompt skips bank holidays in years no list covers",
                identifiedAndHeld("2031-04-10T15:00:00", "2031-04-16T10:00:00")));
        // From Thursday 10 April 2031, past Easter: Tuesday 15 April is the host's closure day, so
        // Thursday 17 April is working day 2 with the host's feed, and day 3 with the built-in calendar alone.
        rows.add(passes("TIM-PROMPT", "prompt skips a day the host adds from a feed",
                identifiedAndHeld("2031-04-10T15:00:00", "2031-04-17T10:00:00")).checkedBy(withLocalClosure2031()));
        rows.add(fires("TIM-PROMPT", "prompt counts the host's closure day as working without the host's feed",
                identifiedAndHeld("2031-04-10T15:00:00", "2031-04-17T10:00:00"),
                gap(Severity.MAJOR, "TIM-PROMPT", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        rows.add(fires("TIM-CHRONOLOGY", "chronology fires when held before the concern was identified",
                identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-13T14:59:00+01:00"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY", "/heldAt", "/concern/identifiedAt")));
        rows.add(passes("TIM-CHRONOLOGY", "chronology passes when held at the moment the concern was identified",
                identifiedAndHeld("2024-05-13T15:00:00+01:00", "2024-05-13T14:00:00Z")));
        rows.add(passes("TIM-CHRONOLOGY", "v1.1: chronology passes when a child is born after the discussion: that child was unborn at it",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-15\"}")));
        rows.add(fires("ATT-MIDWIFE", "v1.1: a child born after the discussion was unborn at it, so pre-birth rules apply",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-15\"}"),
                gap(Severity.MAJOR, "ATT-MIDWIFE", "/participants")));
        rows.add(passes("TIM-CHRONOLOGY", "chronology passes when a child is born on the day of the discussion",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-14\"}")));
        // 23:30 UTC on 14 May is 00:30 on 15 May in London: a birth on 15 May is not after it.
        rows.add(passes("TIM-CHRONOLOGY", "chronology compares a birth with the london date of the discussion",
                TestRecord.schoolAge().set("/heldAt", "\"2024-05-14T23:30:00Z\"").add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2024-05-15\"}")));
        rows.add(passes("TIM-CHRONOLOGY", "chronology passes when an unborn child has no date of birth",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-08-01\"}")));
        rows.add(fires("TIM-CHRONOLOGY", "chronology fires when the minutes were circulated before the discussion",
                TestRecord.schoolAge().set("/minutes", "{\"circulatedOn\":\"2024-05-13\"}"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY.circulatedBeforeHeld", "/minutes/circulatedOn", "/heldAt")));
        rows.add(fires("TIM-CHRONOLOGY", "chronology fires when the minutes were completed before the discussion",
                TestRecord.schoolAge().set("/minutes", "{\"completedOn\":\"2024-05-13\"}"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY.completedBeforeHeld", "/minutes/completedOn", "/heldAt")));
        rows.add(passes("TIM-CHRONOLOGY", "chronology passes when the minutes are completed and circulated on the day held",
                TestRecord.schoolAge().set("/minutes", "{\"completedOn\":\"2024-05-14\",\"circulatedOn\":\"2024-05-14\"}")));
        rows.add(fires("TIM-CHRONOLOGY", "reports each contradiction separately",
                identifiedAndHeld("2024-05-14T15:00:00+01:00", "2024-05-14T10:00:00+01:00")
                        .set("/children/0/dateOfBirth", "\"2024-06-01\"")
                        .set("/minutes", "{\"completedOn\":\"2024-05-10\",\"circulatedOn\":\"2024-05-11\"}"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY", "/heldAt", "/concern/identifiedAt"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY.circulatedBeforeHeld", "/minutes/circulatedOn", "/heldAt"),
                gap(Severity.MAJOR, "TIM-CHRONOLOGY.completedBeforeHeld", "/minutes/completedOn", "/heldAt")));
        rows.add(passes("TIM-CHRONOLOGY", "chronology passes a complete record",
                TestRecord.schoolAge()));
        // A pre-birth concern: the child born since the concern was identified, the discussion not yet held.
        rows.add(passes("TIM-CHRONOLOGY", "chronology applies to a draft not yet held and finds no contradiction without a held date",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").set("/children/0/dateOfBirth", "\"2024-05-20\"")));
        for (List<String> week : BANK_HOLIDAY_WEEKS) {
            rows.add(passes("TIM-PROMPT", "held on the second working day across " + week.get(0),
                    identifiedAndHeld(week.get(1) + "T15:00:00", week.get(2) + "T10:00:00")));
            rows.add(fires("TIM-PROMPT", "held on the third working day across " + week.get(0),
                    identifiedAndHeld(week.get(1) + "T15:00:00", week.get(3) + "T10:00:00"),
                    gap(Severity.MAJOR, "TIM-PROMPT", "/heldAt", "/concern/identifiedAt", "/timingRationale").args("3", "2")));
        }
        return rows;
    }

    static Stream<RuleCase> rows() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(RuleCase row) {
        row.verify();
    }
}
