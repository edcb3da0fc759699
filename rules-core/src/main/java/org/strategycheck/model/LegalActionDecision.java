package org.strategycheck.model;

/**
 * Whether legal action was decided or considered.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum LegalActionDecision {
    YES,
    NO,
    CONSIDERED
}
