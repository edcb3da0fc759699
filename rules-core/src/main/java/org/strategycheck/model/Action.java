package org.strategycheck.model;

import java.time.LocalDate;

/**
 * Who will do what by when.
 *
 * @param ref         id within the record, e.g. {@code A1}
 * @param description free text
 * @param owner       who owns the action; never {@code null} (empty when not recorded)
 * @param dueBy       when it is due
 * @param immediate   the action is needed to keep the child safe now
 */
public record Action(String ref, String description, ActionOwner owner, LocalDate dueBy, Boolean immediate) {
    /** Normalises an absent owner to an empty one. */
    public Action {
        owner = owner == null ? ActionOwner.EMPTY : owner;
    }

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Action[ref=" + Redacted.text(ref) + ", description=" + Redacted.text(description) + ", owner=" + owner + ", dueBy=" + dueBy + ", immediate=" + immediate + "]";
    }
}
