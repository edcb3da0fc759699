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
 *
 * <p>The census link ({@link org.strategycheck.census.CensusLink}) lays the census against
 * strategy discussion records ({@link org.strategycheck.census.DiscussionRecords}: an audit
 * folder's records, read again from their inputs for the children's {@code laChildId}, or
 * records a host holds): each enquiry linked to the final record that initiated it, and a
 * {@link org.strategycheck.census.Reconciliation} with the enquiries that have no record, the
 * records missing from the census and the pairs whose dates disagree, every enquiry and record
 * accounted for. {@code census.html} is written by
 * {@link org.strategycheck.audit.report.CensusReport}, with the audit report's building blocks;
 * {@code census-records.csv} by {@link org.strategycheck.census.CensusRecordsCsv}. Records are
 * named by id, never by a child's identifier or a file name.
 */
package org.strategycheck.census;
