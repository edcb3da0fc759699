package org.strategycheck.model;

/**
 * Whether something (a medical, an Achieving Best Evidence interview) is required.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum RequirementDecision {
    REQUIRED,
    NOT_REQUIRED
}
