package org.strategycheck.model;

/**
 * The ethnicity, culture, identity and discrimination section. It is complete when all four
 * headings hold text that is neither blank nor a placeholder ({@code n/a}, {@code none},
 * {@code -}, {@code tbc}, {@code not discussed}); a {@code notRelevantReason} records a
 * reasoned decision that a heading does not apply, which counts as addressed.
 *
 * @param ethnicity         free text
 * @param culture           free text
 * @param identity          free text
 * @param discrimination    free text
 * @param notRelevantReason free text: why a heading does not apply
 */
public record Identity(String ethnicity, String culture, String identity, String discrimination, String notRelevantReason) {
    /** An identity section with nothing recorded. */
    public static final Identity EMPTY = new Identity(null, null, null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Identity[ethnicity=" + Redacted.text(ethnicity) + ", culture=" + Redacted.text(culture) + ", identity=" + Redacted.text(identity) + ", discrimination=" + Redacted.text(discrimination) + ", notRelevantReason=" + Redacted.text(notRelevantReason) + "]";
    }
}
