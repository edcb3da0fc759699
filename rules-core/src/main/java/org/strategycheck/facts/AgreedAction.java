package org.strategycheck.facts;

import java.time.LocalDate;
import org.strategycheck.model.Action;
import org.strategycheck.model.Agency;

/**
 * An action as the rules see it.
 *
 * @param index       position in {@code actions}, for JSON pointers
 * @param ownerNamed  the owner has a non-blank name (an agency alone is not an owner)
 * @param ownerAgency the owner's agency, as recorded
 * @param dueBy       as recorded
 * @param immediate   recorded as immediate
 */
public record AgreedAction(int index, boolean ownerNamed, Agency ownerAgency, LocalDate dueBy, boolean immediate) {

    /**
     * Derives an action's facts.
     *
     * @param index  position in {@code actions}
     * @param action the action
     * @return the facts
     */
    public static AgreedAction of(int index, Action action) {
        return new AgreedAction(index, Text.hasText(action.owner().name()), action.owner().agency(), action.dueBy(),
                Boolean.TRUE.equals(action.immediate()));
    }
}
