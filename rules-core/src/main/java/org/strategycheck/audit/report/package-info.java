/**
 * The audit's published outputs, rendered from {@link org.strategycheck.audit.AuditFigures}
 * alone: {@link org.strategycheck.audit.report.AuditReport} ({@code report.html}, one
 * self-contained page that opens with a board summary printing on at most four A4 pages) and
 * {@link org.strategycheck.audit.report.SummaryCsv} ({@code summary.csv}, for a spreadsheet), in
 * the wording of
 * {@link org.strategycheck.audit.report.ReportWording}, which comes with the rules' messages
 * and a host may replace. {@link org.strategycheck.audit.report.CompareReport},
 * {@link org.strategycheck.audit.report.SampleSheet} and
 * {@link org.strategycheck.audit.report.AgreementReport} write a comparison of two rounds, a dip
 * sample's sheet for the auditors and their agreement with the audit, from the values of
 * {@code org.strategycheck.audit}. A vendor renders the same report from its own run; nothing
 * here reads records, so nothing here can quote one or name its file.
 * {@link org.strategycheck.audit.report.CensusReport} writes {@code census.html} from a census's
 * figures and its link with an audit's records (package {@code org.strategycheck.census}).
 * {@link org.strategycheck.audit.report.RecordsCsv} writes {@code records.csv} as a run goes, a
 * row per audited record by id, from its results alone: the records behind every figure.
 */
package org.strategycheck.audit.report;
