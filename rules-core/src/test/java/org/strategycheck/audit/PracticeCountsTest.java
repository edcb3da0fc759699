package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Grade;
import org.strategycheck.model.Agency;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;

/**
 * The measures counted from what records show, against counts made by hand. Each record below
 * is a final initial discussion held on 14 May 2024 unless it says otherwise.
 */
class PracticeCountsTest {

    private static final Set<Agency> NONE = Set.of();

    private static AuditedRecord record(DiscussionType type, RecordContext.Practice practice) {
        AuditResult result = new AuditResult("SD", Grade.GOOD, List.of(), List.of(), List.of(), "1", "england", "1.0",
                CheckMode.FINAL, List.of());
        return new AuditedRecord.Graded(1, "in", result, new RecordContext("n", "t", LocalDate.of(2024, 5, 14), type,
                null, List.of(), List.of(), practice));
    }

    private static RecordContext.Practice timing(Integer days, boolean reason) {
        return new RecordContext.Practice(NONE, NONE, NONE, null, days, reason, false, null, null, false, List.of());
    }

    private static RecordContext.Practice minutes(boolean circulated, Integer days) {
        return new RecordContext.Practice(NONE, NONE, NONE, null, null, false, circulated, days, null, false, List.of());
    }

    private static PracticeCounts count(List<AuditedRecord> records) {
        return AuditFigures.of(AuditArbitraries.RULES, records).total().practice();
    }

    @Test
    void theTimelinessRateIsTheTrueOneAndLateDiscussionsWithAReasonAreCountedApart() {
        List<AuditedRecord> records = new ArrayList<>();
        for (int days : new int[] {0, 1, 2}) {
            records.add(record(DiscussionType.INITIAL, timing(days, false)));
        }
        records.add(record(DiscussionType.INITIAL, timing(3, true)));
        records.add(record(DiscussionType.INITIAL, timing(15, false)));
        records.add(record(DiscussionType.INITIAL, timing(null, false)));
        records.add(record(DiscussionType.INITIAL, timing(-1, false)));
        records.add(record(DiscussionType.FURTHER, timing(9, false)));
        records.add(record(null, timing(9, false)));

        PracticeCounts counts = count(records);

        assertEquals(7, counts.initialHeld(), "further discussions and those of no type are not initial");
        assertEquals(new Proportion(3, 5), counts.heldWithin(2), "of the five with both dates that agree");
        assertEquals(1, counts.lateWithReason(2));
        assertEquals(1, counts.lateWithoutReason(2));
        assertEquals(1, counts.timingNotKnown());
        assertEquals(1, counts.timingContradicts());
        assertEquals(new Proportion(4, 5), counts.heldWithin(3), "with a reason or not, day 3 is within 3");
        assertEquals(0, counts.lateWithReason(3));
        assertEquals(1, counts.heldOnDay(PracticeCounts.DAYS_KEPT + 1), "15 days is counted with every later one");
        assertEquals(new Proportion(4, 5), counts.heldWithin(PracticeCounts.DAYS_KEPT));
    }

    @Test
    void aThresholdPastTheDaysKeptIsAnError() {
        PracticeCounts counts = count(List.of());

        assertThrows(IllegalArgumentException.class, () -> counts.heldWithin(PracticeCounts.DAYS_KEPT + 1));
        assertThrows(IllegalArgumentException.class, () -> counts.minutesWithin(-1));
    }

    @Test
    void minutesAreCirculatedOfAllAndInTimeOfThoseCirculatedWithDatesThatAgree() {
        PracticeCounts counts = count(List.of(record(DiscussionType.INITIAL, minutes(true, 0)),
                record(DiscussionType.INITIAL, minutes(true, 3)), record(DiscussionType.INITIAL, minutes(true, 4)),
                record(DiscussionType.INITIAL, minutes(true, null)), record(DiscussionType.INITIAL, minutes(true, -2)),
                record(DiscussionType.INITIAL, minutes(false, null))));

        assertEquals(new Proportion(5, 6), counts.minutesCirculated());
        assertEquals(new Proportion(2, 3), counts.minutesWithin(3));
        assertEquals(2, counts.minutesTimingNotJudged());
    }

    @Test
    void attendanceIsCountedOfTheDiscussionsAnAgencyWasInvitedTo() {
        Set<Agency> all = Set.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE, Agency.HEALTH);
        PracticeCounts counts = count(List.of(
                record(DiscussionType.INITIAL, new RecordContext.Practice(all, all, Set.of(Agency.HEALTH), true, null,
                        false, false, null, null, false, List.of())),
                record(DiscussionType.INITIAL, new RecordContext.Practice(all,
                        Set.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE), Set.of(Agency.HEALTH), false, null, false,
                        false, null, null, false, List.of())),
                record(DiscussionType.INITIAL, new RecordContext.Practice(all, Set.of(Agency.CHILDRENS_SOCIAL_CARE),
                        NONE, false, null, false, false, null, null, false, List.of())),
                record(DiscussionType.INITIAL, new RecordContext.Practice(NONE, NONE, NONE, null, null, false, false,
                        null, null, false, List.of()))));

        assertEquals(4, counts.known());
        assertEquals(new Proportion(3, 4), counts.invited(Agency.HEALTH));
        assertEquals(new Proportion(1, 3), counts.attended(Agency.HEALTH));
        assertEquals(new Proportion(1, 3), counts.inWritingOnly(Agency.HEALTH), "attending and writing is attending");
        assertEquals(new Proportion(2, 3), counts.tookPart(Agency.HEALTH));
        assertEquals(new Proportion(2, 4), counts.socialCareAndPoliceAttended());
        assertEquals(new Proportion(1, 3), counts.everyoneInvitedAttended(), "of the discussions with an invitation");
        assertEquals(Proportion.NONE, counts.attended(Agency.HOUSING));
    }

    @Test
    void theSection47DecisionIsRecordedOfAllAndWithARationaleOfThoseRecorded() {
        PracticeCounts counts = count(List.of(
                record(DiscussionType.INITIAL, decision(Section47Decision.INITIATE, true)),
                record(DiscussionType.INITIAL, decision(Section47Decision.NOT_REQUIRED, false)),
                record(DiscussionType.INITIAL, decision(null, false))));

        assertEquals(new Proportion(2, 3), counts.section47Recorded());
        assertEquals(new Proportion(1, 2), counts.section47WithRationale());
        assertEquals(1, counts.section47(Section47Decision.NOT_REQUIRED));
        assertEquals(0, counts.section47(Section47Decision.CONTINUE));
    }

    private static RecordContext.Practice decision(Section47Decision decision, boolean rationale) {
        return new RecordContext.Practice(NONE, NONE, NONE, null, null, false, false, null, decision, rationale,
                List.of());
    }
}
