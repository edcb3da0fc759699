package org.strategycheck.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.TestRecords.born;
import static org.strategycheck.TestRecords.concern;
import static org.strategycheck.TestRecords.heldAt;
import static org.strategycheck.TestRecords.london;
import static org.strategycheck.TestRecords.record;
import static org.strategycheck.TestRecords.unbornDue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.facts.ChildAtDiscussion;
import org.strategycheck.facts.Discussion;
import org.strategycheck.model.Child;
import org.strategycheck.model.Concern;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Education;
import org.strategycheck.model.Identity;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** A child's age and band are taken at the discussion, in London, never today or in the machine's zone. */
class ChildAtDiscussionTest {

    private static ChildAtDiscussion onlyChild(StrategyDiscussion record) {
        List<ChildAtDiscussion> children = RecordFacts.of(record, WorkingDayCalendar.weekendsOnly()).children();
        assertEquals(1, children.size());
        return children.get(0);
    }

    private static ChildAtDiscussion childAt(String londonDateTime, Child child) {
        return onlyChild(heldAt(london(londonDateTime), child));
    }

    @Test
    void ageIsTakenAtTheDiscussionNotToday() {
        ChildAtDiscussion child = childAt("2019-02-01T10:00", born("2015-06-01", null));

        assertEquals(3, child.ageInYears());
        assertEquals(AgeBand.PRE_SCHOOL, child.band());
    }

    @Test
    void heldOnTheFifthBirthdayIsFiveAndSchoolAgeWhenEducationNotRecorded() {
        ChildAtDiscussion child = childAt("2020-06-01T09:00", born("2015-06-01", null));

        assertEquals(5, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE, child.band());
    }

    @Test
    void heldTheDayBeforeTheFifthBirthdayIsFourAndPreSchool() {
        ChildAtDiscussion child = childAt("2020-05-31T23:59", born("2015-06-01", null));

        assertEquals(4, child.ageInYears());
        assertEquals(AgeBand.PRE_SCHOOL, child.band());
    }

    @Test
    void leapDayChildIsAYearOlderFromTheFirstOfMarchInCommonYears() {
        assertEquals(2, childAt("2023-02-28T12:00", born("2020-02-29", null)).ageInYears());
        assertEquals(3, childAt("2023-03-01T12:00", born("2020-02-29", null)).ageInYears());
    }

    @Test
    void schoolAtFourIsSchoolAge() {
        ChildAtDiscussion child = childAt("2019-09-10T10:00", born("2015-06-01", Education.SCHOOL));

        assertEquals(4, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE, child.band());
    }

    @ParameterizedTest
    @EnumSource(value = Education.class, names = {"NONE", "EARLY_YEARS", "ELECTIVE_HOME_EDUCATION", "NOT_IN_EDUCATION"})
    void underFiveNotAtSchoolIsPreSchool(Education education) {
        assertEquals(AgeBand.PRE_SCHOOL, childAt("2019-02-01T10:00", born("2015-06-01", education)).band());
    }

    @Test
    void tenInElectiveHomeEducationIsSchoolAgeNotAtSchool() {
        ChildAtDiscussion child = childAt("2025-07-01T10:00", born("2015-06-01", Education.ELECTIVE_HOME_EDUCATION));

        assertEquals(10, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE_NOT_AT_SCHOOL, child.band());
    }

    @ParameterizedTest
    @EnumSource(value = Education.class, names = {"NONE", "EARLY_YEARS", "COLLEGE", "ELECTIVE_HOME_EDUCATION",
            "NOT_IN_EDUCATION"})
    void fiveToFifteenWithEducationOtherThanSchoolIsSchoolAgeNotAtSchool(Education education) {
        assertEquals(AgeBand.SCHOOL_AGE_NOT_AT_SCHOOL, childAt("2025-07-01T10:00", born("2015-06-01", education)).band());
    }

    @Test
    void fifteenTheDayBeforeTheSixteenthBirthdayIsStillSchoolAge() {
        ChildAtDiscussion child = childAt("2031-05-31T10:00", born("2015-06-01", null));

        assertEquals(15, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE, child.band());
    }

    @ParameterizedTest
    @CsvSource(value = {"null", "COLLEGE", "NOT_IN_EDUCATION"}, nullValues = "null")
    void sixteenNotAtSchoolIsOlder(Education education) {
        ChildAtDiscussion child = childAt("2031-06-01T10:00", born("2015-06-01", education));

        assertEquals(16, child.ageInYears());
        assertEquals(AgeBand.OLDER, child.band());
    }

    @Test
    void sixteenRecordedAtSchoolIsSchoolAge() {
        assertEquals(AgeBand.SCHOOL_AGE, childAt("2031-06-01T10:00", born("2015-06-01", Education.SCHOOL)).band());
    }

    @Test
    void noDateOfBirthWithExpectedDueDateIsPreBirth() {
        ChildAtDiscussion child = childAt("2024-03-12T10:00", unbornDue("2024-08-01"));

        assertEquals(AgeBand.PRE_BIRTH, child.band());
        assertNull(child.ageInYears());
        assertFalse(child.born());
    }

    @Test
    void noDateOfBirthNoDueDateWithPreBirthConcernIsPreBirth() {
        StrategyDiscussion record = record(Status.FINAL, london("2024-03-12T10:00"),
                concern(london("2024-03-11T10:00"), ConcernCategory.NEGLECT, ConcernCategory.PRE_BIRTH),
                List.of(unbornDue(null)), Identity.EMPTY);

        assertEquals(AgeBand.PRE_BIRTH, onlyChild(record).band());
    }

    @Test
    void noDateOfBirthOtherwiseIsUnknown() {
        ChildAtDiscussion child = childAt("2024-03-12T10:00", unbornDue(null));

        assertEquals(AgeBand.UNKNOWN, child.band());
        assertNull(child.ageInYears());
        assertTrue(child.born());
    }

    @Test
    void bornAfterTheDiscussionWasUnbornAtIt() {
        ChildAtDiscussion child = childAt("2024-03-12T10:00", born("2024-05-01", null));

        assertEquals(AgeBand.PRE_BIRTH, child.band());
        assertNull(child.ageInYears());
    }

    @Test
    void bornOnTheDayOfTheDiscussionIsZeroAndPreSchool() {
        ChildAtDiscussion child = childAt("2024-03-12T10:00", born("2024-03-12", null));

        assertEquals(0, child.ageInYears());
        assertEquals(AgeBand.PRE_SCHOOL, child.band());
    }

    @Test
    void lateEveningUtcThatIsTheNextDayInLondonCountsTheLondonDate() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July: the fifth birthday has been reached.
        ChildAtDiscussion child = onlyChild(heldAt(Instant.parse("2024-06-30T23:30:00Z"), born("2019-07-01", null)));

        assertEquals(5, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE, child.band());
    }

    @Test
    void londonDateIsUsedNotTheMachineZoneDate() {
        // Noon UTC on 30 June is already 1 July in Pacific/Chatham (the test JVM's zone), but
        // still 30 June in London: the fifth birthday has not been reached.
        ChildAtDiscussion child = onlyChild(heldAt(Instant.parse("2024-06-30T12:00:00Z"), born("2019-07-01", null)));

        assertEquals(4, child.ageInYears());
        assertEquals(AgeBand.PRE_SCHOOL, child.band());
    }

    @Test
    void draftWithoutHeldAtUsesWhenTheConcernWasIdentified() {
        StrategyDiscussion draft = record(Status.DRAFT, null,
                concern(Instant.parse("2020-06-01T08:00:00Z")), List.of(born("2015-06-01", null)), Identity.EMPTY);

        ChildAtDiscussion child = onlyChild(draft);

        assertEquals(5, child.ageInYears());
        assertEquals(AgeBand.SCHOOL_AGE, child.band());
    }

    @Test
    void draftWithHeldAtUsesHeldAt() {
        StrategyDiscussion draft = record(Status.DRAFT, Instant.parse("2020-06-01T08:00:00Z"),
                concern(Instant.parse("2020-05-20T08:00:00Z")), List.of(born("2015-06-01", null)), Identity.EMPTY);

        assertEquals(5, onlyChild(draft).ageInYears());
    }

    @Test
    void draftWithNeitherDateHasUnknownAge() {
        StrategyDiscussion draft = record(Status.DRAFT, null, Concern.EMPTY, List.of(born("2015-06-01", null)),
                Identity.EMPTY);

        ChildAtDiscussion child = onlyChild(draft);

        assertNull(child.ageInYears());
        assertEquals(AgeBand.UNKNOWN, child.band());
    }

    @Test
    void unknownDiscussionDateWithSchoolRecordedIsSchoolAge() {
        assertEquals(AgeBand.SCHOOL_AGE,
                RecordFacts.child(0, born("2015-06-01", Education.SCHOOL), null, false).band());
    }

    @Test
    void eachChildKeepsItsIndexAndRecordedFields() {
        Child first = born("2015-06-01", Education.SCHOOL);
        Child second = new Child("C2", LocalDate.parse("2022-01-01"), null, Education.EARLY_YEARS, "WBRI", true, false);
        StrategyDiscussion record = record(Status.FINAL, london("2024-03-12T10:00"), Concern.EMPTY,
                List.of(first, second), Identity.EMPTY);

        List<ChildAtDiscussion> children = RecordFacts.of(record, WorkingDayCalendar.weekendsOnly()).children();

        assertEquals(List.of(0, 1), children.stream().map(ChildAtDiscussion::index).toList());
        assertEquals(Education.EARLY_YEARS, children.get(1).education());
        assertEquals(Boolean.TRUE, children.get(1).lookedAfter());
        assertEquals(Boolean.FALSE, children.get(1).hospitalInpatient());
        assertNull(children.get(0).lookedAfter());
    }

    @Test
    void ofTakesTheDiscussionDateGiven() {
        ChildAtDiscussion child = RecordFacts.child(3, born("2015-06-01", null), LocalDate.of(2019, 2, 1), false);

        assertEquals(3, child.index());
        assertEquals(3, child.ageInYears());
        assertEquals(AgeBand.PRE_SCHOOL, child.band());
    }
}
