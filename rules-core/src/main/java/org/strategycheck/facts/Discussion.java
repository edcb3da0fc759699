package org.strategycheck.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.CheckMode;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.internal.London;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Identity;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The record as a whole, as the rules see it: the bound record plus what is derived from it
 * once, so that no rule recomputes it.
 *
 * @param content                the bound record
 * @param finalRecord            the record is judged as final: its status is FINAL, or the host
 *                               forced {@link org.strategycheck.CheckMode#FINAL}; rules about what
 *                               happens after the meeting test this, never the status itself
 * @param discussionDate         the London date of {@code heldAt}, or of {@code concern.identifiedAt}
 *                               for a draft not yet held; {@code null} when neither is recorded
 * @param categories             the concern's categories
 * @param identityGaps           pointers to the identity headings not addressed (empty when the
 *                               section is complete)
 * @param workingDaysFromConcern working days from the concern's identification to the discussion
 *                               (day 0 = the day identified); {@code null} when either is not recorded
 * @param heldDate               the London date of {@code heldAt}; {@code null} when not recorded
 * @param identifiedDate         the London date of {@code concern.identifiedAt}; {@code null} when not recorded
 * @param minutesFromEmergencyAction minutes from {@code concern.emergencyActionAt} to {@code heldAt}
 *                               (negative when held before it); {@code null} when either is not recorded
 * @param workingDaysToMinutes   working days from the discussion to the circulation of the minutes
 *                               (day 0 = the day held); {@code null} when either is not recorded
 * @param openCase               the case was open to children's services when the concern arose
 *                               ({@code caseStatus} OPEN_EARLY_HELP, OPEN_CHILD_IN_NEED,
 *                               OPEN_CHILD_PROTECTION or LOOKED_AFTER)
 */
public record Discussion(
        StrategyDiscussion content,
        boolean finalRecord,
        LocalDate discussionDate,
        Set<ConcernCategory> categories,
        List<String> identityGaps,
        Integer workingDaysFromConcern,
        LocalDate heldDate,
        LocalDate identifiedDate,
        Long minutesFromEmergencyAction,
        Integer workingDaysToMinutes,
        boolean openCase) {

    /** Copies the collections. */
    public Discussion {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(categories);
        identityGaps = List.copyOf(identityGaps);
    }

    /**
     * Derives the record-level facts, judging the record at the stage its status says (an absent
     * status is final, as in {@link org.strategycheck.CheckMode#AS_RECORDED}).
     *
     * @param record   the record
     * @param calendar the working-day calendar
     * @return the facts
     */
    public static Discussion of(StrategyDiscussion record, WorkingDayCalendar calendar) {
        return of(record, calendar, CheckMode.AS_RECORDED.stageOf(record) == CheckMode.FINAL);
    }

    /**
     * Derives the record-level facts, judging the record as final or as a draft.
     *
     * @param record      the record
     * @param calendar    the working-day calendar
     * @param finalRecord judge it as final (else as a draft), whatever its status says
     * @return the facts
     */
    public static Discussion of(StrategyDiscussion record, WorkingDayCalendar calendar, boolean finalRecord) {
        LocalDate held = London.date(record.heldAt());
        LocalDate identified = London.date(record.concern().identifiedAt());
        LocalDate date = held != null ? held : !finalRecord ? identified : null;
        Set<ConcernCategory> categories = record.concern().categories().isEmpty()
                ? Set.of() : EnumSet.copyOf(record.concern().categories());
        Integer workingDays = held != null && identified != null ? calendar.workingDaysBetween(identified, held) : null;
        Instant emergency = record.concern().emergencyActionAt();
        Long minutesFromEmergency = emergency != null && record.heldAt() != null
                ? Duration.between(emergency, record.heldAt()).toMinutes() : null;
        LocalDate circulated = record.minutes().circulatedOn();
        Integer toMinutes = held != null && circulated != null ? calendar.workingDaysBetween(held, circulated) : null;
        boolean open = record.caseStatus() != null && record.caseStatus() != CaseStatus.NEW_REFERRAL;
        return new Discussion(record, finalRecord, date, categories,
                identityGaps(record.identity()), workingDays, held, identified, minutesFromEmergency, toMinutes, open);
    }

    /**
     * Whether the concern has a category.
     *
     * @param category the category
     * @return {@code true} when the concern lists it
     */
    public boolean hasCategory(ConcernCategory category) {
        return categories.contains(category);
    }

    /**
     * Whether the identity section is complete.
     *
     * @return {@code true} when every heading is addressed
     */
    public boolean identityComplete() {
        return identityGaps.isEmpty();
    }

    private static List<String> identityGaps(Identity identity) {
        if (Text.isSubstantive(identity.notRelevantReason())) {
            // A reasoned decision that the headings not filled in do not apply addresses them.
            return List.of();
        }
        List<String> gaps = new ArrayList<>(4);
        if (!Text.isSubstantive(identity.ethnicity())) {
            gaps.add("/identity/ethnicity");
        }
        if (!Text.isSubstantive(identity.culture())) {
            gaps.add("/identity/culture");
        }
        if (!Text.isSubstantive(identity.identity())) {
            gaps.add("/identity/identity");
        }
        if (!Text.isSubstantive(identity.discrimination())) {
            gaps.add("/identity/discrimination");
        }
        return gaps;
    }
}
