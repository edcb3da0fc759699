package org.strategycheck.model;

/**
 * A service known to be working with the child or family, whether or not it was invited.
 *
 * @param agency               the service's agency
 * @param role                 the practitioner's role, when known
 * @param organisation         e.g. the trust; not personal data
 * @param name                 personal data; optional
 * @param contributedInWriting sent information without attending
 * @param canMakeDecisions     senior enough to make decisions for the agency
 * @param informationShared    the service's information was shared in the discussion
 * @param knownTo              who the service works with
 */
public record InvolvedService(
        Agency agency,
        Role role,
        String organisation,
        String name,
        Boolean contributedInWriting,
        Boolean canMakeDecisions,
        Boolean informationShared,
        KnownTo knownTo) {

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "InvolvedService[agency=" + agency + ", role=" + role + ", organisation=" + Redacted.text(organisation) + ", name=" + Redacted.text(name) + ", contributedInWriting=" + contributedInWriting + ", canMakeDecisions=" + canMakeDecisions + ", informationShared=" + informationShared + ", knownTo=" + knownTo + "]";
    }
}
