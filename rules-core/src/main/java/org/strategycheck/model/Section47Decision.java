package org.strategycheck.model;

/**
 * The central decision: whether to start (or continue) enquiries under section 47 of the Children Act 1989.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Section47Decision {
    INITIATE,
    CONTINUE,
    NOT_REQUIRED
}
