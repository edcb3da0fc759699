package org.strategycheck.census;

/**
 * Where an enquiry's conference stands in the timeliness figures. Every enquiry has exactly
 * one, so the figures account for every enquiry in the file.
 */
public enum ConferenceStatus {
    /** A conference in the collection year, on or after the start: counted and timed. */
    TIMED,
    /** A conference in the collection year dated before the start: counted, given no duration (as the DfE does). */
    BEFORE_START,
    /** A conference outside the collection year: counted in another year's census, not this one. */
    OUTSIDE_YEAR,
    /** No conference date, and {@code ICPCnotRequired}: none was needed. */
    NOT_REQUIRED,
    /** No conference date, and none said not required: none held, or not yet. */
    NO_CONFERENCE
}
