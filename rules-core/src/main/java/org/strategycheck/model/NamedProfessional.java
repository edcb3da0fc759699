package org.strategycheck.model;

/**
 * A trusted, named professional for a young person (serious youth violence, exploitation).
 *
 * @param name   personal data
 * @param agency the professional's agency
 * @param role   the professional's role
 */
public record NamedProfessional(String name, Agency agency, Role role) {
    /** Nothing recorded. */
    public static final NamedProfessional EMPTY = new NamedProfessional(null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "NamedProfessional[name=" + Redacted.text(name) + ", agency=" + agency + ", role=" + role + "]";
    }
}
