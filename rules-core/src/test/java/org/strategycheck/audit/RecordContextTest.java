package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycheck.CheckMode;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.Agency;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.StrategyDiscussion;

/** What a record shows of practice, derived once for the report, the comparison and a host's dashboard. */
class RecordContextTest {

    private static StrategyDiscussion record(String fields) {
        return RecordJson.read("{\"schemaVersion\":\"1\",\"recordId\":\"SD-1\",\"type\":\"INITIAL\","
                + "\"heldAt\":\"2024-05-15T10:00:00+01:00\",\"children\":[{\"ref\":\"C1\",\"dateOfBirth\":\"2014-01-09\","
                + "\"ethnicity\":\"BAFR\"},{\"ref\":\"C2\",\"dateOfBirth\":\"2016-01-09\"}]" + fields + "}");
    }

    private static RecordContext.Practice practice(String fields) {
        return RecordContext.of(record(fields), CheckMode.FINAL, WorkingDayCalendar.englandAndWales()).practice();
    }

    @Test
    void anAgencyIsInvitedWhenSomeoneOfItIsRecordedAsInvitedAttendingOrWriting() {
        RecordContext.Practice practice = practice(",\"participants\":["
                + "{\"agency\":\"CHILDRENS_SOCIAL_CARE\",\"invited\":true,\"attended\":true},"
                + "{\"agency\":\"POLICE\",\"invited\":true,\"attended\":false,\"contributedInWriting\":true},"
                + "{\"agency\":\"HEALTH\",\"attended\":true},"
                + "{\"agency\":\"EDUCATION\",\"invited\":false},"
                + "{\"agency\":\"HOUSING\",\"contributedInWriting\":true}]");

        assertEquals(Set.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE, Agency.HEALTH, Agency.HOUSING),
                practice.invited());
        assertEquals(Set.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH), practice.attended());
        assertEquals(Set.of(Agency.POLICE, Agency.HOUSING), practice.inWriting());
        assertEquals(List.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE, Agency.HEALTH, Agency.HOUSING),
                List.copyOf(practice.invited()), "in agency order, so results lines are the same every run");
    }

    @Test
    void everyoneInvitedAttendedOnlyWhenEachInvitedParticipantAttended() {
        assertTrue(practice(",\"participants\":[{\"agency\":\"POLICE\",\"invited\":true,\"attended\":true},"
                + "{\"agency\":\"EDUCATION\",\"invited\":false}]").everyoneInvitedAttended());
        assertFalse(practice(",\"participants\":[{\"agency\":\"HEALTH\",\"invited\":true,\"attended\":true},"
                + "{\"agency\":\"HEALTH\",\"invited\":true}]").everyoneInvitedAttended(),
                "one of two health professionals did not come");
        assertFalse(practice(",\"participants\":[{\"agency\":\"HEALTH\",\"invited\":true,\"contributedInWriting\":true}]")
                .everyoneInvitedAttended(), "writing in is not attending");
    }

    @Test
    void withNoOneInvitedWhetherEveryoneAttendedIsNotKnown() {
        assertNull(practice("").everyoneInvitedAttended());
        assertNull(practice(",\"participants\":[{\"agency\":\"POLICE\",\"invited\":false}]").everyoneInvitedAttended());
    }

    @Test
    void workingDaysAreCountedAsTheRulesCountThemFromDayZero() {
        // Identified Monday, held Wednesday; minutes the Monday after: Thursday, Friday, Monday.
        RecordContext.Practice practice = practice(",\"concern\":{\"identifiedAt\":\"2024-05-13T11:30:00+01:00\"},"
                + "\"minutes\":{\"circulatedOn\":\"2024-05-20\"}");

        assertEquals(2, practice.workingDaysFromConcern());
        assertTrue(practice.minutesCirculated());
        assertEquals(3, practice.workingDaysToMinutes());
    }

    @Test
    void aBankHolidayIsNotAWorkingDay() {
        // Identified Friday 24 May 2024, held Tuesday 28 May: the Monday is the spring bank holiday.
        StrategyDiscussion record = RecordJson.read("{\"schemaVersion\":\"1\",\"recordId\":\"SD-1\",\"type\":\"INITIAL\","
                + "\"heldAt\":\"2024-05-28T10:00:00+01:00\",\"concern\":{\"identifiedAt\":\"2024-05-24T09:00:00+01:00\"},"
                + "\"children\":[{\"ref\":\"C1\"}]}");

        assertEquals(1, RecordContext.of(record, CheckMode.FINAL).practice().workingDaysFromConcern());
    }

    @Test
    void datesNotRecordedGiveNoCount() {
        RecordContext.Practice practice = practice("");

        assertNull(practice.workingDaysFromConcern());
        assertFalse(practice.minutesCirculated());
        assertNull(practice.workingDaysToMinutes());
    }

    @Test
    void aRationaleCountsOnlyWhenItIsSubstantiveText() {
        RecordContext.Practice placeholders = practice(",\"timingRationale\":\"n/a\",\"decisions\":{\"section47\":"
                + "\"INITIATE\",\"section47Rationale\":\"  \"}");
        RecordContext.Practice written = practice(",\"timingRationale\":\"Waited for the interpreter.\","
                + "\"decisions\":{\"section47\":\"NOT_REQUIRED\",\"section47Rationale\":\"Family support in place.\"}");

        assertFalse(placeholders.timingRationale());
        assertFalse(placeholders.section47Rationale());
        assertEquals(Section47Decision.INITIATE, placeholders.section47());
        assertTrue(written.timingRationale());
        assertTrue(written.section47Rationale());
        assertEquals(Section47Decision.NOT_REQUIRED, written.section47());
    }

    @Test
    void eachChildsEthnicityIsItsDfeMajorGroupInRecordOrder() {
        assertEquals(List.of(EthnicGroup.BLACK, EthnicGroup.NOT_RECORDED), practice("").ethnicGroups());
    }

    @Test
    void theContextOfARecordAlwaysCarriesItsPracticeValues() {
        RecordContext context = RecordContext.of(record(""), CheckMode.FINAL);

        assertEquals(practice(""), context.practice());
    }
}
