package org.strategycheck.model;

/**
 * A household member or significant adult or peer.
 *
 * @param ref                        id within the record, e.g. {@code P1}
 * @param relationship               relationship to the child
 * @param householdMember            lives in the child's household
 * @param informationShared          agencies' information about this person was shared
 * @param riskOrProtectionConsidered the risk or protection this person brings was considered
 */
public record SignificantOther(
        String ref,
        Relationship relationship,
        Boolean householdMember,
        Boolean informationShared,
        Boolean riskOrProtectionConsidered) {

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "SignificantOther[ref=" + Redacted.text(ref) + ", relationship=" + relationship + ", householdMember=" + householdMember + ", informationShared=" + informationShared + ", riskOrProtectionConsidered=" + riskOrProtectionConsidered + "]";
    }
}
