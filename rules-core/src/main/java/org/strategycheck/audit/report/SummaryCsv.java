package org.strategycheck.audit.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.Tally;
import org.strategycheck.audit.internal.CsvField;

/**
 * {@code summary.csv}: the figures per period and rule, for a spreadsheet. RFC 4180: CRLF
 * line ends, a header row, and a field quoted when it holds a comma, a quote or a line break.
 *
 * <pre>
 * period,ruleId,applicable,met,notMet,percentMet
 * 2024-Q1,ATT-HEALTH-INVITED,16,14,2,87.5
 * </pre>
 *
 * <p>Periods are those of the report's charts (months up to two years of discussions,
 * quarters up to ten, years beyond), in time order, and only those that hold final records in
 * the audit's scope; final records without a date (which only a host's own results can hold)
 * come next as period {@value #UNDATED}, so the periods' rows add up to the report's totals;
 * the drafts in scope come last as period {@value #DRAFTS}, counted apart as in the report.
 * {@code percentMet} has one decimal place and is empty when no record was applicable.
 */
public final class SummaryCsv {

    /** The period of final records with no {@code heldAt}. */
    public static final String UNDATED = "undated";
    /** The rows of the drafts in scope, counted apart from the final records. */
    public static final String DRAFTS = "drafts";
    /** The header row. */
    public static final String HEADER = "period,ruleId,applicable,met,notMet,percentMet";

    private SummaryCsv() {
    }

    /**
     * Writes the figures.
     *
     * @param figures the figures of an audit
     * @param out     where to write them
     * @throws IOException when they cannot be written
     */
    public static void write(AuditFigures figures, Writer out) throws IOException {
        row(out, HEADER.split(","));
        for (Periods.Period period : Periods.of(figures).list()) {
            if (period.counts().graded() > 0) {
                rows(out, figures.rules(), period.key(), period.counts());
            }
        }
        if (figures.undated().graded() > 0) {
            rows(out, figures.rules(), UNDATED, figures.undated());
        }
        if (figures.drafts().graded() > 0) {
            rows(out, figures.rules(), DRAFTS, figures.drafts());
        }
    }

    /**
     * Writes the figures to a file, whole or not at all.
     *
     * @param figures the figures of an audit
     * @param file    the file, replaced if it exists
     * @throws IOException when it cannot be written
     */
    public static void write(AuditFigures figures, Path file) throws IOException {
        Html.writeAtomically(file, out -> write(figures, out));
    }

    private static void rows(Writer out, List<RuleDescription> rules, String period, Tally counts) throws IOException {
        for (RuleDescription rule : rules) {
            Proportion met = counts.rule(rule.id());
            row(out, period, rule.id(), Long.toString(met.of()), Long.toString(met.met()),
                    Long.toString(met.notMet()), percent(met.met(), met.of()));
        }
    }

    /** E.g. {@code 87.5}; half up, so the same counts always give the same text. */
    static String percent(long met, long applicable) {
        if (applicable == 0) {
            return "";
        }
        return BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP).toPlainString();
    }

    static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvField.of(fields[i]));
        }
        out.write("\r\n");
    }
}
