package org.strategycheck.model;

/**
 * How the discussion was held.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum MeetingFormat {
    /** In person. */
    MEETING,
    /** A video meeting. */
    VIRTUAL_MEETING,
    /** By telephone only. */
    TELEPHONE,
    /** Some in person or by video, some by telephone. */
    MIXED
}
