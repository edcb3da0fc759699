package org.strategycheck.model;

/**
 * The link to the domestic-abuse Multi-Agency Risk Assessment Conference.
 *
 * @param known             the family is known to MARAC
 * @param actionsConsidered MARAC actions were considered
 */
public record Marac(Boolean known, Boolean actionsConsidered) {
    /** Nothing recorded. */
    public static final Marac EMPTY = new Marac(null, null);
}
