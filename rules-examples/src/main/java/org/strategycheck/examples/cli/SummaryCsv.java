package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.strategycheck.RuleDescription;

/**
 * {@code summary.csv}: one row per period and rule, for a spreadsheet. RFC 4180: CRLF line
 * ends, a header row, and a field quoted when it holds a comma, a quote or a line break.
 *
 * <pre>
 * period,ruleId,applicable,met,notMet,percentMet
 * 2024-Q1,ATT-HEALTH-INVITED,16,14,2,87.5
 * </pre>
 *
 * <p>Periods are those of the report's charts ({@link Periods}), in time order; records not
 * yet held come last as period {@value #UNDATED}, so every column adds up to the report's
 * totals. {@code percentMet} has one decimal place and is empty when no record was applicable.
 */
final class SummaryCsv {

    /** The period of graded records with no {@code heldAt}. */
    static final String UNDATED = "undated";
    static final String HEADER = "period,ruleId,applicable,met,notMet,percentMet";

    private SummaryCsv() {
    }

    static void write(AuditFigures figures, Periods periods, Writer out) throws IOException {
        row(out, HEADER.split(","));
        for (Periods.Period period : periods.list()) {
            rows(out, figures.rules(), period.key(), period.counts());
        }
        if (figures.undated().graded > 0) {
            rows(out, figures.rules(), UNDATED, figures.undated());
        }
    }

    private static void rows(Writer out, List<RuleDescription> rules, String period, AuditFigures.Counts counts)
            throws IOException {
        for (int i = 0; i < rules.size(); i++) {
            long applicable = counts.ruleApplicable[i];
            long met = counts.ruleMet[i];
            row(out, period, rules.get(i).id(), Long.toString(applicable), Long.toString(met),
                    Long.toString(applicable - met), percent(met, applicable));
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
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    /** A field as RFC 4180 has it: quoted, with quotes doubled, only when it must be. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
