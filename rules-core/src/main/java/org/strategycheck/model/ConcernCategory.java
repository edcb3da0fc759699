package org.strategycheck.model;

/**
 * A category of the concern that triggered the discussion.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum ConcernCategory {
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    EMOTIONAL_ABUSE,
    NEGLECT,
    CHILD_SEXUAL_EXPLOITATION,
    CHILD_CRIMINAL_EXPLOITATION,
    SERIOUS_YOUTH_VIOLENCE,
    DOMESTIC_ABUSE,
    MISSING,
    FABRICATED_OR_INDUCED_ILLNESS,
    INJURY_NON_MOBILE_CHILD,
    CHILD_ON_CHILD_ABUSE,
    ORGANISED_ABUSE,
    PRE_BIRTH,
    OTHER
}
