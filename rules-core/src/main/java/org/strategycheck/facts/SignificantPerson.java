package org.strategycheck.facts;

import org.strategycheck.model.Relationship;
import org.strategycheck.model.SignificantOther;

/**
 * A household member or significant adult or peer, as the rules see it.
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
     * Derives a person's facts.
     *
     * @param index  position in {@code significantOthers}
     * @param person the person
     * @return the facts
     */
    public static SignificantPerson of(int index, SignificantOther person) {
        return new SignificantPerson(index, person.relationship(), person.householdMember(), person.informationShared(),
                person.riskOrProtectionConsidered());
    }
}
