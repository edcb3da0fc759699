package org.strategycheck.model;

import java.time.Instant;
import java.util.List;

/**
 * A strategy-discussion record in interchange format v1: the JSON a case system sends, bound
 * to Java.
 *
 * <p>{@code null} in a scalar component means <em>not recorded</em>, which is different from
 * {@code false} (<em>recorded as not done</em>). Absent sections are bound as empty sections
 * (every field not recorded) and absent lists as empty lists, so callers never meet a
 * {@code null} section or list; {@code concern.referrer} is the exception, where
 * {@code null} means the discussion was not referral-led. An absent {@code status} is
 * {@link Status#FINAL}.
 *
 * <p>Free-text components may hold personal data. The library never copies them into
 * findings, errors or logs.
 *
 * @param schemaVersion     the format version; {@code "1"}
 * @param recordId          the case system's id for this discussion (not personal data)
 * @param status            draft or final
 * @param partnership       the local profile to apply, e.g. {@code hackney}
 * @param team              the team that held or recorded the discussion, e.g. {@code north-assessment}:
 *                          an organisational name for audit breakdowns, never a person's
 * @param type              first discussion for the concern, or a follow-up
 * @param format            how it was held
 * @param caseStatus        status with children's social care when the concern arose
 * @param heldAt            when the discussion took place; required for a final record
 * @param timingRationale   free text: why it was held when it was
 * @param concern           what triggered the discussion
 * @param children          the children concerned; at least one
 * @param participants      everyone invited
 * @param involvedServices  services known to be working with the child or family
 * @param significantOthers household members and significant adults or peers
 * @param history           previous and current social-work involvement
 * @param risk              the risk analysis
 * @param identity          the ethnicity, culture, identity and discrimination section
 * @param childVoice        the child's views and how the child will be seen
 * @param decisions         what was decided
 * @param actions           who will do what by when
 * @param minutes           the record of the discussion and its circulation
 * @param namedProfessional a trusted, named professional for a young person
 * @param marac             the domestic-abuse MARAC link
 * @param extensions        the case system's own data (format revision 1.1), never read by the
 *                          catalogue and never shown; {@link Extensions#EMPTY} when absent
 */
public record StrategyDiscussion(
        String schemaVersion,
        String recordId,
        Status status,
        String partnership,
        String team,
        DiscussionType type,
        MeetingFormat format,
        CaseStatus caseStatus,
        Instant heldAt,
        String timingRationale,
        Concern concern,
        List<Child> children,
        List<Participant> participants,
        List<InvolvedService> involvedServices,
        List<SignificantOther> significantOthers,
        History history,
        Risk risk,
        Identity identity,
        ChildVoice childVoice,
        Decisions decisions,
        List<Action> actions,
        Minutes minutes,
        NamedProfessional namedProfessional,
        Marac marac,
        Extensions extensions) {

    /** The only schema version this library reads. */
    public static final String SCHEMA_VERSION = "1";

    /** Normalises absent sections and lists (see the type's documentation). */
    public StrategyDiscussion {
        status = status == null ? Status.FINAL : status;
        concern = concern == null ? Concern.EMPTY : concern;
        children = Lists.copy(children);
        participants = Lists.copy(participants);
        involvedServices = Lists.copy(involvedServices);
        significantOthers = Lists.copy(significantOthers);
        history = history == null ? History.EMPTY : history;
        risk = risk == null ? Risk.EMPTY : risk;
        identity = identity == null ? Identity.EMPTY : identity;
        childVoice = childVoice == null ? ChildVoice.EMPTY : childVoice;
        decisions = decisions == null ? Decisions.EMPTY : decisions;
        actions = Lists.copy(actions);
        minutes = minutes == null ? Minutes.EMPTY : minutes;
        namedProfessional = namedProfessional == null ? NamedProfessional.EMPTY : namedProfessional;
        marac = marac == null ? Marac.EMPTY : marac;
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /**
     * A record without {@code extensions}, as built before format revision 1.1 added them, so
     * that hosts building records in Java compile unchanged.
     *
     * @param schemaVersion     the format version
     * @param recordId          the record's id
     * @param status            draft or final
     * @param partnership       the local profile to apply
     * @param team              the team that held or recorded the discussion
     * @param type              initial or further
     * @param format            how it was held
     * @param caseStatus        status with children's social care
     * @param heldAt            when it took place
     * @param timingRationale   why it was held when it was
     * @param concern           what triggered it
     * @param children          the children concerned
     * @param participants      everyone invited
     * @param involvedServices  services working with the child or family
     * @param significantOthers household members and significant others
     * @param history           social-work involvement
     * @param risk              the risk analysis
     * @param identity          the identity section
     * @param childVoice        the child's views
     * @param decisions         what was decided
     * @param actions           who will do what by when
     * @param minutes           the minutes and their circulation
     * @param namedProfessional a named professional
     * @param marac             the MARAC link
     */
    public StrategyDiscussion(String schemaVersion, String recordId, Status status, String partnership, String team,
            DiscussionType type, MeetingFormat format, CaseStatus caseStatus, Instant heldAt, String timingRationale,
            Concern concern, List<Child> children, List<Participant> participants,
            List<InvolvedService> involvedServices, List<SignificantOther> significantOthers, History history,
            Risk risk, Identity identity, ChildVoice childVoice, Decisions decisions, List<Action> actions,
            Minutes minutes, NamedProfessional namedProfessional, Marac marac) {
        this(schemaVersion, recordId, status, partnership, team, type, format, caseStatus, heldAt, timingRationale,
                concern, children, participants, involvedServices, significantOthers, history, risk, identity,
                childVoice, decisions, actions, minutes, namedProfessional, marac, Extensions.EMPTY);
    }

    /**
     * A record without a {@code team} or {@code extensions}, as built before those fields were
     * added, so that hosts building records in Java compile unchanged.
     *
     * @param schemaVersion     the format version
     * @param recordId          the record's id
     * @param status            draft or final
     * @param partnership       the local profile to apply
     * @param type              initial or further
     * @param format            how it was held
     * @param caseStatus        status with children's social care
     * @param heldAt            when it took place
     * @param timingRationale   why it was held when it was
     * @param concern           what triggered it
     * @param children          the children concerned
     * @param participants      everyone invited
     * @param involvedServices  services working with the child or family
     * @param significantOthers household members and significant others
     * @param history           social-work involvement
     * @param risk              the risk analysis
     * @param identity          the identity section
     * @param childVoice        the child's views
     * @param decisions         what was decided
     * @param actions           who will do what by when
     * @param minutes           the minutes and their circulation
     * @param namedProfessional a named professional
     * @param marac             the MARAC link
     */
    public StrategyDiscussion(String schemaVersion, String recordId, Status status, String partnership,
            DiscussionType type, MeetingFormat format, CaseStatus caseStatus, Instant heldAt, String timingRationale,
            Concern concern, List<Child> children, List<Participant> participants,
            List<InvolvedService> involvedServices, List<SignificantOther> significantOthers, History history,
            Risk risk, Identity identity, ChildVoice childVoice, Decisions decisions, List<Action> actions,
            Minutes minutes, NamedProfessional namedProfessional, Marac marac) {
        this(schemaVersion, recordId, status, partnership, null, type, format, caseStatus, heldAt, timingRationale,
                concern, children, participants, involvedServices, significantOthers, history, risk, identity,
                childVoice, decisions, actions, minutes, namedProfessional, marac, Extensions.EMPTY);
    }

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "StrategyDiscussion[recordId=" + recordId + ", schemaVersion=" + schemaVersion + ", status=" + status + ", partnership=" + Redacted.text(partnership) + ", team=" + Redacted.text(team) + ", type=" + type + ", format=" + format + ", caseStatus=" + caseStatus + ", heldAt=" + heldAt + ", timingRationale=" + Redacted.text(timingRationale) + ", concern=" + concern + ", children=" + children + ", participants=" + participants + ", involvedServices=" + involvedServices + ", significantOthers=" + significantOthers + ", history=" + history + ", risk=" + risk + ", identity=" + identity + ", childVoice=" + childVoice + ", decisions=" + decisions + ", actions=" + actions + ", minutes=" + minutes + ", namedProfessional=" + namedProfessional + ", marac=" + marac + ", extensions=" + extensions + "]";
    }
}
