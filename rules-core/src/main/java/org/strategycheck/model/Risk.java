package org.strategycheck.model;

/**
 * The risk analysis.
 *
 * @param level    the stated level; {@code null} = not stated
 * @param analysis free text
 */
public record Risk(RiskLevel level, String analysis) {
    /** A risk section with nothing recorded. */
    public static final Risk EMPTY = new Risk(null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Risk[level=" + level + ", analysis=" + Redacted.text(analysis) + "]";
    }
}
