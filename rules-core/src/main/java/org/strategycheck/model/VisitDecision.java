package org.strategycheck.model;

/**
 * How the child will be visited.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum VisitDecision {
    /** Police and social care together. */
    JOINT,
    SINGLE_AGENCY,
    NONE
}
