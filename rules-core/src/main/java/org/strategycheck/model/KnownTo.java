package org.strategycheck.model;

/**
 * Who an involved service works with.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum KnownTo {
    CHILD,
    PARENT,
    HOUSEHOLD
}
