package org.strategycheck.census;

import org.strategycheck.audit.Proportion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.census.CensusXml.child;
import static org.strategycheck.census.CensusXml.census;
import static org.strategycheck.census.CensusXml.section47;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.WorkingDayCalendar;

/** Conference timeliness as the DfE counts it, and the census's own dates checked. */
class CensusAuditTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();
    private static final CensusHeader YEAR_2023 = new CensusHeader(2023, LocalDate.of(2023, 3, 31));

    private static CheckedEnquiry check(String start, String target, String conference, boolean notRequired) {
        return new CensusAudit(ENGLAND_AND_WALES, YEAR_2023).check(enquiry(start, target, conference, notRequired));
    }

    private static CensusEnquiry enquiry(String start, String target, String conference, boolean notRequired) {
        return new CensusEnquiry(1, 1, 1, 1, LocalDate.parse(start), target == null ? null : LocalDate.parse(target),
                conference == null ? null : LocalDate.parse(conference), notRequired);
    }

    // The target date

    @Test
    void theJubileeTargetIgnoresTheBankHolidaysAndIsFlaggedWithTheDateItShouldBe() {
        // 2 June 2022 (the spring bank holiday, moved) and 3 June (the Platinum Jubilee): the 15th
        // working day after 2 June is 24 June; counting weekends only it would be 23 June.
        CheckedEnquiry checked = check("2022-06-02", "2022-06-23", "2022-06-17", false);

        assertEquals(List.of(DateIssue.TARGET_IGNORES_BANK_HOLIDAY), checked.issues());
        assertEquals(LocalDate.of(2022, 6, 24), checked.expectedTarget());
    }

    @Test
    void theFifteenthWorkingDayAfterTheStartIsTheRightTarget() {
        assertEquals(List.of(), check("2022-06-02", "2022-06-24", "2022-06-17", false).issues());
    }

    @Test
    void aTargetThatIsNotTheFifteenthWorkingDayForAnotherReasonIsFlaggedAsSuch() {
        CheckedEnquiry checked = check("2022-06-02", "2022-06-22", null, false);

        assertEquals(List.of(DateIssue.TARGET_NOT_15_WORKING_DAYS), checked.issues());
        assertEquals(LocalDate.of(2022, 6, 24), checked.expectedTarget());
    }

    @Test
    void aTargetOnAWeekendIsFlaggedBesideBeingWrong() {
        assertEquals(List.of(DateIssue.TARGET_NOT_15_WORKING_DAYS, DateIssue.TARGET_ON_WEEKEND),
                check("2022-06-02", "2022-06-25", null, false).issues());
    }

    @Test
    void withoutATargetThereIsNoTargetToCheckButTheDateItShouldBeIsGiven() {
        CheckedEnquiry checked = check("2022-12-16", null, null, false);

        assertEquals(List.of(), checked.issues());
        // Christmas Day and Boxing Day 2022 fell on a weekend: the substitute days were 26 and 27 December.
        assertEquals(LocalDate.of(2023, 1, 11), checked.expectedTarget());
    }

    // The conference date

    @Test
    void aConferenceBeforeTheStartIsFlaggedCountedAndGivenNoDuration() {
        CheckedEnquiry checked = check("2022-06-10", null, "2022-06-09", false);

        assertEquals(List.of(DateIssue.CONFERENCE_BEFORE_START), checked.issues());
        assertEquals(ConferenceStatus.BEFORE_START, checked.status());
        assertNull(checked.workingDays());
        assertNull(checked.band());
    }

    @Test
    void aConferenceOnAWeekendIsFlagged() {
        assertEquals(List.of(DateIssue.CONFERENCE_ON_WEEKEND), check("2022-06-06", null, "2022-06-19", false).issues());
    }

    @Test
    void aConferenceDatedWhereNoneWasRequiredIsFlagged() {
        CheckedEnquiry checked = check("2022-06-06", null, "2022-06-20", true);

        assertEquals(List.of(DateIssue.CONFERENCE_DATED_BUT_NOT_REQUIRED), checked.issues());
        assertEquals(ConferenceStatus.TIMED, checked.status());
    }

    // Working days, as the DfE counts them

    @ParameterizedTest(name = "{0} to {1}: {2} working days, band {3}")
    @CsvSource({
            "2022-06-06, 2022-06-06, 0, 0-10",   // the same day is day 0
            "2022-06-06, 2022-06-07, 1, 0-10",
            "2022-06-10, 2022-06-13, 1, 0-10",   // Friday to Monday
            "2022-06-11, 2022-06-13, 1, 0-10",   // a Saturday start is still day 0
            "2022-06-01, 2022-06-06, 1, 0-10",   // over the Jubilee: 2 and 3 June are not working days
            "2022-06-06, 2022-06-20, 10, 0-10",
            "2022-06-06, 2022-06-21, 11, 11-15",
            "2022-06-02, 2022-06-24, 15, 11-15", // the Jubilee case: the 15th working day is still within 15
            "2022-06-02, 2022-06-27, 16, 16-20",
            "2022-06-06, 2022-07-04, 20, 16-20",
            "2022-06-06, 2022-07-05, 21, 21+",
            "2022-12-16, 2023-01-11, 15, 11-15", // over Christmas and New Year
    })
    void workingDaysCountFromTheStartAsDayZeroSkippingWeekendsAndBankHolidays(String start, String conference,
            int workingDays, String band) {
        CheckedEnquiry checked = check(start, null, conference, false);

        assertEquals(workingDays, checked.workingDays());
        assertEquals(band, checked.band().label());
        assertEquals(workingDays <= 15, checked.within15());
    }

    // Which conferences count

    @Test
    void aConferenceOutsideTheCollectionYearIsTimedButNotCounted() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, YEAR_2023);
        CheckedEnquiry checked = audit.check(enquiry("2022-03-21", null, "2022-03-31", false));

        assertEquals(ConferenceStatus.OUTSIDE_YEAR, checked.status());
        assertEquals(8, checked.workingDays());
    }

    @Test
    void anEnquiryStartedBeforeTheYearWhoseConferenceIsInItIsCounted() {
        assertEquals(ConferenceStatus.TIMED, check("2022-03-21", null, "2022-04-04", false).status());
    }

    @Test
    void withoutAConferenceTheEnquiryEitherNeededNoneOrHasNone() {
        assertEquals(ConferenceStatus.NOT_REQUIRED, check("2022-06-06", null, null, true).status());
        assertEquals(ConferenceStatus.NO_CONFERENCE, check("2022-06-06", null, null, false).status());
    }

    @Test
    void withoutACollectionYearEveryConferenceIsCounted() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, new CensusHeader(null, null));
        audit.add(new CensusChild(1, ChildKey.of("A"), List.of(enquiry("2015-03-02", null, "2015-03-13", false))));

        Timeliness timeliness = audit.figures().timeliness();
        assertNull(timeliness.year());
        assertEquals(1, timeliness.conferences());
        assertEquals(List.of(YearMonth.of(2015, 3)), timeliness.months().stream().map(MonthTimeliness::month).toList());
    }

    // The figures

    /** Durations 0, 5, 10, 12, 15, 15, 16, 21, 30 and one conference before its start. */
    private static CensusFigures tenConferences() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, YEAR_2023);
        List<CensusEnquiry> enquiries = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 9, 5);
        for (int days : new int[] {0, 5, 10, 12, 15, 15, 16, 21, 30}) {
            enquiries.add(new CensusEnquiry(1, 1, enquiries.size() + 1, 1, start, null,
                    ENGLAND_AND_WALES.plusWorkingDays(start, days), false));
        }
        enquiries.add(new CensusEnquiry(1, 1, 10, 1, start, null, start.minusDays(1), false));
        enquiries.add(new CensusEnquiry(1, 1, 11, 1, start, null, null, true));
        enquiries.add(new CensusEnquiry(1, 1, 12, 1, start, null, null, false));
        enquiries.add(new CensusEnquiry(1, 1, 13, 1, LocalDate.of(2023, 3, 20), null, LocalDate.of(2023, 4, 5), false));
        audit.add(new CensusChild(1, ChildKey.of("A"), enquiries));
        audit.add(new CensusChild(2, ChildKey.of("B"), List.of()));
        return audit.figures();
    }

    @Test
    void everyEnquiryHasOneStatusAndTheyAddUp() {
        CensusFigures figures = tenConferences();

        assertEquals(2, figures.children());
        assertEquals(13, figures.enquiries());
        assertEquals(Map.of(ConferenceStatus.TIMED, 9, ConferenceStatus.BEFORE_START, 1, ConferenceStatus.OUTSIDE_YEAR, 1,
                ConferenceStatus.NOT_REQUIRED, 1, ConferenceStatus.NO_CONFERENCE, 1), figures.statuses());
    }

    @Test
    void conferencesFallInTheDfeBandsAndTheShareWithin15IsOfThoseTimed() {
        Timeliness timeliness = tenConferences().timeliness();

        assertEquals(10, timeliness.conferences());
        assertEquals(1, timeliness.beforeStart());
        assertEquals(Map.of(DurationBand.DAYS_0_TO_10, 3, DurationBand.DAYS_11_TO_15, 3, DurationBand.DAYS_16_TO_20, 1,
                DurationBand.DAYS_21_OR_MORE, 2), timeliness.bands());
        assertEquals(new Proportion(6, 9), timeliness.within15());
    }

    @Test
    void quartilesAreDurationsAConferenceHadByNearestRank() {
        // Nine durations 0 5 10 12 15 15 16 21 30: ranks ceil(9/4) = 3, ceil(9/2) = 5, ceil(27/4) = 7.
        assertEquals(new Quartiles(10, 15, 16), tenConferences().timeliness().quartiles());
    }

    @Test
    void withNothingTimedThereAreNoQuartiles() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, YEAR_2023);
        audit.add(new CensusChild(1, ChildKey.of("A"), List.of(enquiry("2022-06-06", null, null, true))));

        assertNull(audit.figures().timeliness().quartiles());
        assertEquals(new Proportion(0, 0), audit.figures().timeliness().within15());
    }

    @Test
    void monthsAreEveryMonthOfTheYearByTheConferencesDate() {
        List<MonthTimeliness> months = tenConferences().timeliness().months();

        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2022, 4), months.get(0).month());
        assertEquals(YearMonth.of(2023, 3), months.get(11).month());
        MonthTimeliness september = months.get(5);
        // 0 to 16 working days from 5 September fall in September (the 19th, the Queen's funeral, skipped);
        // 21 and 30 in October; the one dated before its start on 4 September.
        assertEquals(new MonthTimeliness(YearMonth.of(2022, 9), 8, 1, new Proportion(6, 7)), september);
        assertEquals(new MonthTimeliness(YearMonth.of(2022, 10), 2, 0, new Proportion(0, 2)), months.get(6));
        assertEquals(new MonthTimeliness(YearMonth.of(2022, 4), 0, 0, new Proportion(0, 0)), months.get(0));
    }

    @Test
    void targetsCheckedAndIssuesAreCountedByEnquiry() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, YEAR_2023);
        audit.add(new CensusChild(1, ChildKey.of("A"), List.of(
                enquiry("2022-06-02", "2022-06-23", "2022-06-17", false),
                enquiry("2022-06-02", "2022-06-25", "2022-06-18", false),
                enquiry("2022-06-02", null, null, false))));

        CensusFigures figures = audit.figures();
        assertEquals(2, figures.targetsRecorded());
        assertEquals(1, figures.issues().get(DateIssue.TARGET_IGNORES_BANK_HOLIDAY));
        assertEquals(1, figures.issues().get(DateIssue.TARGET_NOT_15_WORKING_DAYS));
        assertEquals(1, figures.issues().get(DateIssue.TARGET_ON_WEEKEND));
        assertEquals(1, figures.issues().get(DateIssue.CONFERENCE_ON_WEEKEND));
        assertEquals(0, figures.issues().get(DateIssue.CONFERENCE_BEFORE_START));
    }

    @Test
    void figuresAreASnapshot() {
        CensusAudit audit = new CensusAudit(ENGLAND_AND_WALES, YEAR_2023);
        CensusFigures before = audit.figures();
        audit.add(new CensusChild(1, ChildKey.of("A"), List.of(enquiry("2022-06-06", null, "2022-06-07", false))));

        assertEquals(0, before.enquiries());
        assertEquals(0, before.timeliness().conferences());
        assertEquals(1, audit.figures().timeliness().conferences());
    }

    // Read, checked and written: each collection year's file

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.strategycheck.census.CensusReaderTest#yearFiles")
    void eachCollectionYearsFileIsTimedAsTheDfeCountsIt(CensusReaderTest.YearFile expected) throws IOException {
        StringWriter csv = new StringWriter();
        CensusFigures figures = CensusAudit.run(CensusReaderTest.stream("/census/years/" + expected.file()),
                ENGLAND_AND_WALES, csv);

        assertEquals(2, figures.children());
        assertEquals(3, figures.enquiries());
        assertEquals(1, figures.timeliness().conferences());
        assertEquals(expected.workingDays() <= 15 ? 1 : 0, figures.timeliness().within15().met());
        int d = expected.workingDays();
        assertEquals(new Quartiles(d, d, d), figures.timeliness().quartiles());
        assertEquals(0, figures.issues().values().stream().mapToInt(Integer::intValue).sum(), "its targets are right");
        assertEquals(1, figures.statuses().get(ConferenceStatus.NOT_REQUIRED));
        assertEquals(1, figures.statuses().get(ConferenceStatus.NO_CONFERENCE));

        String[] rows = csv.toString().split("\r\n");
        assertEquals(4, rows.length);
        assertTrue(rows[1].startsWith("1,1,1,"), rows[1]);
        assertTrue(rows[1].contains("," + expected.start() + "," + expected.target() + "," + expected.target() + ","
                + expected.conference() + ",false," + d + ","), rows[1]);
    }
}
