package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.count;
import static org.strategycheck.audit.report.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.RoundComparison;
import org.strategycheck.audit.RoundComparison.Change;
import org.strategycheck.audit.RoundComparison.Group;
import org.strategycheck.audit.RoundComparison.Row;

/**
 * Two rounds of an audit compared, as a page and as spreadsheets, written from a
 * {@link RoundComparison} alone:
 *
 * <ul>
 * <li>{@value #CSV_FILE}: one row per rule and group (all records, each partnership, each
 *     team), RFC 4180:
 *     <pre>
 * check,group,beforeMet,beforeApplicable,afterMet,afterApplicable,changePoints,low,high,verdict
 * ATT-HEALTH-INVITED,all,48,80,56,70,20.0,5.2,33.4,improved
 *     </pre>
 *     {@code changePoints}, {@code low} and {@code high} are percentage points to one decimal
 *     place, empty when the verdict is {@code too few};</li>
 * <li>{@value #RECORDS_FILE}: the records final in both rounds, one row each:
 *     {@code recordId,beforePosition,afterPosition,fixed,new,unchanged};</li>
 * <li>{@value #HTML_FILE}: the page, one self-contained file that prints: what was compared,
 *     the grades, the published checks and every rule with their change and interval, the
 *     checks per partnership and team, and the records in both rounds.</li>
 * </ul>
 *
 * <p>Like the audit report, they name records by id and position only and quote nothing a
 * record says; text from records is escaped, and a CSV cell that would start a formula is
 * prefixed with an apostrophe.
 */
public final class CompareReport {

    /** The page. */
    public static final String HTML_FILE = "compare.html";
    /** Every rule and group. */
    public static final String CSV_FILE = "compare.csv";
    /** The records in both rounds. */
    public static final String RECORDS_FILE = "compare-records.csv";
    /** The header of {@value #CSV_FILE}. */
    public static final String CSV_HEADER =
            "check,group,beforeMet,beforeApplicable,afterMet,afterApplicable,changePoints,low,high,verdict";
    /** The header of {@value #RECORDS_FILE}. */
    public static final String RECORDS_HEADER = "recordId,beforePosition,afterPosition,fixed,new,unchanged";
    /** Records in both rounds listed on the page; the rest are in {@value #RECORDS_FILE}. */
    public static final int LISTED_RECORDS = 200;

    private final RoundComparison comparison;
    private final ReportWording wording;
    private final StringBuilder html;
    private final Clock clock;

    private CompareReport(RoundComparison comparison, ReportWording wording, Clock clock) {
        this.comparison = comparison;
        this.wording = wording;
        this.clock = clock;
        this.html = Sheets.page("Two audits compared");
    }

    /**
     * Writes {@value #HTML_FILE}, {@value #CSV_FILE} and {@value #RECORDS_FILE} into a folder,
     * each whole or not at all.
     *
     * @param comparison the comparison
     * @param wording    the phrases of the rules, e.g. {@link ReportWording#english()}
     * @param clock      what "today" is, for the date the page is produced (Europe/London)
     * @param dir        the folder, created if need be
     * @throws IOException when a file cannot be written
     */
    public static void write(RoundComparison comparison, ReportWording wording, Clock clock, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        Html.writeAtomically(dir.resolve(CSV_FILE), out -> writeCsv(comparison, out));
        Html.writeAtomically(dir.resolve(RECORDS_FILE), out -> writeRecords(comparison, out));
        Html.writeAtomically(dir.resolve(HTML_FILE), out -> writeHtml(comparison, wording, clock, out));
    }

    /**
     * Writes {@value #CSV_FILE}.
     *
     * @param comparison the comparison
     * @param out        where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeCsv(RoundComparison comparison, Writer out) throws IOException {
        SummaryCsv.row(out, CSV_HEADER.split(","));
        for (Row row : comparison.rows()) {
            String[] change = {"", "", ""};
            if (row.change() instanceof Change.Difference d) {
                change = new String[] {Sheets.oneDecimal(d.points()), Sheets.oneDecimal(d.low()),
                        Sheets.oneDecimal(d.high())};
            }
            SummaryCsv.row(out, row.ruleId(), Sheets.text(row.group().label()), Long.toString(row.before().met()),
                    Long.toString(row.before().of()), Long.toString(row.after().met()), Long.toString(row.after().of()),
                    change[0], change[1], change[2], row.change().verdict().words());
        }
    }

    /**
     * Writes {@value #RECORDS_FILE}.
     *
     * @param comparison the comparison
     * @param out        where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeRecords(RoundComparison comparison, Writer out) throws IOException {
        SummaryCsv.row(out, RECORDS_HEADER.split(","));
        for (RoundComparison.RecordChange record : comparison.baseline().records()) {
            SummaryCsv.row(out, Sheets.text(record.recordId()), Long.toString(record.beforePosition()),
                    Long.toString(record.afterPosition()), Integer.toString(record.fixed()),
                    Integer.toString(record.newFindings()), Integer.toString(record.unchanged()));
        }
    }

    /**
     * Writes {@value #HTML_FILE}.
     *
     * @param comparison the comparison
     * @param wording    the phrases of the rules
     * @param clock      what "today" is
     * @param out        where to write it
     * @throws IOException when it cannot be written
     */
    public static void writeHtml(RoundComparison comparison, ReportWording wording, Clock clock, Writer out)
            throws IOException {
        CompareReport report = new CompareReport(Objects.requireNonNull(comparison, "comparison"),
                Objects.requireNonNull(wording, "wording"), clock);
        report.page();
        out.write(report.html.toString());
    }

    private void page() {
        AuditFigures before = comparison.before().figures();
        AuditFigures after = comparison.after().figures();
        html.append("<header>\n<h1>Two audits compared</h1>\n<p class=\"meta\">Before: ").append(span(before))
                .append(" &middot; after: ").append(span(after)).append(" &middot; produced ")
                .append(Sheets.day(Sheets.today(clock))).append("</p>\n</header>\n");
        scope(before, after);
        grades(before, after);
        List<RuleDescription> core = comparison.rules().stream().filter(RuleDescription::core).toList();
        html.append("<section id=\"core\">\n<h2>The ").append(core.size())
                .append(" checks audits publish</h2>\n");
        changes(core, Group.ALL);
        html.append("</section>\n<section id=\"rules\">\n<h2>Every rule</h2>\n");
        changes(comparison.rules(), Group.ALL);
        html.append("</section>\n");
        groups(core, Group.Kind.PARTNERSHIP, "partnerships", "By partnership", "Partnership");
        groups(core, Group.Kind.TEAM, "teams", "By team", "Team");
        records();
        method();
        html.append("</body>\n</html>\n");
    }

    /** E.g. "412 final records held March 2023 to February 2024". */
    private static String span(AuditFigures figures) {
        String text = count(figures.graded()) + (figures.graded() == 1 ? " final record" : " final records");
        SortedMap<YearMonth, ?> months = figures.byMonth();
        if (!months.isEmpty()) {
            text += " held " + month(months.firstKey())
                    + (months.firstKey().equals(months.lastKey()) ? "" : " to " + month(months.lastKey()));
        }
        return text;
    }

    private static String month(YearMonth month) {
        return Periods.Granularity.MONTH.label(month);
    }

    private void scope(AuditFigures before, AuditFigures after) {
        html.append("<section id=\"scope\">\n<h2>What is compared</h2>\n<table>\n<thead><tr><th></th><th>Before</th>")
                .append("<th>After</th></tr></thead>\n<tbody>\n");
        scopeRow("Final records, compared", count(before.graded()), count(after.graded()));
        scopeRow("Drafts, not compared", count(comparison.before().drafts()), count(comparison.after().drafts()));
        scopeRow("Records that could not be read", count(before.rejected()), count(after.rejected()));
        scopeRow("Rule set", names(before.ruleSetVersions()), names(after.ruleSetVersions()));
        scopeRow("Profile", names(before.profiles()), names(after.profiles()));
        html.append("</tbody>\n</table>\n");
        if (!before.ruleSetVersions().isEmpty() && !after.ruleSetVersions().isEmpty()
                && !before.ruleSetVersions().keySet().equals(after.ruleSetVersions().keySet())) {
            html.append("<p class=\"warning\">The two rounds were judged by different rule sets: a change below may ")
                    .append("come from the rules rather than from practice. Audit both rounds again with the same ")
                    .append("rule set to compare like with like.</p>\n");
        }
        if (!before.profiles().isEmpty() && !after.profiles().isEmpty()
                && !before.profiles().keySet().equals(after.profiles().keySet())) {
            html.append("<p class=\"warning\">The two rounds were judged under different profiles: a change below ")
                    .append("may come from the profile rather than from practice.</p>\n");
        }
        html.append("</section>\n");
    }

    private void scopeRow(String label, String before, String after) {
        html.append("<tr><th>").append(label).append("</th><td>").append(before).append("</td><td>").append(after)
                .append("</td></tr>\n");
    }

    private static String names(Map<String, Long> names) {
        if (names.isEmpty()) {
            return "&ndash;";
        }
        List<String> shown = new ArrayList<>();
        names.forEach((name, n) -> shown.add(escape(name) + (names.size() == 1 ? "" : " (" + count(n) + ")")));
        return String.join(", ", shown);
    }

    private void grades(AuditFigures before, AuditFigures after) {
        html.append("<section id=\"grades\">\n<h2>Grades of final records</h2>\n<table>\n<thead><tr><th>Grade</th>")
                .append("<th class=\"num\">Before</th><th class=\"num\">After</th></tr></thead>\n<tbody>\n");
        for (Grade grade : Grade.values()) {
            html.append("<tr><td>").append(Charts.GRADE_NAMES.get(grade.ordinal())).append("</td><td class=\"num\">")
                    .append(Sheets.proportion(before.total().grade(grade))).append("</td><td class=\"num\">")
                    .append(Sheets.proportion(after.total().grade(grade))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Each grade's count of the final records of its round, ")
                .append("with its share and 95% interval. The checks below say where the grades moved.</p>\n")
                .append("</section>\n");
    }

    private void changes(List<RuleDescription> rules, Group group) {
        double scale = scale(rules, group);
        html.append("<table class=\"changes\">\n<thead><tr><th>Check</th><th class=\"num\">Before</th>")
                .append("<th class=\"num\">After</th><th class=\"num\">Change, points (95% interval)</th>")
                .append("<th class=\"num small\">&minus;").append(Html.num(scale)).append(" &middot; 0 &middot; +")
                .append(Html.num(scale)).append("</th><th>Verdict</th></tr></thead>\n<tbody>\n");
        for (RuleDescription rule : rules) {
            Row row = comparison.row(rule.id(), group);
            html.append("<tr><td><span class=\"id\">").append(escape(rule.id())).append("</span><br><span class=\"small\">")
                    .append(escape(ReportWording.capitalise(wording.met(rule)))).append("</span></td><td class=\"num\">")
                    .append(Sheets.proportionCell(row.before())).append("</td><td class=\"num\">")
                    .append(Sheets.proportionCell(row.after())).append("</td><td class=\"num\">")
                    .append(changeText(row.change())).append("</td><td>").append(changeChart(row.change(), scale))
                    .append("</td><td class=\"verdict\">").append(verdict(row.change())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The widest bound of the table, rounded up to 10, 20, 30, 50 or 100 points: one scale for every row. */
    private double scale(List<RuleDescription> rules, Group group) {
        double widest = 0;
        for (RuleDescription rule : rules) {
            if (comparison.row(rule.id(), group).change() instanceof Change.Difference d) {
                widest = Math.max(widest, Math.max(Math.abs(d.low()), Math.abs(d.high())));
            }
        }
        for (double step : new double[] {10, 20, 30, 50}) {
            if (widest <= step) {
                return step;
            }
        }
        return 100;
    }

    private static String changeText(Change change) {
        if (change instanceof Change.Difference d) {
            return signed(d.points()) + " (" + signed(d.low()) + " to " + signed(d.high()) + ")";
        }
        return "<span class=\"toofew\">too few to judge</span>";
    }

    private static String signed(double points) {
        String text = Sheets.oneDecimal(points);
        return text.startsWith("-") ? "&minus;" + text.substring(1) : text.equals("0.0") ? text : "+" + text;
    }

    /** The interval as a bar on a scale of -scale to +scale points, no change marked; readable in greyscale. */
    private static String changeChart(Change change, double scale) {
        if (!(change instanceof Change.Difference d)) {
            return "";
        }
        double width = 160;
        double middle = width / 2;
        double unit = middle / scale;
        double low = middle + Math.max(-scale, d.low()) * unit;
        double high = middle + Math.min(scale, d.high()) * unit;
        double point = middle + Math.max(-scale, Math.min(scale, d.points())) * unit;
        String label = "change " + Sheets.oneDecimal(d.points()) + " points, 95% interval " + Sheets.oneDecimal(d.low())
                + " to " + Sheets.oneDecimal(d.high());
        return "<svg class=\"change\" width=\"160\" height=\"16\" viewBox=\"0 0 160 16\" role=\"img\" aria-label=\""
                + escape(label) + "\"><line x1=\"" + Html.num(middle) + "\" y1=\"0\" x2=\"" + Html.num(middle)
                + "\" y2=\"16\" stroke=\"#777\" stroke-dasharray=\"2 2\"/><line x1=\"" + Html.num(low) + "\" y1=\"8\" x2=\""
                + Html.num(high) + "\" y2=\"8\" stroke=\"#111\" stroke-width=\"3\"/><circle cx=\"" + Html.num(point)
                + "\" cy=\"8\" r=\"4\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"2\"/></svg>";
    }

    private static String verdict(Change change) {
        return switch (change.verdict()) {
            case IMPROVED -> "<span class=\"improved\">&#9650; improved</span>";
            case WORSE -> "<span class=\"worse\">&#9660; worse</span>";
            case NO_CLEAR_CHANGE -> "<span class=\"unclear\">no clear change</span>";
            case TOO_FEW -> "<span class=\"toofew\">too few</span>";
        };
    }

    private void groups(List<RuleDescription> core, Group.Kind kind, String id, String heading, String column) {
        List<Group> groups = comparison.groups().stream().filter(g -> g.kind() == kind).toList();
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        if (groups.isEmpty() || groups.size() == 1 && groups.get(0).name().equals(AuditFigures.NOT_RECORDED)) {
            html.append("<p>No final record of either round states its ").append(column.toLowerCase(java.util.Locale.UK))
                    .append(".</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">Each cell: the verdict, the share met before and after, and the change in ")
                .append("points with its 95% interval. Fewer than ").append(RoundComparison.TOO_FEW)
                .append(" discussions on either side is too few to judge. Every rule for every group is in <code>")
                .append(CSV_FILE).append("</code>.</p>\n");
        html.append("<table class=\"groups\">\n<thead><tr><th>").append(column).append("</th>");
        for (RuleDescription rule : core) {
            html.append("<th>").append(escape(wording.shortTitle(rule))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Group group : groups) {
            html.append("<tr><td>").append(escape(group.name())).append("</td>");
            for (RuleDescription rule : core) {
                Row row = comparison.row(rule.id(), group);
                html.append("<td>").append(verdict(row.change())).append("<br><span class=\"small\">")
                        .append(shortShare(row.before())).append(" &rarr; ").append(shortShare(row.after()));
                if (row.change() instanceof Change.Difference) {
                    html.append("<br>").append(changeText(row.change()));
                }
                html.append("</span></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** "60%" with enough records, else "3 of 4", or an en dash when nothing applied. */
    private static String shortShare(Proportion p) {
        if (p.isEmpty()) {
            return "&ndash;";
        }
        return p.of() < Sheets.TOO_FEW ? count(p.met()) + " of " + count(p.of()) : Html.percent(p.met(), p.of());
    }

    private void records() {
        RoundComparison.Baseline baseline = comparison.baseline();
        List<RoundComparison.RecordChange> records = baseline.records();
        html.append("<section id=\"records\">\n<h2>Records in both rounds</h2>\n");
        if (records.isEmpty()) {
            html.append("<p>No record id is final in both rounds: the rounds audited different discussions.");
        } else {
            html.append("<p class=\"lead\">").append(count(records.size())).append(records.size() == 1
                    ? " record is" : " records are").append(" final in both rounds (the same record id), corrected ")
                    .append("and audited again. Their findings, matched by rule and JSON pointer: <strong>")
                    .append(count(baseline.fixed())).append("</strong> fixed, <strong>").append(count(baseline.newFindings()))
                    .append("</strong> new, <strong>").append(count(baseline.unchanged())).append("</strong> unchanged.");
        }
        if (baseline.repeated() > 0) {
            html.append(' ').append(count(baseline.repeated())).append(baseline.repeated() == 1 ? " record id appears"
                    : " record ids appear").append(" more than once in a round, so which record is which cannot be ")
                    .append("told; left out.");
        }
        html.append("</p>\n");
        if (!records.isEmpty()) {
            html.append("<table>\n<thead><tr><th>Record</th><th class=\"num\">Position before</th>")
                    .append("<th class=\"num\">Position after</th><th class=\"num\">Fixed</th><th class=\"num\">New</th>")
                    .append("<th class=\"num\">Unchanged</th></tr></thead>\n<tbody>\n");
            for (RoundComparison.RecordChange record : records.subList(0, Math.min(LISTED_RECORDS, records.size()))) {
                html.append("<tr><td class=\"id\">").append(escape(record.recordId())).append("</td><td class=\"num\">")
                        .append(count(record.beforePosition())).append("</td><td class=\"num\">")
                        .append(count(record.afterPosition())).append("</td><td class=\"num\">").append(record.fixed())
                        .append("</td><td class=\"num\">").append(record.newFindings()).append("</td><td class=\"num\">")
                        .append(record.unchanged()).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
            if (records.size() > LISTED_RECORDS) {
                html.append("<p class=\"note\">The first ").append(LISTED_RECORDS).append(" by position; all ")
                        .append(count(records.size())).append(" are in <code>").append(RECORDS_FILE).append("</code>.</p>\n");
            }
        }
        html.append("</section>\n");
    }

    private void method() {
        html.append("<section id=\"method\">\n<h2>How to read this comparison</h2>\n<ul>\n")
                .append("<li>Only final records count, in both rounds: a draft is judged before the rules that hold ")
                .append("after the meeting apply. Records that could not be read are in no figure.</li>\n")
                .append("<li>A check's share is of the discussions it applied to in that round. The change is the ")
                .append("later share minus the earlier, in percentage points, with a 95% interval by Newcombe's ")
                .append("hybrid score method (built from the Wilson intervals of the two shares; Newcombe 1998).</li>\n")
                .append("<li><strong>improved</strong> or <strong>worse</strong> only when the whole interval lies ")
                .append("above or below no change; otherwise <em>no clear change</em>: the rounds differ by no more ")
                .append("than chance would. With fewer than ").append(RoundComparison.TOO_FEW)
                .append(" discussions on either side there is <em>too few</em> to judge.</li>\n")
                .append("<li>The interval treats the rounds as independent samples. Where the same records are ")
                .append("audited in both (see <a href=\"#records\">Records in both rounds</a>), the rounds are not ")
                .append("independent and the interval is, if anything, wider than it need be.</li>\n")
                .append("<li>Many checks and groups are compared at once, so about one in twenty comparisons with no ")
                .append("real change will still show one; give more weight to a change that persists.</li>\n")
                .append("<li>Records are named by id and position (their line in each round's ")
                .append("<code>results.jsonl</code>); nothing a record says is quoted.</li>\n")
                .append("</ul>\n</section>\n");
    }
}
