package org.strategycheck.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.TestRecords.born;
import static org.strategycheck.TestRecords.concern;
import static org.strategycheck.TestRecords.london;
import static org.strategycheck.TestRecords.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.facts.ChildAtDiscussion;
import org.strategycheck.facts.Discussion;
import org.strategycheck.model.Concern;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Identity;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** Record-level facts: identity-section completeness and working days from the concern. */
class DiscussionTest {

    private static final String SUBSTANTIVE = "Considered with the family.";
    private static final List<String> ALL_HEADINGS = List.of(
            "/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination");

    private static Discussion discussion(Identity identity) {
        return discussion(Status.FINAL, london("2024-03-12T10:00"), Concern.EMPTY, identity,
                WorkingDayCalendar.weekendsOnly());
    }

    private static Discussion discussion(Status status, Instant heldAt, Concern concern, Identity identity,
            WorkingDayCalendar calendar) {
        StrategyDiscussion record = record(status, heldAt, concern, List.of(born("2015-06-01", null)), identity);
        return RecordFacts.of(record, calendar).discussion();
    }

    private static Integer workingDays(Instant identifiedAt, Instant heldAt) {
        return discussion(Status.FINAL, heldAt, concern(identifiedAt), Identity.EMPTY,
                WorkingDayCalendar.weekendsOnly()).workingDaysFromConcern();
    }

    // Identity section

    @Test
    void allFourHeadingsSubstantiveIsComplete() {
        Discussion discussion = discussion(new Identity(SUBSTANTIVE, SUBSTANTIVE, SUBSTANTIVE, SUBSTANTIVE, null));

        assertEquals(List.of(), discussion.identityGaps());
        assertTrue(discussion.identityComplete());
    }

    @Test
    void emptySectionHasEveryHeadingAsAGapInOrder() {
        Discussion discussion = discussion(Identity.EMPTY);

        assertEquals(ALL_HEADINGS, discussion.identityGaps());
        assertFalse(discussion.identityComplete());
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "N/A", "NONE", "none", "None", " - ", "-", "TBC", "tbc", "Not Discussed",
            "not discussed", "NOT DISCUSSED", "  not discussed  ", "\tNone\n"})
    void placeholderIsAGap(String placeholder) {
        Discussion discussion = discussion(new Identity(SUBSTANTIVE, placeholder, SUBSTANTIVE, SUBSTANTIVE, null));

        assertEquals(List.of("/identity/culture"), discussion.identityGaps());
    }

    @Test
    void upperCasePlaceholderIsAGapUnderTurkishLocale() {
        // In Turkish, "I".toLowerCase() is a dotless ı: "NOT DISCUSSED" must still be a placeholder.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            Discussion discussion = discussion(
                    new Identity("NOT DISCUSSED", "N/A", "NONE", "TBC", null));

            assertEquals(ALL_HEADINGS, discussion.identityGaps());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n  \n"})
    void blankOrNullIsAGap(String blank) {
        Discussion discussion = discussion(new Identity(blank, SUBSTANTIVE, SUBSTANTIVE, SUBSTANTIVE, null));

        assertEquals(List.of("/identity/ethnicity"), discussion.identityGaps());
    }

    @ParameterizedTest
    @ValueSource(strings = {"None identified", "n/a - infant, considered family identity", "TBC at review; discussed",
            "Not discussed with the child, discussed with mother"})
    void textThatOnlyContainsAPlaceholderWordIsSubstantive(String text) {
        assertTrue(discussion(new Identity(text, text, text, text, null)).identityComplete());
    }

    @Test
    void eachGapIsReportedByItsOwnPointer() {
        Discussion discussion = discussion(new Identity(SUBSTANTIVE, null, "tbc", SUBSTANTIVE, null));

        assertEquals(List.of("/identity/culture", "/identity/identity"), discussion.identityGaps());
    }

    @Test
    void substantiveNotRelevantReasonAddressesEveryHeadingLeftEmpty() {
        Discussion discussion = discussion(new Identity(SUBSTANTIVE, null, " ", "", "Unborn child: discussed "
                + "with the parents and recorded on the mother's file."));

        assertEquals(List.of(), discussion.identityGaps());
        assertTrue(discussion.identityComplete());
    }

    @Test
    void substantiveNotRelevantReasonDoesNotAddressAPlaceholderHeading() {
        Discussion discussion = discussion(new Identity(SUBSTANTIVE, null, "n/a", "", "Unborn child: discussed "
                + "with the parents and recorded on the mother's file."));

        assertEquals(List.of("/identity/identity"), discussion.identityGaps());
        assertEquals(List.of("/identity/identity"), discussion.identityPlaceholders());
    }

    @Test
    void theHeadingsNotAddressedSayWhichArePlaceholders() {
        Discussion discussion = discussion(new Identity("None.", null, "see notes", SUBSTANTIVE, null));

        assertEquals(List.of("/identity/ethnicity", "/identity/culture", "/identity/identity"), discussion.identityGaps());
        assertEquals(List.of("/identity/ethnicity", "/identity/identity"), discussion.identityPlaceholders());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"n/a", "NONE", " - ", "TBC", "Not Discussed", "   "})
    void placeholderOrBlankNotRelevantReasonDoesNotCompleteTheSection(String reason) {
        Discussion discussion = discussion(new Identity(null, null, null, null, reason));

        assertEquals(ALL_HEADINGS, discussion.identityGaps());
    }

    // Working days from the concern

    @Test
    void identifiedFridayHeldMondayIsOneWorkingDay() {
        assertEquals(1, workingDays(london("2024-06-28T09:00"), london("2024-07-01T10:00")));
    }

    @Test
    void identifiedAndHeldTheSameDayIsZeroWorkingDays() {
        assertEquals(0, workingDays(london("2024-06-28T09:00"), london("2024-06-28T17:00")));
    }

    @Test
    void heldOnTheNextWorkingDayIsOne() {
        assertEquals(1, workingDays(london("2024-06-25T16:00"), london("2024-06-26T09:00")));
    }

    @Test
    void identifiedOnASaturdayAndHeldMondayIsOneWorkingDay() {
        assertEquals(1, workingDays(london("2024-06-29T11:00"), london("2024-07-01T10:00")));
    }

    @Test
    void fullWeekIsFiveWorkingDays() {
        assertEquals(5, workingDays(london("2024-06-24T09:00"), london("2024-07-01T09:00")));
    }

    @Test
    void workingDaysCountLondonDatesNotUtcDates() {
        // 23:30 UTC on Thursday 27 June is 00:30 BST on Friday 28 June: day 0 is the Friday.
        assertEquals(1, workingDays(Instant.parse("2024-06-27T23:30:00Z"), london("2024-07-01T10:00")));
    }

    @Test
    void workingDaysSkipTheCalendarsHolidays() {
        WorkingDayCalendar bankHoliday = WorkingDayCalendar.withHolidays(Set.of(LocalDate.of(2024, 5, 27)));

        Discussion discussion = discussion(Status.FINAL, london("2024-05-28T10:00"),
                concern(london("2024-05-24T10:00")), Identity.EMPTY, bankHoliday);

        assertEquals(1, discussion.workingDaysFromConcern());
    }

    @Test
    void heldBeforeTheConcernWasIdentifiedIsNegative() {
        assertEquals(-1, workingDays(london("2024-07-01T10:00"), london("2024-06-28T10:00")));
    }

    @Test
    void workingDaysAreUnknownWithoutIdentifiedAt() {
        assertNull(workingDays(null, london("2024-07-01T10:00")));
    }

    @Test
    void workingDaysAreUnknownForADraftNotYetHeld() {
        Discussion draft = discussion(Status.DRAFT, null, concern(london("2024-06-28T09:00")), Identity.EMPTY,
                WorkingDayCalendar.weekendsOnly());

        assertNull(draft.workingDaysFromConcern());
        assertEquals(LocalDate.of(2024, 6, 28), draft.discussionDate());
    }

    // Other record-level facts

    @Test
    void discussionDateIsTheLondonDateOfHeldAt() {
        Discussion discussion = discussion(Status.FINAL, Instant.parse("2024-06-30T23:30:00Z"), Concern.EMPTY,
                Identity.EMPTY, WorkingDayCalendar.weekendsOnly());

        assertEquals(LocalDate.of(2024, 7, 1), discussion.discussionDate());
        assertTrue(discussion.finalRecord());
    }

    @Test
    void aRecordWithoutAStatusIsJudgedAsFinalLikeCheckModeAsRecorded() {
        Discussion discussion = discussion(null, london("2024-06-28T10:00"), Concern.EMPTY, Identity.EMPTY,
                WorkingDayCalendar.weekendsOnly());

        assertTrue(discussion.finalRecord());
    }

    @Test
    void categoriesAreTheConcernsCategories() {
        Discussion discussion = discussion(Status.DRAFT, null,
                concern(london("2024-06-28T09:00"), ConcernCategory.NEGLECT, ConcernCategory.MISSING), Identity.EMPTY,
                WorkingDayCalendar.weekendsOnly());

        assertEquals(Set.of(ConcernCategory.NEGLECT, ConcernCategory.MISSING), discussion.categories());
        assertTrue(discussion.concerns(ConcernCategory.MISSING));
        assertFalse(discussion.concerns(ConcernCategory.PRE_BIRTH));
        assertFalse(discussion.finalRecord());
    }
}
