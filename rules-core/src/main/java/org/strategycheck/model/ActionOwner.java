package org.strategycheck.model;

/**
 * The owner of an action. A <em>named</em> owner has a non-blank name: an agency alone is
 * not an owner.
 *
 * @param name   personal data
 * @param agency the owner's agency
 * @param role   the owner's role
 */
public record ActionOwner(String name, Agency agency, Role role) {
    /** An owner with nothing recorded. */
    public static final ActionOwner EMPTY = new ActionOwner(null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "ActionOwner[name=" + Redacted.text(name) + ", agency=" + agency + ", role=" + role + "]";
    }
}
