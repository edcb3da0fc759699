package org.strategycheck.model;

/**
 * Where a child is educated; {@code null} in a record means not recorded.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Education {
    /** Not in any setting (e.g. an infant at home). */
    NONE,
    /** Nursery or childminder. */
    EARLY_YEARS,
    SCHOOL,
    COLLEGE,
    ELECTIVE_HOME_EDUCATION,
    NOT_IN_EDUCATION
}
