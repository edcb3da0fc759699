package org.strategycheck.audit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.strategycheck.audit.Proportion;

/**
 * What the comparison, the dip sample and the agreement pages and spreadsheets share: CSV text a
 * spreadsheet will not run as a formula, numbers to one decimal place, a count with its share and
 * interval that says when it is too small to judge, and the pages' head and style.
 */
final class Sheets {

    /** Fewer records than this, and a share is shown as a count, "too few to judge". */
    static final int TOO_FEW = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Sheets() {
    }

    /**
     * Text from records (a team's name, a record id) for a CSV cell. One that starts as a formula
     * would ({@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP
     * advises against CSV injection, so opening the file never runs what an export put there.
     * {@code Agreement} reads such an id back without it.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** E.g. {@code 20.0}, {@code -3.5}; half up, and never {@code -0.0}. */
    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** E.g. {@code 0.40}. */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share in percent to one decimal place, e.g. {@code 87.5}. */
    static String percentOneDecimal(double share) {
        return oneDecimal(100 * share);
    }

    /**
     * A count as a page shows it: "14 of 16 (88%, 64–97%)", or "3 of 4, too few to judge" below
     * {@value #TOO_FEW}, or "none" when nothing applied.
     */
    static String proportion(Proportion p) {
        if (p.isEmpty()) {
            return "none";
        }
        String counts = Html.count(p.met()) + " of " + Html.count(p.of());
        if (p.of() < TOO_FEW) {
            return counts + ", too few to judge";
        }
        Proportion.Interval interval = p.wilson95();
        return counts + " (" + Html.percent(p.met(), p.of()) + ", " + wholePercent(interval.lower()) + "\u2013"
                + wholePercent(interval.upper()) + "%)";
    }

    /**
     * As {@link #proportion} for a narrow table cell (HTML): the count on one line, the share and
     * interval (or "too few to judge") below it in small print.
     */
    static String proportionCell(Proportion p) {
        String text = proportion(p);
        int split = text.indexOf(p.of() < TOO_FEW ? ", too few" : " (");
        return split < 0 ? text : text.substring(0, split) + "<br><span class=\"small\">"
                + text.substring(split + (p.of() < TOO_FEW ? 2 : 1)) + "</span>";
    }

    /** A bound of an interval, in whole percent; never 100 or 0 unless it is. */
    static String wholePercent(double share) {
        long tenths = Math.round(share * 1000);
        return Long.toString(Html.wholePercent(tenths, 1000));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** The head of a page and the start of its body. */
    static StringBuilder page(String title) {
        return new StringBuilder(32 * 1024).append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n");
    }

    static final String STYLE = """
            :root { --ink: #111; --muted: #555; --rule: #ccc; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
              margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; line-height: 1.4; font-size: 15px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 21px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 16px; margin: 18px 0 8px; }
            .meta, .note, .small { color: var(--muted); }
            .note { font-size: 13px; }
            .small { font-size: 12px; }
            .lead { font-size: 17px; }
            .warning { border-left: 4px solid var(--ink); padding: 6px 12px; background: #f4f4f4; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
            th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { border-bottom: 2px solid var(--ink); font-size: 13px; }
            tbody th { border-bottom: 1px solid var(--rule); font-size: 14px; }
            span.id, td.verdict { white-space: nowrap; }
            td.ids { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .id, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
            td.id { white-space: nowrap; }
            .improved { font-weight: 700; }
            .worse { font-weight: 700; }
            .unclear { color: var(--muted); }
            .toofew { color: var(--muted); font-style: italic; }
            table.matrix { width: auto; }
            table.matrix td, table.matrix th { text-align: right; min-width: 9em; }
            table.matrix th:first-child { text-align: left; }
            table.matrix td.same { font-weight: 700; background: #e8e8e8; }
            table.groups { font-size: 12.5px; }
            table.groups td { min-width: 7.5em; }
            svg.change { vertical-align: middle; }
            ul.ids { columns: 3; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              svg, td.same { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              svg.change { width: 100px; height: auto; }
              table { font-size: 9.5pt; }
            }
            @page { size: A4; margin: 14mm; }
            """;
}
