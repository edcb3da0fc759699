package org.strategycheck.facts;

/**
 * A child's band at the discussion, as record format v1 defines it. Age is always taken at
 * the discussion ({@code heldAt}, or {@code concern.identifiedAt} for a draft not yet held),
 * never at today's date.
 */
public enum AgeBand {
    /**
     * Unborn at the discussion: no date of birth, and an expected due date or a PRE_BIRTH
     * concern; or a date of birth after the discussion (rule catalogue v1.1: historic exports
     * carry the date of birth of a child born since, which is no contradiction).
     */
    PRE_BIRTH,
    /** Under 5 and {@code education} is not SCHOOL. */
    PRE_SCHOOL,
    /** {@code education} is SCHOOL, or it is not recorded and the child is 5 to 15. */
    SCHOOL_AGE,
    /** 5 to 15 with {@code education} recorded as something other than SCHOOL (e.g. home education). */
    SCHOOL_AGE_NOT_AT_SCHOOL,
    /** 16 or over and {@code education} is not SCHOOL. */
    OLDER,
    /** Born, but the date of birth or the date of the discussion is not recorded. */
    UNKNOWN
}
