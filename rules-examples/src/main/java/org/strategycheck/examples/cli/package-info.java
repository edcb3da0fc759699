/**
 * The {@code strategycheck} command-line tool: a worked example of a host of the library, and
 * the way a safeguarding QA lead runs the rules over a batch of exported records without
 * writing code.
 *
 * <p>{@code check} prints a readable report per record, {@code audit} writes one
 * {@code results.jsonl} line per record and the audit report, {@code rules} prints the rule
 * catalogue; {@code compare} compares two audits, {@code sample} draws a dip sample for
 * auditors and {@code agreement} reads their sheet back. Each is options, progress and console
 * over the library ({@link org.strategycheck.audit.BatchAudit},
 * {@link org.strategycheck.audit.RoundComparison}, {@link org.strategycheck.audit.DipSample},
 * {@link org.strategycheck.audit.Agreement}), which a host can run the same way. The tool prints only ids, JSON pointers and the
 * library's messages: never free text from a record, which may hold personal data.
 */
package org.strategycheck.examples.cli;
