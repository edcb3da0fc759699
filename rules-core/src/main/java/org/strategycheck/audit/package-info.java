/**
 * Batch re-audit as a capability of the library: read years of records, grade them on
 * several threads in bounded memory, and publish honest figures.
 *
 * <ul>
 * <li>{@link org.strategycheck.audit.BatchAudit} checks the records of a
 *     {@link org.strategycheck.audit.RecordSource} (files and folders, a stream of JSON Lines,
 *     records a host holds) and hands back one {@link org.strategycheck.audit.AuditedRecord}
 *     per input record, in input order.</li>
 * <li>{@link org.strategycheck.audit.AuditFigures} are the figures of a run as an immutable
 *     value that merges: threads, a resumed run or a cluster's partitions count apart and
 *     combine. They count the final records of an {@link org.strategycheck.audit.AuditScope}
 *     (a period of discussions), the drafts and the records outside it apart;
 *     {@link org.strategycheck.audit.Proportion} is a rate with its count and its Wilson
 *     interval, and {@link org.strategycheck.audit.PracticeCounts} the measures published
 *     audits report, counted from what each record shows
 *     ({@link org.strategycheck.audit.RecordContext.Practice}, with the children's
 *     {@link org.strategycheck.audit.EthnicGroup}s).</li>
 * <li>{@link org.strategycheck.audit.ResultLines} writes and reads the {@code results.jsonl}
 *     line; {@link org.strategycheck.audit.AuditFolder} is the folder an audit writes, locked
 *     while in use, with what a resume needs.</li>
 * <li>{@link org.strategycheck.audit.RoundComparison} compares two rounds of an audit (last
 *     year's and this year's), with the change per rule and group and its interval, and what
 *     became of the findings of records audited in both; {@link org.strategycheck.audit.DipSample}
 *     draws a reproducible dip sample for auditors, blind to the grade; and
 *     {@link org.strategycheck.audit.Agreement} reads their filled sheet back and says how far
 *     they agree with the record grade.</li>
 * <li>{@code org.strategycheck.audit.report} renders the report and its spreadsheet figures
 *     from figures alone, and the comparison, the auditors' sheet and the agreement likewise.</li>
 * </ul>
 *
 * <p>Nothing here names a record by anything but its id and position, nor copies its free
 * text; the source of a record (a file name, which may name a family) is kept in results for
 * the operator and never reaches the figures or a report.
 */
package org.strategycheck.audit;
