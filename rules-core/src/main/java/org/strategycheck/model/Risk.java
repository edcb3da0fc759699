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
}
