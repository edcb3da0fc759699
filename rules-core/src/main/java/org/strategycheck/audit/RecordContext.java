package org.strategycheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.CheckMode;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.facts.AgencyAttendance;
import org.strategycheck.facts.Discussion;
import org.strategycheck.facts.Recorded;
import org.strategycheck.facts.Thresholds;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.London;
import org.strategycheck.model.Agency;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.Child;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.StrategyDiscussion;

/**
 * What a quality-assurance lead filters and groups audited records by: organisational and
 * structural facts of a record, never its free text. With these in {@code results.jsonl} a
 * figure can be traced to its records by id without reopening the export that holds personal
 * data.
 *
 * @param partnership the record's partnership, or {@code null}
 * @param team        the record's team (an organisational name), or {@code null}
 * @param heldOn      the date of {@code heldAt} in Europe/London, or {@code null} when not held yet
 * @param type        initial or further discussion, or {@code null}
 * @param caseStatus  the case's status when the concern arose, or {@code null}
 * @param categories  the concern's categories, as recorded
 * @param ageBands    each child's age band at the discussion, in record order
 * @param practice    what the record shows of the practice published audits measure (who took
 *                    part, timing, minutes, the section 47 decision, the children's ethnic
 *                    groups); {@code null} when not known, as for a results line written before
 *                    these values were kept
 */
public record RecordContext(
        String partnership,
        String team,
        LocalDate heldOn,
        DiscussionType type,
        CaseStatus caseStatus,
        List<ConcernCategory> categories,
        List<AgeBand> ageBands,
        Practice practice) {

    /** Copies the lists. */
    public RecordContext {
        categories = List.copyOf(categories);
        ageBands = List.copyOf(ageBands);
    }

    /**
     * A context without the practice values, as a results line written before they were kept
     * reads.
     *
     * @param partnership the record's partnership, or {@code null}
     * @param team        the record's team, or {@code null}
     * @param heldOn      the London date of {@code heldAt}, or {@code null}
     * @param type        initial or further, or {@code null}
     * @param caseStatus  the case's status, or {@code null}
     * @param categories  the concern's categories
     * @param ageBands    each child's age band
     */
    public RecordContext(String partnership, String team, LocalDate heldOn, DiscussionType type, CaseStatus caseStatus,
            List<ConcernCategory> categories, List<AgeBand> ageBands) {
        this(partnership, team, heldOn, type, caseStatus, categories, ageBands, null);
    }

    /**
     * The context of a record judged at a stage, with working days counted on the built-in
     * calendar of England and Wales.
     *
     * @param record the record
     * @param stage  the stage it was judged at: {@link CheckMode#DRAFT} or {@link CheckMode#FINAL}
     * @return its context
     */
    public static RecordContext of(StrategyDiscussion record, CheckMode stage) {
        return of(record, stage, WorkingDayCalendar.englandAndWales());
    }

    /**
     * The context of a record judged at a stage. A child's age band is taken at the discussion,
     * or for a draft not yet held when the concern was identified, as the rules take it; working
     * days are counted on the checker's calendar, as the timeliness rules count them.
     *
     * @param record   the record
     * @param stage    the stage it was judged at: {@link CheckMode#DRAFT} or {@link CheckMode#FINAL}
     * @param calendar the working-day calendar the record was checked with
     * @return its context
     */
    public static RecordContext of(StrategyDiscussion record, CheckMode stage, WorkingDayCalendar calendar) {
        // Derived once, by the rule vocabulary: the bands and counts are the ones the rules saw.
        RecordFacts facts = RecordFacts.of(record, calendar, Thresholds.CATALOGUE, stage == CheckMode.FINAL);
        List<AgeBand> bands = new ArrayList<>(facts.children().size());
        facts.children().forEach(child -> bands.add(child.band()));
        return new RecordContext(record.partnership(), record.team(), London.date(record.heldAt()), record.type(),
                record.caseStatus(), record.concern().categories(), bands, Practice.of(record, facts));
    }

    /**
     * What a record shows of the practice published audits measure, derived once from the record
     * so that a report, a comparison of two audits or a host's dashboard counts the same thing:
     * "health were invited to 14 cases and attended all of these", "police and children's
     * services were at every meeting", "within 3 working days". All of it is structural
     * (agencies, counts of days, yes or no, enumeration values), never text from the record. The
     * measures do not depend on which catalogue judged the record, so a report reads the same
     * whichever rule set produced the results.
     *
     * @param invited                 agencies with a participant recorded as invited, attending or
     *                                contributing in writing (catalogue v1.1: taking part counts
     *                                as invited, whatever {@code invited} says)
     * @param attended                agencies with a participant recorded as attending
     * @param inWriting               agencies with a participant recorded as contributing in writing
     * @param everyoneInvitedAttended every participant counted as invited attended; {@code null}
     *                                when no one was invited
     * @param workingDaysFromConcern  working days from the concern's identification to the
     *                                discussion (day 0 is the day identified; negative when the
     *                                dates contradict each other); {@code null} when either date is
     *                                not recorded
     * @param timingRationale         a reason for the timing is recorded (substantive text)
     * @param minutesCirculated       the minutes are recorded as circulated ({@code circulatedOn})
     * @param workingDaysToMinutes    working days from the discussion to the circulation of the
     *                                minutes; {@code null} when either date is not recorded
     * @param section47               the section 47 decision, or {@code null} when not recorded
     * @param section47Rationale      a rationale for the section 47 decision is recorded
     *                                (substantive text)
     * @param ethnicGroups            each child's ethnicity as a DfE major group, in record order
     */
    public record Practice(
            Set<Agency> invited,
            Set<Agency> attended,
            Set<Agency> inWriting,
            Boolean everyoneInvitedAttended,
            Integer workingDaysFromConcern,
            boolean timingRationale,
            boolean minutesCirculated,
            Integer workingDaysToMinutes,
            Section47Decision section47,
            boolean section47Rationale,
            List<EthnicGroup> ethnicGroups) {

        /** Copies the collections; the agency sets iterate in {@link Agency} order. */
        public Practice {
            invited = agencies(invited);
            attended = agencies(attended);
            inWriting = agencies(inWriting);
            ethnicGroups = List.copyOf(ethnicGroups);
        }

        private static Set<Agency> agencies(Collection<Agency> agencies) {
            return agencies.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(agencies));
        }

        /**
         * Derives a record's practice values.
         *
         * @param record   the record
         * @param stage    the stage it was judged at
         * @param calendar the working-day calendar
         * @return its values
         */
        public static Practice of(StrategyDiscussion record, CheckMode stage, WorkingDayCalendar calendar) {
            return of(record, RecordFacts.of(record, calendar, Thresholds.CATALOGUE, stage == CheckMode.FINAL));
        }

        /**
         * From the rule vocabulary's own derivation, so that the report counts who was invited and
         * the working days exactly as the rules do (taking part counts as invited; day 0 is the day
         * identified) and calls a text recorded by the catalogue's one definition.
         */
        private static Practice of(StrategyDiscussion record, RecordFacts facts) {
            Set<Agency> invited = EnumSet.noneOf(Agency.class);
            Set<Agency> attended = EnumSet.noneOf(Agency.class);
            Set<Agency> inWriting = EnumSet.noneOf(Agency.class);
            for (AgencyAttendance agency : facts.agencies()) {
                if (agency.invited()) {
                    invited.add(agency.agency());
                }
                if (agency.attended()) {
                    attended.add(agency.agency());
                }
                if (agency.inWriting()) {
                    inWriting.add(agency.agency());
                }
            }
            Discussion discussion = facts.discussion();
            List<EthnicGroup> groups = new ArrayList<>(record.children().size());
            for (Child child : record.children()) {
                groups.add(EthnicGroup.of(child.ethnicity()));
            }
            return new Practice(invited, attended, inWriting, facts.attendance().everyoneInvitedAttended(),
                    discussion.workingDaysFromConcern(), discussion.timingRationale() == Recorded.SUBSTANTIVE,
                    record.minutes().circulatedOn() != null, discussion.workingDaysToMinutes(),
                    record.decisions().section47(), discussion.section47Rationale() == Recorded.SUBSTANTIVE,
                    groups);
        }
    }
}
