/**
 * The public API: {@link org.strategycheck.StrategyCheck} takes a record and returns an
 * {@link org.strategycheck.AuditResult} of graded {@link org.strategycheck.Finding}s.
 *
 * <p>No engine type appears here: the API speaks the domain (records in, findings out).
 * Messages are keys and arguments rendered late through {@link org.strategycheck.Messages}.
 */
package org.strategycheck;
