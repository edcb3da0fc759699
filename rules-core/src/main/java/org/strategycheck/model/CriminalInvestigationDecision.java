package org.strategycheck.model;

/**
 * Whether the police will investigate a possible crime.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum CriminalInvestigationDecision {
    YES,
    NO,
    TO_BE_DECIDED
}
