package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.census.internal.DurationTally;

/** Laws of the census audit that hold for any enquiries of any collection year 2017 to 2026. */
class CensusAuditProperties {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** Enquiries around one collection year: conferences before, in and after it, some before their start. */
    record Census(CensusHeader header, List<CensusEnquiry> enquiries) {
    }

    @Provide
    Arbitrary<Census> censuses() {
        return Arbitraries.integers().between(2017, 2026).flatMap(year -> {
            LocalDate first = LocalDate.of(year - 1, 3, 1);
            Arbitrary<CensusEnquiry> enquiry = Combinators.combine(
                    Arbitraries.integers().between(0, 420).map(first::plusDays),
                    Arbitraries.integers().between(-20, 60).injectNull(0.2),
                    Arbitraries.integers().between(0, 30).injectNull(0.3),
                    Arbitraries.of(true, false))
                    .as((start, conference, target, notRequired) -> new CensusEnquiry(1, 1, 1, 1, start,
                            target == null ? null : start.plusDays(target),
                            conference == null ? null : start.plusDays(conference), notRequired));
            return enquiry.list().ofMaxSize(25)
                    .map(list -> new Census(new CensusHeader(year, LocalDate.of(year, 3, 31)), list));
        });
    }

    private static CensusFigures figures(Census census) {
        CensusAudit audit = new CensusAudit(CALENDAR, census.header());
        audit.add(new CensusChild(1, ChildKey.of("P"), census.enquiries()));
        return audit.figures();
    }

    @Property
    void everyEnquiryIsAccountedForExactlyOnce(@ForAll("censuses") Census census) {
        CensusFigures figures = figures(census);
        Timeliness timeliness = figures.timeliness();
        int timed = figures.statuses().get(ConferenceStatus.TIMED);

        assertEquals(census.enquiries().size(), figures.enquiries());
        assertEquals(figures.enquiries(), figures.statuses().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(timed + figures.statuses().get(ConferenceStatus.BEFORE_START), timeliness.conferences());
        assertEquals(timed, timeliness.within15().of());
        assertEquals((long) timeliness.bands().get(DurationBand.DAYS_0_TO_10) + timeliness.bands().get(DurationBand.DAYS_11_TO_15),
                timeliness.within15().met());
        assertEquals(timeliness.conferences(), timeliness.months().stream().mapToInt(MonthTimeliness::conferences).sum());
        assertEquals(timeliness.within15().met(), timeliness.months().stream().mapToLong(m -> m.within15().met()).sum());
        assertEquals(12, timeliness.months().size());
    }

    @Property
    void quartilesLieAmongTheDurationsTimed(@ForAll("censuses") Census census) {
        CensusAudit audit = new CensusAudit(CALENDAR, census.header());
        List<CheckedEnquiry> checked = audit.add(new CensusChild(1, ChildKey.of("P"), census.enquiries()));
        List<Integer> timed = checked.stream().filter(c -> c.status() == ConferenceStatus.TIMED)
                .map(CheckedEnquiry::workingDays).sorted().toList();
        Quartiles quartiles = audit.figures().timeliness().quartiles();

        if (timed.isEmpty()) {
            assertNull(quartiles);
            return;
        }
        assertTrue(timed.contains(quartiles.lower()) && timed.contains(quartiles.median()) && timed.contains(quartiles.upper()));
        assertTrue(timed.get(0) <= quartiles.lower() && quartiles.upper() <= timed.get(timed.size() - 1));
    }

    @Property
    void aConferenceIsTimedInWorkingDaysFromItsStartUnlessItCameBefore(@ForAll("censuses") Census census) {
        CensusAudit audit = new CensusAudit(CALENDAR, census.header());
        for (CensusEnquiry enquiry : census.enquiries()) {
            CheckedEnquiry checked = audit.check(enquiry);
            LocalDate conference = enquiry.conference();
            if (conference == null || conference.isBefore(enquiry.start())) {
                assertNull(checked.workingDays());
                assertEquals(conference != null, checked.issues().contains(DateIssue.CONFERENCE_BEFORE_START));
            } else {
                assertEquals(CALENDAR.workingDaysBetween(enquiry.start(), conference), checked.workingDays());
                assertEquals(DurationBand.of(checked.workingDays()), checked.band());
            }
            boolean counted = checked.status() == ConferenceStatus.TIMED || checked.status() == ConferenceStatus.BEFORE_START;
            assertEquals(conference != null && census.header().collectionYear().orElseThrow().contains(conference), counted);
        }
    }

    @Property
    void onlyTheFifteenthWorkingDayAfterTheStartIsARightTarget(@ForAll("censuses") Census census) {
        CensusAudit audit = new CensusAudit(CALENDAR, census.header());
        for (CensusEnquiry enquiry : census.enquiries()) {
            CheckedEnquiry checked = audit.check(enquiry);
            LocalDate expected = checked.expectedTarget();
            assertTrue(CALENDAR.isWorkingDay(expected));
            assertEquals(15, CALENDAR.workingDaysBetween(enquiry.start(), expected));

            long targetIssues = checked.issues().stream().filter(issue -> issue == DateIssue.TARGET_IGNORES_BANK_HOLIDAY
                    || issue == DateIssue.TARGET_NOT_15_WORKING_DAYS).count();
            boolean wrong = enquiry.target() != null && !enquiry.target().equals(expected);
            assertEquals(wrong ? 1 : 0, targetIssues);
            boolean weekend = enquiry.target() != null && (enquiry.target().getDayOfWeek() == DayOfWeek.SATURDAY
                    || enquiry.target().getDayOfWeek() == DayOfWeek.SUNDAY);
            assertEquals(weekend, checked.issues().contains(DateIssue.TARGET_ON_WEEKEND));
        }
    }

    @Property
    void theTargetOfAStartIsNeverFlagged(@ForAll @IntRange(min = 0, max = 3650) int day) {
        LocalDate start = LocalDate.of(2017, 1, 1).plusDays(day);
        CensusEnquiry enquiry = new CensusEnquiry(1, 1, 1, 1, start, CALENDAR.plusWorkingDays(start, 15), null, false);
        CheckedEnquiry checked = new CensusAudit(CALENDAR, new CensusHeader(null, null)).check(enquiry);

        assertEquals(List.of(), checked.issues());
        assertNotNull(checked.expectedTarget());
    }

    @Property
    void percentilesAreByNearestRank(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 40) Integer> durations,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        DurationTally tally = new DurationTally();
        durations.forEach(tally::add);
        List<Integer> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);

        assertEquals(sorted.get(Math.max(rank, 1) - 1), tally.percentile(percent));
    }
}
