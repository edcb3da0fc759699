package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.count;
import static org.strategycheck.audit.report.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.Agreement;
import org.strategycheck.audit.Agreement.Judgement;
import org.strategycheck.audit.Agreement.Kappa;
import org.strategycheck.audit.Agreement.Measure;
import org.strategycheck.audit.Proportion;

/**
 * How far the auditors of a dip sample agree with the audit, as a page and as spreadsheets,
 * written from an {@link Agreement} alone:
 *
 * <ul>
 * <li>{@value #CSV_FILE}: one row per measure (the grade with linear weights, the grade
 *     unweighted, then each published check), RFC 4180:
 *     <pre>
 * check,weights,judged,agreed,percentAgreement,low,high,kappa,kappaLow,kappaHigh,notApplicable,blank,note
 * grade,linear,16,12,75.0,50.5,89.8,0.52,0.21,0.83,0,0,
 *     </pre>
 *     The percentage, its Wilson interval and kappa are empty when fewer than 5 records were
 *     judged by both ({@code note}: {@code too few}), kappa when it is undefined ({@code kappa
 *     undefined}), and kappa's interval when its large-sample standard error is 0 ({@code no
 *     interval}: full agreement, or one side put every record in one category, where kappa is 0
 *     whatever the agreement);</li>
 * <li>{@value #RECORDS_FILE}: every judgement of the auditors beside the audit's, one row each:
 *     {@code row,recordId,position,check,auditor,record,agrees}, from which every figure can be
 *     counted again;</li>
 * <li>{@value #HTML_FILE}: the page: the grade's confusion matrix, agreement and kappa; each
 *     check's; and the records where they disagree.</li>
 * </ul>
 *
 * <p>Nothing of the sheet but its defined cells is in them: auditors' notes are never read.
 */
public final class AgreementReport {

    /** The page. */
    public static final String HTML_FILE = "agreement.html";
    /** One row per measure. */
    public static final String CSV_FILE = "agreement.csv";
    /** Every judgement paired. */
    public static final String RECORDS_FILE = "agreement-records.csv";
    /** The header of {@value #CSV_FILE}. */
    public static final String CSV_HEADER = "check,weights,judged,agreed,percentAgreement,low,high,kappa,kappaLow,"
            + "kappaHigh,notApplicable,blank,note";
    /** The header of {@value #RECORDS_FILE}. */
    public static final String RECORDS_HEADER = "row,recordId,position,check,auditor,record,agrees";

    private final Agreement agreement;
    private final List<RuleDescription> core;
    private final ReportWording wording;
    private final Clock clock;
    private final StringBuilder html = Sheets.page("Auditors and the record grade");

    private AgreementReport(Agreement agreement, List<RuleDescription> rules, ReportWording wording, Clock clock) {
        this.agreement = agreement;
        this.core = rules.stream().filter(RuleDescription::core).toList();
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * Writes {@value #HTML_FILE}, {@value #CSV_FILE} and {@value #RECORDS_FILE} into a folder,
     * each whole or not at all.
     *
     * @param agreement the agreement
     * @param rules     the rules, in catalogue order, for the checks' phrases
     * @param wording   the phrases of the rules, e.g. {@link ReportWording#english()}
     * @param clock     what "today" is (Europe/London)
     * @param dir       the folder, created if need be
     * @throws IOException when a file cannot be written
     */
    public static void write(Agreement agreement, List<RuleDescription> rules, ReportWording wording, Clock clock,
            Path dir) throws IOException {
        Files.createDirectories(dir);
        Html.writeAtomically(dir.resolve(CSV_FILE), out -> writeCsv(agreement, out));
        Html.writeAtomically(dir.resolve(RECORDS_FILE), out -> writeRecords(agreement, out));
        Html.writeAtomically(dir.resolve(HTML_FILE), out -> writeHtml(agreement, rules, wording, clock, out));
    }

    /**
     * Writes {@value #CSV_FILE}.
     *
     * @param agreement the agreement
     * @param out       where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeCsv(Agreement agreement, Writer out) throws IOException {
        SummaryCsv.row(out, CSV_HEADER.split(","));
        List<Measure> measures = new ArrayList<>(List.of(agreement.grade(), agreement.gradeUnweighted()));
        measures.addAll(agreement.checks());
        for (Measure measure : measures) {
            boolean tooFew = measure.judged() < Sheets.TOO_FEW;
            String[] share = {"", "", ""};
            if (!tooFew) {
                Proportion.Interval interval = measure.agreement().wilson95();
                share = new String[] {Sheets.percentOneDecimal(measure.agreement().share()),
                        Sheets.percentOneDecimal(interval.lower()), Sheets.percentOneDecimal(interval.upper())};
            }
            String[] kappa = {"", "", ""};
            String note = tooFew ? "too few" : "";
            if (!tooFew && measure.kappa() instanceof Kappa.Estimate k) {
                boolean interval = k.standardError() > 0;
                kappa = new String[] {Sheets.twoDecimals(k.value()), interval ? Sheets.twoDecimals(k.low()) : "",
                        interval ? Sheets.twoDecimals(k.high()) : ""};
                note = interval ? "" : "no interval (standard error 0)";
            } else if (!tooFew) {
                note = "kappa undefined";
            }
            SummaryCsv.row(out, measure.check(), measure.weights() == Agreement.Weights.LINEAR ? "linear" : "none",
                    Long.toString(measure.judged()), Long.toString(measure.agreed()), share[0], share[1], share[2],
                    kappa[0], kappa[1], kappa[2], Long.toString(measure.notApplicable()), Long.toString(measure.blank()),
                    note);
        }
    }

    /**
     * Writes {@value #RECORDS_FILE}.
     *
     * @param agreement the agreement
     * @param out       where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeRecords(Agreement agreement, Writer out) throws IOException {
        SummaryCsv.row(out, RECORDS_HEADER.split(","));
        for (Judgement judgement : agreement.judgements()) {
            SummaryCsv.row(out, Long.toString(judgement.row()), Sheets.text(judgement.recordId()),
                    Long.toString(judgement.position()), judgement.check(), judgement.auditor(), judgement.record(),
                    Boolean.toString(judgement.agrees()));
        }
    }

    /**
     * Writes {@value #HTML_FILE}.
     *
     * @param agreement the agreement
     * @param rules     the rules, in catalogue order
     * @param wording   the phrases of the rules
     * @param clock     what "today" is
     * @param out       where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeHtml(Agreement agreement, List<RuleDescription> rules, ReportWording wording, Clock clock,
            Writer out) throws IOException {
        AgreementReport report = new AgreementReport(Objects.requireNonNull(agreement, "agreement"), rules,
                Objects.requireNonNull(wording, "wording"), clock);
        report.page();
        out.write(report.html.toString());
    }

    private void page() {
        Measure grade = agreement.grade();
        html.append("<header>\n<h1>Auditors and the record grade</h1>\n<p class=\"meta\">")
                .append(count(agreement.rows())).append(agreement.rows() == 1 ? " record" : " records")
                .append(" on the auditors' sheet &middot; ").append(count(grade.judged())).append(" graded by them")
                .append(" &middot; produced ").append(Sheets.day(Sheets.today(clock))).append("</p>\n</header>\n");
        grade(grade);
        checks();
        disagreements();
        method();
        html.append("</body>\n</html>\n");
    }

    private void grade(Measure grade) {
        html.append("<section id=\"grade\">\n<h2>The grade</h2>\n");
        if (grade.judged() == 0) {
            html.append("<p class=\"lead\">The auditors have graded no record yet.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"lead\">The auditors and the audit gave the same grade to <strong>")
                .append(Sheets.proportion(grade.agreement())).append("</strong> of the records both graded.</p>\n");
        if (grade.judged() >= Sheets.TOO_FEW) {
            html.append("<p>Cohen's kappa with linear weights: <strong>").append(kappa(grade.kappa()))
                    .append("</strong>; unweighted: ").append(kappa(agreement.gradeUnweighted().kappa()))
                    .append(".</p>\n");
        } else {
            html.append("<p class=\"toofew\">Too few records graded to judge kappa.</p>\n");
        }
        html.append("<table class=\"matrix\">\n<thead><tr><th>Auditors &darr; &middot; audit &rarr;</th>");
        for (String name : Charts.GRADE_NAMES) {
            html.append("<th>").append(name).append("</th>");
        }
        html.append("<th>All</th></tr></thead>\n<tbody>\n");
        long[] columns = new long[3];
        for (Grade auditor : Grade.values()) {
            html.append("<tr><th>").append(Charts.GRADE_NAMES.get(auditor.ordinal())).append("</th>");
            long row = 0;
            for (Grade record : Grade.values()) {
                long n = agreement.count(auditor, record);
                row += n;
                columns[record.ordinal()] += n;
                html.append("<td").append(auditor == record ? " class=\"same\"" : "").append('>').append(count(n))
                        .append("</td>");
            }
            html.append("<td>").append(count(row)).append("</td></tr>\n");
        }
        html.append("<tr><th>All</th>");
        for (long n : columns) {
            html.append("<td>").append(count(n)).append("</td>");
        }
        html.append("<td>").append(count(grade.judged())).append("</td></tr>\n</tbody>\n</table>\n");
        html.append("<p class=\"note\">Rows: the auditors' grade; columns: the audit's. The shaded diagonal is ")
                .append("agreement.");
        if (grade.blank() > 0) {
            html.append(' ').append(count(grade.blank())).append(grade.blank() == 1 ? " record" : " records")
                    .append(" on the sheet not graded by the auditors (blank) are not counted.");
        }
        html.append("</p>\n</section>\n");
    }

    private static String kappa(Kappa kappa) {
        if (kappa instanceof Kappa.Estimate k && k.standardError() > 0) {
            return signed(k.value()) + " (95% interval " + signed(k.low()) + " to " + signed(k.high()) + ")";
        }
        if (kappa instanceof Kappa.Estimate k) {
            return signed(k.value()) + " (no interval: the large-sample standard error is 0, as with full agreement, "
                    + "or where one side put every record in one category and kappa is 0 whatever the agreement)";
        }
        return "undefined (every record in one grade on both sides, so chance alone agrees)";
    }

    private static String signed(double value) {
        String text = Sheets.twoDecimals(value);
        return text.startsWith("-") ? "&minus;" + text.substring(1) : text;
    }

    private void checks() {
        Map<String, RuleDescription> rules = core.stream().collect(Collectors.toMap(RuleDescription::id,
                Function.identity()));
        html.append("<section id=\"checks\">\n<h2>The ").append(agreement.checks().size())
                .append(" checks audits publish</h2>\n<table>\n<thead><tr><th>Check</th>")
                .append("<th class=\"num\">Agreed, of judged by both</th><th class=\"num\">Kappa (95% interval)</th>")
                .append("<th class=\"num\">Rules found it did not apply</th><th class=\"num\">Blank</th>")
                .append("<th>Records that disagree</th></tr></thead>\n<tbody>\n");
        for (Measure measure : agreement.checks()) {
            RuleDescription rule = rules.get(measure.check());
            html.append("<tr><td><span class=\"id\">").append(escape(measure.check())).append("</span>");
            if (rule != null) {
                html.append("<br><span class=\"small\">").append(escape(ReportWording.capitalise(wording.met(rule))))
                        .append("</span>");
            }
            html.append("</td><td class=\"num\">").append(Sheets.proportion(measure.agreement()))
                    .append("</td><td class=\"num\">");
            if (measure.judged() < Sheets.TOO_FEW) {
                html.append("<span class=\"toofew\">too few</span>");
            } else if (measure.kappa() instanceof Kappa.Estimate k && k.standardError() > 0) {
                html.append(signed(k.value())).append(" (").append(signed(k.low())).append(" to ")
                        .append(signed(k.high())).append(')');
            } else if (measure.kappa() instanceof Kappa.Estimate k) {
                html.append(signed(k.value())).append(", no interval&#8224;");
            } else {
                html.append("undefined*");
            }
            html.append("</td><td class=\"num\">").append(count(measure.notApplicable())).append("</td><td class=\"num\">")
                    .append(count(measure.blank())).append("</td><td class=\"ids\">");
            html.append(String.join(", ", measure.disagreements().stream().map(j -> escape(j.recordId())).toList()));
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Judged by both: the auditors said met or not met and the ")
                .append("rules applied the check. Where the auditors judged a check the rules found did not apply ")
                .append("(or a profile switched off), the record is counted apart and listed as a disagreement. ")
                .append("* Kappa is undefined when every record fell in one category on both sides: chance alone ")
                .append("would agree. &#8224; No interval when the large-sample standard error is 0: with full ")
                .append("agreement, or where one side put every record in one category, when kappa is 0 whatever ")
                .append("the agreement; read the agreement and the records that disagree instead.</p>\n")
                .append("</section>\n");
    }

    private void disagreements() {
        List<Judgement> differ = new ArrayList<>(agreement.grade().disagreements());
        agreement.checks().forEach(measure -> differ.addAll(measure.disagreements()));
        differ.sort(Comparator.comparingLong(Judgement::row));
        html.append("<section id=\"disagreements\">\n<h2>Where they disagree</h2>\n");
        if (differ.isEmpty()) {
            html.append("<p>Nowhere: on every record and check both judged, they agree.</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(count(differ.size())).append(differ.size() == 1 ? " judgement differs" :
                " judgements differ").append(", by the sheet's row. These are the records to discuss: a rule that ")
                .append("reads the record differently from an auditor, or a record that says less than the ")
                .append("practice behind it.</p>\n");
        html.append("<table>\n<thead><tr><th class=\"num\">Row</th><th>Record</th><th class=\"num\">Position</th>")
                .append("<th>Measure</th><th>Auditors</th><th>Audit</th></tr></thead>\n<tbody>\n");
        for (Judgement judgement : differ) {
            html.append("<tr><td class=\"num\">").append(judgement.row()).append("</td><td class=\"id\">")
                    .append(escape(judgement.recordId())).append("</td><td class=\"num\">")
                    .append(count(judgement.position())).append("</td><td class=\"id\">").append(escape(judgement.check()))
                    .append("</td><td>").append(words(judgement.auditor())).append("</td><td>")
                    .append(words(judgement.record())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** A grade's name as the page says it; a check's outcome as it is. */
    private static String words(String value) {
        for (Grade grade : Grade.values()) {
            if (grade.name().equals(value)) {
                return Charts.GRADE_NAMES.get(grade.ordinal());
            }
        }
        return escape(value);
    }

    private void method() {
        html.append("<section id=\"method\">\n<h2>How to read this</h2>\n<ul>\n")
                .append("<li>The auditors judged a dip sample blind: their sheet showed neither the audit's grade nor ")
                .append("its findings. The grade grades what the record shows against the catalogue; the auditors ")
                .append("may also weigh what the record cannot show, so some disagreement is expected.</li>\n")
                .append("<li>Agreement is the share of records judged alike, with its 95% Wilson interval. Kappa ")
                .append("(Cohen 1960) is agreement beyond what chance alone would give: 0 is chance, 1 is full ")
                .append("agreement. For the grade, linear weights count Good against Requires improvement as half a ")
                .append("disagreement and Good against Inadequate as a whole one. The 95% interval uses the ")
                .append("large-sample standard error of Fleiss, Cohen and Everitt (1969): for a dip sample of a ")
                .append("dozen records it is wide and only approximate.</li>\n")
                .append("<li>With fewer than ").append(Sheets.TOO_FEW)
                .append(" records judged by both, a measure is too few to judge: the counts are shown, no rate.</li>\n")
                .append("<li>Only the sheet's defined columns are read (<code>").append(Agreement.RECORD_ID)
                .append("</code>, <code>").append(Agreement.POSITION).append("</code>, <code>")
                .append(Agreement.AUDITOR_GRADE).append("</code> and a column per check); any other column, such as ")
                .append("notes, is ignored and copied nowhere. Every judgement paired is in <code>").append(RECORDS_FILE)
                .append("</code>.</li>\n</ul>\n</section>\n");
    }
}
