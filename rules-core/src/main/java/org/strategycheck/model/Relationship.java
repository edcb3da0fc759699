package org.strategycheck.model;

/**
 * A significant other's relationship to the child.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Relationship {
    MOTHER,
    FATHER,
    STEP_PARENT,
    PARENTS_PARTNER,
    SIBLING,
    GRANDPARENT,
    OTHER_RELATIVE,
    FRIEND_OR_PEER,
    OTHER
}
