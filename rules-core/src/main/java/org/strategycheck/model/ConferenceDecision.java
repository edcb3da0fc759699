package org.strategycheck.model;

/**
 * Whether an initial child protection conference is to be convened.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum ConferenceDecision {
    CONVENE,
    NOT_REQUIRED,
    TO_BE_DECIDED
}
