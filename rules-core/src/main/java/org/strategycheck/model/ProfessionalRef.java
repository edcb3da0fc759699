package org.strategycheck.model;

/**
 * A reference to a professional by agency and role, without a name: used for the referrer.
 *
 * @param agency       the professional's agency
 * @param role         the professional's role
 * @param organisation the organisation (e.g. a health trust), not personal data
 */
public record ProfessionalRef(Agency agency, Role role, String organisation) {

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "ProfessionalRef[agency=" + agency + ", role=" + role + ", organisation=" + Redacted.text(organisation) + "]";
    }
}
