package org.strategycheck.profile;

/** Which version of a profile applies to a record. */
public enum VersionChoice {
    /** The version in force today: for validating a form as it is submitted. */
    IN_FORCE_TODAY,
    /**
     * The version in force on the day of the discussion ({@code heldAt}, or
     * {@code concern.identifiedAt} for a draft): for re-auditing historic records by the
     * standard of their time.
     */
    IN_FORCE_ON_RECORD_DATE
}
