package org.strategycheck.facts;

import java.time.LocalDate;
import org.strategycheck.model.Agency;

/**
 * An action as the rules see it. One fact per action.
 *
 * @param index               position in {@code actions}, for JSON pointers
 * @param ownerName           the owner's name (an agency alone is not an owner)
 * @param ownerAgency         the owner's agency, as recorded
 * @param dueBy               as recorded
 * @param dueBeforeDiscussion the due date is before the London date the discussion was held
 *                            ({@code false} when either is not recorded, as for a draft not yet held)
 * @param immediate           recorded as immediate
 */
public record AgreedAction(
        int index,
        Recorded ownerName,
        Agency ownerAgency,
        LocalDate dueBy,
        boolean dueBeforeDiscussion,
        boolean immediate) {

    /**
     * A pointer to a field of the action, for a finding.
     *
     * @param field the field, e.g. {@code dueBy} or {@code owner/name}
     * @return e.g. {@code /actions/0/dueBy}
     */
    public String pointer(String field) {
        return "/actions/" + index + "/" + field;
    }

    /**
     * The action's number as people count: for a message ("action 1").
     *
     * @return the position from 1
     */
    public int number() {
        return index + 1;
    }
}
