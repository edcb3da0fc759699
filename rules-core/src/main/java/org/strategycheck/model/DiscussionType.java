package org.strategycheck.model;

/**
 * Whether this is the first strategy discussion for the concern or a follow-up.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum DiscussionType {
    /** The first strategy discussion for this concern. */
    INITIAL,
    /** A follow-up discussion. */
    FURTHER
}
