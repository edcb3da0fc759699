package org.strategycheck.audit;

import java.util.Arrays;
import org.strategycheck.model.Agency;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;

/**
 * The counts behind the measures published audits report, for one slice of an audit's records
 * (all of them, one month's, one team's), counted from each record's
 * {@link RecordContext.Practice}: attendance by agency, who was at every discussion, how soon
 * the discussion was held, the minutes, and the section 47 decision. Immutable; part of a
 * {@link Tally}.
 *
 * <p>These are counted from what the record shows, not from rule outcomes, so they read the same
 * whichever catalogue judged the records (v1.1 applies ATT-HEALTH-ATTENDED only where health was
 * invited, and reports a late discussion with a recorded reason as ADVISORY; the measures here
 * already count both that way). Records whose results line carries no practice values (written
 * before they were kept) are in no measure: {@link #known()} counts those that are.
 *
 * <p>Working days are counted as the rules count them: day 0 is the day the concern was
 * identified (or the day of the discussion, for the minutes). Counts are kept day by day up to
 * {@value #DAYS_KEPT} working days, so any threshold up to that can be read.
 */
public final class PracticeCounts {

    /** Working days counted one by one; later ones are counted together. */
    public static final int DAYS_KEPT = 10;

    private static final int AGENCIES = Agency.values().length;
    private static final int BUCKETS = DAYS_KEPT + 2;
    private static final int KNOWN = 0;
    private static final int AGENCY = 1;
    private static final int SOCIAL_CARE_AND_POLICE = AGENCY + 3 * AGENCIES;
    private static final int SOMEONE_INVITED = SOCIAL_CARE_AND_POLICE + 1;
    private static final int EVERYONE_ATTENDED = SOMEONE_INVITED + 1;
    private static final int INITIAL = EVERYONE_ATTENDED + 1;
    private static final int TIMING_NOT_KNOWN = INITIAL + 1;
    private static final int TIMING_CONTRADICTS = TIMING_NOT_KNOWN + 1;
    private static final int WITH_REASON = TIMING_CONTRADICTS + 1;
    private static final int WITHOUT_REASON = WITH_REASON + BUCKETS;
    private static final int CIRCULATED = WITHOUT_REASON + BUCKETS;
    private static final int MINUTES_NOT_KNOWN = CIRCULATED + 1;
    private static final int MINUTES_CONTRADICT = MINUTES_NOT_KNOWN + 1;
    private static final int MINUTES_DAYS = MINUTES_CONTRADICT + 1;
    private static final int S47_RECORDED = MINUTES_DAYS + BUCKETS;
    private static final int S47_RATIONALE = S47_RECORDED + 1;
    private static final int S47_DECISION = S47_RATIONALE + 1;
    /** How many counters a slice keeps. */
    static final int SIZE = S47_DECISION + Section47Decision.values().length;

    private static final int[] NONE = new int[0];

    private final long[] counts;

    PracticeCounts(long[] counts) {
        if (counts.length != SIZE) {
            throw new IllegalArgumentException("the practice counts do not fit");
        }
        this.counts = counts;
    }

    /** The counters one record adds to, each by one: empty when its practice is not known. */
    static int[] indices(RecordContext context) {
        RecordContext.Practice practice = context.practice();
        if (practice == null) {
            return NONE;
        }
        int[] at = new int[SIZE];
        int n = 0;
        at[n++] = KNOWN;
        for (Agency agency : practice.invited()) {
            int base = AGENCY + 3 * agency.ordinal();
            at[n++] = base;
            if (practice.attended().contains(agency)) {
                at[n++] = base + 1;
            } else if (practice.inWriting().contains(agency)) {
                at[n++] = base + 2;
            }
        }
        if (practice.attended().contains(Agency.CHILDRENS_SOCIAL_CARE) && practice.attended().contains(Agency.POLICE)) {
            at[n++] = SOCIAL_CARE_AND_POLICE;
        }
        if (practice.everyoneInvitedAttended() != null) {
            at[n++] = SOMEONE_INVITED;
            if (practice.everyoneInvitedAttended()) {
                at[n++] = EVERYONE_ATTENDED;
            }
        }
        // As TIM-PROMPT: an initial discussion that was held.
        if (context.type() == DiscussionType.INITIAL && context.heldOn() != null) {
            at[n++] = INITIAL;
            Integer days = practice.workingDaysFromConcern();
            if (days == null) {
                at[n++] = TIMING_NOT_KNOWN;
            } else if (days < 0) {
                at[n++] = TIMING_CONTRADICTS;
            } else {
                at[n++] = (practice.timingRationale() ? WITH_REASON : WITHOUT_REASON) + bucket(days);
            }
        }
        if (practice.minutesCirculated()) {
            at[n++] = CIRCULATED;
            Integer days = practice.workingDaysToMinutes();
            if (days == null) {
                at[n++] = MINUTES_NOT_KNOWN;
            } else if (days < 0) {
                at[n++] = MINUTES_CONTRADICT;
            } else {
                at[n++] = MINUTES_DAYS + bucket(days);
            }
        }
        if (practice.section47() != null) {
            at[n++] = S47_RECORDED;
            at[n++] = S47_DECISION + practice.section47().ordinal();
            if (practice.section47Rationale()) {
                at[n++] = S47_RATIONALE;
            }
        }
        return Arrays.copyOf(at, n);
    }

    private static int bucket(int days) {
        return Math.min(days, DAYS_KEPT + 1);
    }

    long[] counts() {
        return counts;
    }

    /**
     * Records whose practice values are known: the base of every measure here.
     *
     * @return the count
     */
    public long known() {
        return counts[KNOWN];
    }

    /**
     * Discussions an agency was invited to (a participant of it recorded as invited, attending or
     * contributing in writing), of those whose practice is known.
     *
     * @param agency the agency
     * @return invited of known
     */
    public Proportion invited(Agency agency) {
        return new Proportion(counts[AGENCY + 3 * agency.ordinal()], known());
    }

    /**
     * Of the discussions an agency was invited to, those someone of it attended.
     *
     * @param agency the agency
     * @return attended of invited
     */
    public Proportion attended(Agency agency) {
        return new Proportion(counts[AGENCY + 3 * agency.ordinal() + 1], invited(agency).met());
    }

    /**
     * Of the discussions an agency was invited to, those it contributed to in writing without
     * anyone of it attending.
     *
     * @param agency the agency
     * @return in writing only, of invited
     */
    public Proportion inWritingOnly(Agency agency) {
        return new Proportion(counts[AGENCY + 3 * agency.ordinal() + 2], invited(agency).met());
    }

    /**
     * Of the discussions an agency was invited to, those it took part in: attended or contributed
     * in writing (for health, what catalogue v1.1's ATT-HEALTH-ATTENDED checks).
     *
     * @param agency the agency
     * @return took part, of invited
     */
    public Proportion tookPart(Agency agency) {
        return new Proportion(attended(agency).met() + inWritingOnly(agency).met(), invited(agency).met());
    }

    /**
     * Discussions that children's social care and the police both attended, of those whose
     * practice is known.
     *
     * @return both attended, of known
     */
    public Proportion socialCareAndPoliceAttended() {
        return new Proportion(counts[SOCIAL_CARE_AND_POLICE], known());
    }

    /**
     * Discussions where everyone invited attended, of those where anyone was invited.
     *
     * @return everyone attended, of discussions with an invitation
     */
    public Proportion everyoneInvitedAttended() {
        return new Proportion(counts[EVERYONE_ATTENDED], counts[SOMEONE_INVITED]);
    }

    /**
     * Initial discussions that were held: those TIM-PROMPT applies to.
     *
     * @return the count
     */
    public long initialHeld() {
        return counts[INITIAL];
    }

    /**
     * Initial discussions held within a number of working days of the concern, of those whose two
     * dates are recorded and agree: the true rate, whether or not a reason for lateness is
     * recorded.
     *
     * @param workingDays the threshold, 0 to {@value #DAYS_KEPT}
     * @return held in time, of initial discussions with both dates
     */
    public Proportion heldWithin(int workingDays) {
        requireDays(workingDays);
        return new Proportion(sum(WITH_REASON, 0, workingDays) + sum(WITHOUT_REASON, 0, workingDays), timed());
    }

    /**
     * Initial discussions held later than a number of working days with a reason for the timing
     * recorded: counted apart, since v1.1 reports them as ADVISORY.
     *
     * @param workingDays the threshold, 0 to {@value #DAYS_KEPT}
     * @return the count
     */
    public long lateWithReason(int workingDays) {
        requireDays(workingDays);
        return sum(WITH_REASON, workingDays + 1, DAYS_KEPT + 1);
    }

    /**
     * Initial discussions held later than a number of working days with no reason recorded.
     *
     * @param workingDays the threshold, 0 to {@value #DAYS_KEPT}
     * @return the count
     */
    public long lateWithoutReason(int workingDays) {
        requireDays(workingDays);
        return sum(WITHOUT_REASON, workingDays + 1, DAYS_KEPT + 1);
    }

    /**
     * Initial discussions held on a given working day after the concern, e.g. 0 for the same day;
     * {@code DAYS_KEPT + 1} counts all later ones.
     *
     * @param workingDays 0 to {@code DAYS_KEPT + 1}
     * @return the count
     */
    public long heldOnDay(int workingDays) {
        if (workingDays < 0 || workingDays > DAYS_KEPT + 1) {
            throw new IllegalArgumentException("working days are counted from 0 to " + (DAYS_KEPT + 1));
        }
        return counts[WITH_REASON + workingDays] + counts[WITHOUT_REASON + workingDays];
    }

    /**
     * Initial discussions held whose concern has no date of identification, so timeliness cannot
     * be judged.
     *
     * @return the count
     */
    public long timingNotKnown() {
        return counts[TIMING_NOT_KNOWN];
    }

    /**
     * Initial discussions recorded as held before the concern was identified: one of the dates is
     * wrong, so they are in no rate.
     *
     * @return the count
     */
    public long timingContradicts() {
        return counts[TIMING_CONTRADICTS];
    }

    /**
     * Discussions whose minutes are recorded as circulated, of those whose practice is known.
     *
     * @return circulated, of known
     */
    public Proportion minutesCirculated() {
        return new Proportion(counts[CIRCULATED], known());
    }

    /**
     * Minutes circulated within a number of working days of the discussion, of those circulated
     * with both dates recorded and agreeing.
     *
     * @param workingDays the threshold, 0 to {@value #DAYS_KEPT}
     * @return in time, of circulated with both dates
     */
    public Proportion minutesWithin(int workingDays) {
        requireDays(workingDays);
        return new Proportion(sum(MINUTES_DAYS, 0, workingDays), sum(MINUTES_DAYS, 0, DAYS_KEPT + 1));
    }

    /**
     * Minutes circulated whose timing cannot be judged: the discussion's date is not recorded, or
     * they are recorded as circulated before it.
     *
     * @return the count
     */
    public long minutesTimingNotJudged() {
        return counts[MINUTES_NOT_KNOWN] + counts[MINUTES_CONTRADICT];
    }

    /**
     * Discussions whose section 47 decision is recorded, of those whose practice is known.
     *
     * @return recorded, of known
     */
    public Proportion section47Recorded() {
        return new Proportion(counts[S47_RECORDED], known());
    }

    /**
     * Of the discussions whose section 47 decision is recorded, those with a rationale.
     *
     * @return with a rationale, of recorded
     */
    public Proportion section47WithRationale() {
        return new Proportion(counts[S47_RATIONALE], counts[S47_RECORDED]);
    }

    /**
     * Discussions that recorded a section 47 decision.
     *
     * @param decision the decision
     * @return the count
     */
    public long section47(Section47Decision decision) {
        return counts[S47_DECISION + decision.ordinal()];
    }

    private long timed() {
        return sum(WITH_REASON, 0, DAYS_KEPT + 1) + sum(WITHOUT_REASON, 0, DAYS_KEPT + 1);
    }

    private long sum(int base, int from, int to) {
        long sum = 0;
        for (int d = from; d <= to; d++) {
            sum += counts[base + d];
        }
        return sum;
    }

    private static void requireDays(int workingDays) {
        if (workingDays < 0 || workingDays > DAYS_KEPT) {
            throw new IllegalArgumentException("a threshold is 0 to " + DAYS_KEPT + " working days, not " + workingDays);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PracticeCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "PracticeCounts[known=" + known() + ", initialHeld=" + initialHeld() + "]";
    }
}
