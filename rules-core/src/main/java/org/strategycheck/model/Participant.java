package org.strategycheck.model;

/**
 * Someone invited to the discussion.
 *
 * @param agency               the participant's agency
 * @param role                 the participant's role
 * @param organisation         e.g. the health trust or school; not personal data
 * @param name                 personal data; optional
 * @param invited              was invited
 * @param attended             attended
 * @param contributedInWriting sent information without attending
 * @param canMakeDecisions     senior enough to make decisions for the agency
 * @param informationShared    the agency's information was shared in the discussion
 */
public record Participant(
        Agency agency,
        Role role,
        String organisation,
        String name,
        Boolean invited,
        Boolean attended,
        Boolean contributedInWriting,
        Boolean canMakeDecisions,
        Boolean informationShared) {

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Participant[agency=" + agency + ", role=" + role + ", organisation=" + Redacted.text(organisation) + ", name=" + Redacted.text(name) + ", invited=" + invited + ", attended=" + attended + ", contributedInWriting=" + contributedInWriting + ", canMakeDecisions=" + canMakeDecisions + ", informationShared=" + informationShared + "]";
    }
}
