package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.strategycheck.census.LinkRecords.initiating;
import static org.strategycheck.census.LinkRecords.record;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.model.StrategyDiscussion;

/**
 * How census enquiries are linked to the discussion records behind them. The census's year is 1
 * April 2022 to 31 March 2023; November 2022 has no bank holiday (Tuesday 1st to Wednesday 30th).
 */
class CensusLinkTest {

    private static final String YEAR_END = "2023-03-31";

    private static String enquiry(String start) {
        return CensusXml.section47(start, null, null, false);
    }

    private static Reconciliation link(List<StrategyDiscussion> records, String... children) {
        try {
            return CensusLink.run(CensusXml.stream(CensusXml.census(YEAR_END, children)),
                    WorkingDayCalendar.englandAndWales(), DiscussionRecords.of(records), new StringWriter())
                    .reconciliation();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EnquiryLink> enquiries(Reconciliation link) {
        return link.listed().stream().flatMap(record -> record.enquiries().stream()).toList();
    }

    @Test
    void anEnquiryIsLinkedToTheRecordOfTheSameChildHeldOnItsStartDate() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-07", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals(1, link.enquiryOutcomes().get(EnquiryLink.Outcome.LINKED));
        RecordLink record = link.listed().get(0);
        assertEquals(RecordLink.Outcome.LINKED, record.outcome());
        assertEquals("SD-1", record.enquiries().get(0).recordId());
        assertEquals("child 1, enquiry 1", record.enquiries().get(0).name());
    }

    @Test
    void theRecordsDateIsItsLondonDate() {
        // 23:30 UTC on 6 November is 23:30 in London (GMT); 23:30 UTC on 2 June is 00:30 on the 3rd (BST).
        Reconciliation link = link(List.of(record("SD-1", "FINAL", "2022-06-02T23:30:00Z", "INITIATE", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-06-03")));

        assertEquals(RecordLink.Outcome.LINKED, link.listed().get(0).outcome());
    }

    @Test
    void aChildsIdentifierMatchesWhateverTheWhiteSpaceAroundIt() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-07", "LA-1")),
                CensusXml.child("  LA-1 ", enquiry("2022-11-07")));

        assertEquals(RecordLink.Outcome.LINKED, link.listed().get(0).outcome());
    }

    @Test
    void aRecordHeldWithinFiveWorkingDaysOfTheStartIsLinkedWithItsDatesDisagreeing() {
        // Monday 7th to Monday 14th November: 5 working days.
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-14", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        EnquiryLink enquiry = link.datesDisagree().get(0);
        assertEquals("SD-1", enquiry.recordId());
        assertEquals(5, enquiry.workingDaysApart());
        assertEquals(LocalDate.of(2022, 11, 14), enquiry.recordHeldOn());
        assertEquals(RecordLink.Outcome.DATES_DISAGREE, link.listed().get(0).outcome());
    }

    @Test
    void aRecordHeldEarlierIsSoManyWorkingDaysBefore() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-04", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-08")));

        assertEquals(-2, link.datesDisagree().get(0).workingDaysApart());
    }

    @Test
    void aRecordSixWorkingDaysAwayIsNoLinkAndBothSidesAreListed() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-15", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals(1, link.withoutRecord().size());
        assertEquals(RecordLink.Outcome.MISSING_FROM_CENSUS, link.listed().get(0).outcome());
        assertEquals(List.of(0), link.listed().get(0).childrenNotInCensus());
    }

    @Test
    void aWeekendRecordIsZeroWorkingDaysFromTheFridayButItsDateStillDisagrees() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-05", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-04")));

        assertEquals(0, link.datesDisagree().get(0).workingDaysApart());
    }

    @Test
    void theSameDayWinsOverANearerLookingPair() {
        // Nearest first alone would pair enquiry 1 (7th) with SD-1 (8th, 1 day): the same day is settled first.
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-08", "LA-1"), initiating("SD-2", "2022-11-10", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07"), enquiry("2022-11-08")));

        List<EnquiryLink> linked = enquiries(link);
        assertEquals("SD-1", linked.stream().filter(e -> e.outcome() == EnquiryLink.Outcome.LINKED).findFirst()
                .orElseThrow().recordId());
        EnquiryLink other = link.datesDisagree().get(0);
        assertEquals("SD-2", other.recordId());
        assertEquals(1, other.checked().enquiry().enquiry());
    }

    @Test
    void ofTwoEquallyNearRecordsTheEarlierPositionIsTakenAndTheOtherIsMissing() {
        // Both held on Tuesday 8th, 1 working day after Monday 7th: the record read first is taken.
        Reconciliation link = link(List.of(initiating("SD-A", "2022-11-08", "LA-1"), initiating("SD-B", "2022-11-08", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals("SD-A", link.datesDisagree().get(0).recordId());
        assertEquals(RecordLink.Outcome.MISSING_FROM_CENSUS, link.listed().get(1).outcome());
    }

    @Test
    void ofTwoRecordsOneWorkingDayAwayTheFewerCalendarDaysWins() {
        Reconciliation link = link(List.of(initiating("SD-FRI", "2022-11-04", "LA-1"), initiating("SD-TUE", "2022-11-08", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals("SD-TUE", link.datesDisagree().get(0).recordId());
    }

    @Test
    void aDuplicateRecordOfTheSameDayIsLinkedOnceAndItsTwinIsMissingFromTheCensus() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-07", "LA-1"), initiating("SD-1-COPY", "2022-11-07", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals(RecordLink.Outcome.LINKED, link.listed().get(0).outcome());
        assertEquals(RecordLink.Outcome.MISSING_FROM_CENSUS, link.listed().get(1).outcome());
    }

    @Test
    void aDiscussionAboutSiblingsLinksToAnEnquiryPerChild() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-07", "LA-1", "LA-2")),
                CensusXml.child("LA-1", enquiry("2022-11-07")), CensusXml.child("LA-2", enquiry("2022-11-07")));

        assertEquals(2, link.enquiryOutcomes().get(EnquiryLink.Outcome.LINKED));
        assertEquals(1, link.recordOutcomes().get(RecordLink.Outcome.LINKED));
        assertEquals(2, link.listed().get(0).enquiries().size());
    }

    @Test
    void aSiblingTheCensusDoesNotHaveMakesTheRecordMissingFromTheCensusByItsPointer() {
        Reconciliation link = link(List.of(initiating("SD-1", "2022-11-07", "LA-1", null, "LA-3")),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        RecordLink record = link.listed().get(0);
        assertEquals(RecordLink.Outcome.MISSING_FROM_CENSUS, record.outcome());
        assertEquals(List.of(2), record.childrenNotInCensus());
        assertEquals(1, record.enquiries().size());
    }

    @Test
    void aRecordOutsideTheCollectionYearLinkedToNothingIsOutOfYearNotMissing() {
        Reconciliation link = link(List.of(initiating("SD-OLD", "2022-03-31", "LA-1"), initiating("SD-NEW", "2023-04-03", "LA-1")),
                CensusXml.child("LA-2", enquiry("2022-11-07")));

        assertEquals(2, link.recordOutcomes().get(RecordLink.Outcome.OUT_OF_YEAR));
        assertEquals(0, link.missingFromCensus().size());
    }

    @Test
    void aRecordOutsideTheYearStillLinksToAnEnquiryTheCensusHolds() {
        Reconciliation link = link(List.of(initiating("SD-OLD", "2022-03-31", "LA-1")),
                CensusXml.child("LA-1", enquiry("2022-03-31")));

        assertEquals(RecordLink.Outcome.LINKED, link.listed().get(0).outcome());
    }

    @Test
    void draftsRecordsThatInitiatedNothingAndRecordsWithoutAChildIdAreCountedApart() {
        Reconciliation link = link(List.of(
                record("SD-DRAFT", "DRAFT", "2022-11-07T10:00:00Z", "INITIATE", "LA-1"),
                record("SD-NFA", "FINAL", "2022-11-07T10:00:00Z", "NOT_REQUIRED", "LA-1"),
                record("SD-NONE", "FINAL", "2022-11-07T10:00:00Z", null, "LA-1"),
                initiating("SD-NOID", "2022-11-07", (String) null)),
                CensusXml.child("LA-1", enquiry("2022-11-07")));

        assertEquals(1, link.recordOutcomes().get(RecordLink.Outcome.DRAFT));
        assertEquals(2, link.recordOutcomes().get(RecordLink.Outcome.NOT_INITIATING));
        assertEquals(1, link.recordOutcomes().get(RecordLink.Outcome.NO_CHILD_ID));
        assertEquals(1, link.withoutRecord().size(), "none of them is the enquiry's record");
        assertEquals(List.of("SD-NOID"), link.listed().stream().map(RecordLink::recordId).toList());
    }

    @Test
    void aCensusWithoutRecordsHasNoReconciliation() throws IOException {
        CensusLink.Result result = CensusLink.run(CensusXml.stream(CensusXml.census(YEAR_END,
                CensusXml.child("LA-1", enquiry("2022-11-07")))), WorkingDayCalendar.englandAndWales(), null,
                new StringWriter());

        assertNull(result.reconciliation());
        assertEquals(1, result.figures().enquiries());
    }

    @Test
    void censusCsvCarriesEachEnquirysLink() throws IOException {
        StringWriter csv = new StringWriter();
        CensusLink.run(CensusXml.stream(CensusXml.census(YEAR_END, CensusXml.child("LA-1", enquiry("2022-11-07"),
                enquiry("2022-12-01")))), WorkingDayCalendar.englandAndWales(),
                DiscussionRecords.of(List.of(initiating("=SD,1", "2022-11-08", "LA-1"))), csv);

        String[] rows = csv.toString().split("\r\n");
        assertEquals(CensusCsv.HEADER, rows[0]);
        assertEquals(true, rows[1].endsWith(",DATES_DISAGREE,\"'=SD,1\",1,2022-11-08,1"), rows[1]);
        assertEquals(true, rows[2].endsWith(",NO_RECORD,,,,"), rows[2]);
    }
}
