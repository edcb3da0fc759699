package org.strategycheck.model;

import java.time.LocalDate;

/**
 * What the discussion decided. Every component is {@code null} when not recorded.
 *
 * @param section47                      the central decision on section 47 enquiries
 * @param section47Rationale             free text
 * @param criminalInvestigation          whether the police will investigate
 * @param visit                          how the child will be visited
 * @param visitRationale                 free text
 * @param medical                        whether a medical is required
 * @param medicalRationale               free text
 * @param achievingBestEvidenceInterview whether an ABE interview is required
 * @param informationSharingWithFamily   free text: what is shared with the child and family, by whom, or why it is withheld
 * @param legalAction                    whether legal action was decided or considered
 * @param immediateSafety                free text: immediate and short-term protection and support
 * @param initialConference              whether an initial child protection conference is to be convened
 * @param furtherDiscussionOn            date of a further discussion
 */
public record Decisions(
        Section47Decision section47,
        String section47Rationale,
        CriminalInvestigationDecision criminalInvestigation,
        VisitDecision visit,
        String visitRationale,
        RequirementDecision medical,
        String medicalRationale,
        RequirementDecision achievingBestEvidenceInterview,
        String informationSharingWithFamily,
        LegalActionDecision legalAction,
        String immediateSafety,
        ConferenceDecision initialConference,
        LocalDate furtherDiscussionOn) {

    /** A decisions section with nothing recorded. */
    public static final Decisions EMPTY =
            new Decisions(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Decisions[section47=" + section47 + ", section47Rationale=" + Redacted.text(section47Rationale) + ", criminalInvestigation=" + criminalInvestigation + ", visit=" + visit + ", visitRationale=" + Redacted.text(visitRationale) + ", medical=" + medical + ", medicalRationale=" + Redacted.text(medicalRationale) + ", achievingBestEvidenceInterview=" + achievingBestEvidenceInterview + ", informationSharingWithFamily=" + Redacted.text(informationSharingWithFamily) + ", legalAction=" + legalAction + ", immediateSafety=" + Redacted.text(immediateSafety) + ", initialConference=" + initialConference + ", furtherDiscussionOn=" + furtherDiscussionOn + "]";
    }
}
