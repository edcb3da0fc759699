package org.strategycheck.model;

/**
 * An agency taking part in, or known to be working with, the family.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Agency {
    CHILDRENS_SOCIAL_CARE,
    POLICE,
    HEALTH,
    EDUCATION,
    EARLY_YEARS,
    PROBATION,
    YOUTH_JUSTICE,
    ADULT_SOCIAL_CARE,
    ADULT_MENTAL_HEALTH,
    SUBSTANCE_MISUSE,
    DOMESTIC_ABUSE_SERVICE,
    HOUSING,
    LEGAL,
    VOLUNTARY_SECTOR,
    OTHER
}
