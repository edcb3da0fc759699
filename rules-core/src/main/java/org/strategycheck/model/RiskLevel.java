package org.strategycheck.model;

/**
 * The level of risk stated in the risk analysis.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum RiskLevel {
    HIGH,
    MEDIUM,
    LOW
}
