package org.strategycheck.model;

/**
 * The child's status with children's social care when the concern arose.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum CaseStatus {
    NEW_REFERRAL,
    OPEN_EARLY_HELP,
    OPEN_CHILD_IN_NEED,
    OPEN_CHILD_PROTECTION,
    LOOKED_AFTER
}
