/**
 * The Children in Need census laid against the strategy discussions behind it.
 *
 * <p>Each {@code Section47} of the DfE's census carries {@code S47ActualStartDate}, the date of
 * the strategy discussion at which the section 47 enquiry was initiated, and
 * {@code InitialCPCtarget}, 15 working days after it, beside {@code DateOfInitialCPC} and
 * {@code ICPCnotRequired}. This package reads the census ({@link org.strategycheck.census.CensusReader},
 * streamed, strict, never keeping a child's UPN or date of birth and never showing the
 * {@code LAchildID} it keeps to match), times the initial conferences as the DfE counts them
 * and checks the census's own dates ({@link org.strategycheck.census.CensusAudit}), and writes
 * {@code census.csv} ({@link org.strategycheck.census.CensusCsv}). The census side is named by
 * position only: child 1,234, enquiry 2.
 */
package org.strategycheck.census;
