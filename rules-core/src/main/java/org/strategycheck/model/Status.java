package org.strategycheck.model;

/**
 * Whether the record is a draft being edited or the final record of the discussion.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Status {
    /** Checked on save: rules about what happens after the meeting do not apply. */
    DRAFT,
    /** The completed record; every rule applies. */
    FINAL
}
