package org.strategycheck.facts;

import org.strategycheck.model.Relationship;

/**
 * A household member or significant adult or peer, as the rules see it. One fact per person.
 *
 * @param index                      position in {@code significantOthers}, for JSON pointers
 * @param relationship               as recorded
 * @param householdMember            as recorded
 * @param informationShared          as recorded
 * @param riskOrProtectionConsidered as recorded
 */
public record SignificantPerson(
        int index,
        Relationship relationship,
        Boolean householdMember,
        Boolean informationShared,
        Boolean riskOrProtectionConsidered) {

    /**
     * A pointer to a field of the person, for a finding.
     *
     * @param field the field, e.g. {@code informationShared}
     * @return e.g. {@code /significantOthers/0/informationShared}
     */
    public String pointer(String field) {
        return "/significantOthers/" + index + "/" + field;
    }

    /**
     * The person's number as people count: for a message.
     *
     * @return the position from 1
     */
    public int number() {
        return index + 1;
    }
}
