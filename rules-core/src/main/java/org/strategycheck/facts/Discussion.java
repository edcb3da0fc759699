package org.strategycheck.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.model.Agency;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.ConferenceDecision;
import org.strategycheck.model.CriminalInvestigationDecision;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Education;
import org.strategycheck.model.LegalActionDecision;
import org.strategycheck.model.MeetingFormat;
import org.strategycheck.model.RequirementDecision;
import org.strategycheck.model.RiskLevel;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.model.VisitDecision;

/**
 * The record as a whole, as the rules see it: every record-level value a rule tests, derived
 * once. Text fields are reduced to whether they are recorded (never the text), dates to London
 * dates, and the children to the bands present; one fact per record.
 *
 * <p>A text a rule checks is kept as how it is {@link Recorded} (rule catalogue v1.1): it counts
 * only when substantive, and a finding can say whether it was not recorded or recorded as a
 * placeholder ("n/a", "see notes"). A yes-or-no field stays a {@code Boolean}: {@code null} is
 * not recorded, {@code false} recorded as not done.
 *
 * @param content                   the bound record, for a host rule that needs a field this
 *                                  vocabulary does not derive; the catalogue's rules never read it
 * @param finalRecord               the record is judged as final: its status is FINAL (or absent),
 *                                  or the host forced {@link org.strategycheck.CheckMode#FINAL};
 *                                  rules about what happens after the meeting test this, never the status
 * @param type                      initial or further, as recorded
 * @param format                    how it was held, as recorded
 * @param openCase                  the case was open to children's services when the concern arose
 *                                  ({@code caseStatus} recorded and not NEW_REFERRAL)
 * @param heldAt                    when it was held; {@code null} when not recorded
 * @param heldDate                  the London date of {@code heldAt}; {@code null} when not recorded
 * @param identifiedAt              when the concern was identified; {@code null} when not recorded
 * @param identifiedDate            the London date of {@code identifiedAt}; {@code null} when not recorded
 * @param discussionDate            the date ages are taken at: {@code heldDate}, or for a draft not yet
 *                                  held {@code identifiedDate}; {@code null} when neither applies. Rules
 *                                  that need the meeting's own date (prompt, same day, due dates) test
 *                                  {@code heldDate}, which a draft not yet held does not have
 * @param workingDaysFromConcern    working days from the concern's identification to the discussion
 *                                  (day 0 = the day identified); {@code null} when either is not recorded
 * @param minutesFromEmergencyAction real elapsed minutes from {@code concern.emergencyActionAt} to
 *                                  {@code heldAt}, a part minute counted as a whole one (so 24 hours and
 *                                  a second is 1,441 minutes, more than 24 hours); negative when held
 *                                  before it; {@code null} when either is not recorded
 * @param timingRationale           the reason for the timing
 * @param categories                the concern's categories
 * @param significantInjury         the concern is recorded as a significant injury
 * @param recentSexualAbuse         the concern is recorded as recent sexual abuse
 * @param referred                  the concern came from a referrer ({@code concern.referrer} recorded)
 * @param referrerAgency            the referrer's agency; {@code null} when not recorded
 * @param children                  the children at the discussion, in record order (also inserted
 *                                  as facts of their own)
 * @param section47                 the section 47 decision; {@code null} when not recorded
 * @param section47Rationale        its rationale
 * @param initialConference         the decision on an initial conference; {@code null} when not recorded
 * @param criminalInvestigation     the criminal-investigation decision; {@code null} when not recorded
 * @param visit                     the visit decision; {@code null} when not recorded
 * @param visitRationale            its rationale
 * @param medical                   the medical decision; {@code null} when not recorded
 * @param medicalRationale          its rationale
 * @param familyInformation         what is shared with the child and family, or why not
 * @param immediateSafety           immediate and short-term protection and support
 * @param legalAction               the legal-action decision; {@code null} when not recorded
 * @param riskLevel                 the risk level; {@code null} when not stated
 * @param riskAnalysis              the risk analysis
 * @param childViews                the child's views
 * @param howChildWillBeSeen        how the child will be seen
 * @param identityGaps              pointers to the identity headings not addressed, in the record
 *                                  format's order; empty when the section is complete. A heading is
 *                                  addressed by substantive text, or, when left empty, by a substantive
 *                                  {@code notRelevantReason}; a placeholder heading never is
 * @param identityPlaceholders      those of {@code identityGaps} that hold a placeholder, in order
 * @param previousInvolvementRecorded previous social-work involvement is recorded ({@code true}; absent
 *                                  and {@code false} both mean it is not)
 * @param currentInvolvementRecorded current social-work involvement is recorded, likewise
 * @param maracKnown                whether the family is known to MARAC; {@code null} when not recorded
 * @param maracActionsConsidered    whether MARAC actions were considered; {@code null} when not recorded
 * @param namedProfessionalName     the named professional's name
 * @param minutesCompletedOn        when the minutes were completed; {@code null} when not recorded
 * @param minutesCirculatedOn       when the minutes were circulated; {@code null} when not recorded
 * @param workingDaysToMinutes      working days from the discussion to the circulation of the minutes
 *                                  (day 0 = the day held); {@code null} when either is not recorded
 * @param minutesRecipients         the agencies the minutes were circulated to
 */
public record Discussion(
        StrategyDiscussion content,
        boolean finalRecord,
        DiscussionType type,
        MeetingFormat format,
        boolean openCase,
        Instant heldAt,
        LocalDate heldDate,
        Instant identifiedAt,
        LocalDate identifiedDate,
        LocalDate discussionDate,
        Integer workingDaysFromConcern,
        Long minutesFromEmergencyAction,
        Recorded timingRationale,
        Set<ConcernCategory> categories,
        boolean significantInjury,
        boolean recentSexualAbuse,
        boolean referred,
        Agency referrerAgency,
        List<ChildAtDiscussion> children,
        Section47Decision section47,
        Recorded section47Rationale,
        ConferenceDecision initialConference,
        CriminalInvestigationDecision criminalInvestigation,
        VisitDecision visit,
        Recorded visitRationale,
        RequirementDecision medical,
        Recorded medicalRationale,
        Recorded familyInformation,
        Recorded immediateSafety,
        LegalActionDecision legalAction,
        RiskLevel riskLevel,
        Recorded riskAnalysis,
        Recorded childViews,
        Recorded howChildWillBeSeen,
        List<String> identityGaps,
        List<String> identityPlaceholders,
        boolean previousInvolvementRecorded,
        boolean currentInvolvementRecorded,
        Boolean maracKnown,
        Boolean maracActionsConsidered,
        Recorded namedProfessionalName,
        LocalDate minutesCompletedOn,
        LocalDate minutesCirculatedOn,
        Integer workingDaysToMinutes,
        Set<Agency> minutesRecipients) {

    /** Copies the collections (into enum sets: rules ask them several times per record). */
    public Discussion {
        categories = enumSet(categories, ConcernCategory.class);
        children = List.copyOf(children);
        minutesRecipients = enumSet(minutesRecipients, Agency.class);
        identityGaps = List.copyOf(identityGaps);
        identityPlaceholders = List.copyOf(identityPlaceholders);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /**
     * Whether the concern is of a category.
     *
     * @param category a category
     * @return {@code true} when the concern lists it
     */
    public boolean concerns(ConcernCategory category) {
        return categories.contains(category);
    }

    /**
     * Whether a child is in a band at the discussion.
     *
     * @param band a band
     * @return {@code true} when at least one child is
     */
    public boolean hasChild(AgeBand band) {
        for (ChildAtDiscussion child : children) {
            if (child.band() == band) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a child in a band at the discussion is in an education setting.
     *
     * @param band      a band
     * @param education the setting, as recorded
     * @return {@code true} when at least one child is both
     */
    public boolean hasChild(AgeBand band, Education education) {
        for (ChildAtDiscussion child : children) {
            if (child.band() == band && child.education() == education) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a child was born at the discussion.
     *
     * @return {@code true} when at least one child is not pre-birth
     */
    public boolean hasBornChild() {
        for (ChildAtDiscussion child : children) {
            if (child.born()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a child is in hospital.
     *
     * @return {@code true} when at least one child is recorded as a hospital inpatient
     */
    public boolean hasChildInHospital() {
        for (ChildAtDiscussion child : children) {
            if (Boolean.TRUE.equals(child.hospitalInpatient())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the identity section is complete.
     *
     * @return {@code true} when every heading is addressed
     */
    public boolean identityComplete() {
        return identityGaps.isEmpty();
    }

    /**
     * The child's voice, where either of its two texts will do: the better recorded of the
     * child's views and how the child will be seen.
     *
     * @return substantive when either is, else a placeholder when either is, else not recorded
     */
    public Recorded childVoice() {
        return Recorded.either(childViews, howChildWillBeSeen);
    }

    /**
     * Whether the minutes record whom they were circulated to ({@code circulatedTo} absent or
     * empty is not recorded).
     *
     * @return {@code true} when at least one agency is listed
     */
    public boolean minutesRecipientsRecorded() {
        return !minutesRecipients.isEmpty();
    }

    /**
     * Whether the minutes were circulated to an agency.
     *
     * @param agency an agency
     * @return {@code true} when {@code minutes.circulatedTo} lists it
     */
    public boolean minutesSentTo(Agency agency) {
        return minutesRecipients.contains(agency);
    }

    /**
     * Shows the structure, never the content: facts end up in the engine's logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Discussion[recordId=" + content.recordId() + ", finalRecord=" + finalRecord + ", type=" + type
                + ", heldDate=" + heldDate + ", categories=" + categories + ", children=" + children + "]";
    }
}
