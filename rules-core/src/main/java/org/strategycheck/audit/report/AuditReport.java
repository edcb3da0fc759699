package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.count;
import static org.strategycheck.audit.report.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.Tally;

/**
 * {@code report.html}: the audit report a partnership publishes, as one self-contained page
 * (styles and SVG charts inline, nothing fetched) that prints, rendered from an audit's
 * {@link AuditFigures} alone, so a host renders the same report from its own run. It shows
 * counts, rule ids, record ids, input positions and JSON pointers, and the library's own
 * messages for records that could not be read: never text from a record, nor a file name
 * (which may name a family). Everything taken from the input is escaped, and a character
 * UTF-8 cannot encode is replaced: the report is always written.
 */
public final class AuditReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int POINTERS_SHOWN = 4;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AuditFigures figures;
    private final ReportWording wording;
    private final Periods periods;
    private final LocalDate today;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private AuditReport(AuditFigures figures, ReportWording wording, LocalDate today) {
        this.figures = figures;
        this.wording = wording;
        this.periods = Periods.of(figures);
        this.today = today;
    }

    /**
     * Writes the report.
     *
     * @param figures the figures of an audit
     * @param wording the report's phrases, e.g. {@link ReportWording#english()}
     * @param clock   what "today" is, for the date the report is produced (in Europe/London)
     * @param out     where to write it
     * @throws IOException when it cannot be written
     */
    public static void write(AuditFigures figures, ReportWording wording, Clock clock, Writer out) throws IOException {
        AuditReport report = new AuditReport(figures, wording, LocalDate.now(clock.withZone(LONDON)));
        report.page();
        out.write(report.html.toString());
    }

    /**
     * Writes the report to a file, whole or not at all.
     *
     * @param figures the figures of an audit
     * @param wording the report's phrases
     * @param clock   what "today" is
     * @param file    the file, replaced if it exists
     * @throws IOException when it cannot be written
     */
    public static void write(AuditFigures figures, ReportWording wording, Clock clock, Path file) throws IOException {
        Html.writeAtomically(file, out -> write(figures, wording, clock, out));
    }

    /**
     * Writes the report in the library's English to a file, whole or not at all.
     *
     * @param figures the figures of an audit
     * @param clock   what "today" is
     * @param file    the file, replaced if it exists
     * @throws IOException when it cannot be written
     */
    public static void write(AuditFigures figures, Clock clock, Path file) throws IOException {
        write(figures, ReportWording.english(), clock, file);
    }

    private void page() {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Strategy discussion audit</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n").append(Charts.definitions());
        header();
        headline();
        coreChecks();
        areas();
        allRules();
        groups("partnerships", "By partnership", "Partnership", "partnership", figures.byPartnership());
        groups("teams", "By team", "Team", "team", figures.byTeam());
        inadequate();
        rejected();
        method();
        html.append("</body>\n</html>\n");
    }

    private void header() {
        html.append("<header>\n<h1>Strategy discussion audit</h1>\n<p class=\"meta\">");
        if (!figures.byMonth().isEmpty()) {
            YearMonth first = figures.byMonth().firstKey();
            YearMonth last = figures.byMonth().lastKey();
            html.append("Discussions held ").append(monthText(first))
                    .append(first.equals(last) ? "" : " to " + monthText(last)).append(" &middot; ");
        }
        counted(figures.ruleSetVersions(), "rule set ", "rule sets ");
        if (!figures.profiles().isEmpty()) {
            html.append(" &middot; ");
            counted(figures.profiles(), "profile ", "profiles ");
        }
        html.append(" &middot; produced ").append(today.format(DAY)).append("</p>\n</header>\n");
    }

    /** One name alone; several each with how many records it judged. */
    private void counted(Map<String, Long> names, String one, String many) {
        if (names.isEmpty()) {
            return;
        }
        html.append(names.size() == 1 ? one : many);
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Long> name : names.entrySet()) {
            shown.add(escape(name.getKey()) + (names.size() == 1 ? "" : " (" + count(name.getValue()) + ")"));
        }
        html.append(String.join(", ", shown));
    }

    private void headline() {
        Tally all = figures.total();
        html.append("<section id=\"headline\">\n<h2>Headline</h2>\n<p class=\"lead\">")
                .append("<strong>").append(count(figures.read())).append("</strong> ")
                .append(plural(figures.read(), "record", "records")).append(" read: <strong>")
                .append(count(figures.graded())).append("</strong> audited");
        if (figures.rejected() > 0) {
            html.append(", <strong>").append(count(figures.rejected())).append("</strong> could not be read ")
                    .append("(<a href=\"#rejected\">listed below</a>) and are in no figure of this report");
        }
        html.append(".</p>\n");
        html.append("<div class=\"cards\">");
        long[] grades = Charts.grades(all);
        for (int g = 0; g < 3; g++) {
            html.append("<div class=\"card card-").append(g).append("\"><div class=\"big\">")
                    .append(count(grades[g])).append("</div><div>").append(Charts.GRADE_NAMES.get(g))
                    .append("</div><div class=\"share\">").append(Html.percent(grades[g], all.graded()))
                    .append(" of audited</div></div>");
        }
        html.append("</div>\n<figure>\n").append(Charts.gradeBars(grades))
                .append("\n<figcaption>Records audited, by grade.</figcaption>\n</figure>\n");
        if (!periods.list().isEmpty()) {
            html.append("<figure>\n").append(Charts.gradeColumns(periods.list())).append("\n<figcaption>Grades by ")
                    .append(periods.granularity().word()).append(" of the discussion.</figcaption>\n</figure>\n");
        }
        undatedNote();
        html.append("</section>\n");
    }

    private void coreChecks() {
        html.append("<section id=\"core\">\n<h2>The ").append(number(figures.coreRules().size()))
                .append(" checks audits publish</h2>\n");
        html.append("<table class=\"rules\">\n<thead><tr><th>Check</th><th>Result</th><th class=\"num\">% met</th>")
                .append("<th></th></tr></thead>\n<tbody>\n");
        for (RuleDescription rule : figures.coreRules()) {
            Proportion met = figures.total().rule(rule.id());
            html.append("<tr><td class=\"id\">").append(escape(rule.id())).append("</td><td>")
                    .append(escape(wording.sentence(rule, met))).append("</td><td class=\"num\">")
                    .append(Html.percent(met.met(), met.of())).append("</td><td>").append(Charts.meter(met.met(), met.of()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (!periods.list().isEmpty()) {
            html.append("<h3>Trends, by ").append(periods.granularity().word()).append("</h3>\n<div class=\"grid\">\n");
            for (RuleDescription rule : figures.coreRules()) {
                trendFigure(ReportWording.capitalise(wording.met(rule)), rule.id(), tally -> tally.rule(rule.id()));
            }
            html.append("</div>\n<p class=\"note\">Each point is the share of discussions in that ")
                    .append(periods.granularity().word()).append(" that met the check, among those it applied to. ")
                    .append("A hollow point rests on fewer than ").append(Charts.SMALL_SAMPLE)
                    .append(" discussions; a gap is a ").append(periods.granularity().word())
                    .append(" with none. The dashed line is the share over all ")
                    .append(periods.granularity().word()).append("s.</p>\n");
        }
        html.append("</section>\n");
    }

    private void areas() {
        html.append("<section id=\"areas\">\n<h2>Areas of practice</h2>\n<p>A discussion meets an area when it meets ")
                .append("every check of that area that applies to it.</p>\n");
        html.append("<table class=\"rules\">\n<thead><tr><th>Area</th><th>Result</th><th class=\"num\">% met</th>")
                .append("<th></th></tr></thead>\n<tbody>\n");
        for (String area : figures.areas()) {
            Proportion met = figures.total().area(area);
            html.append("<tr><td>").append(escape(wording.area(area))).append("</td><td>")
                    .append(escape(wording.sentence(wording.areaMet(area), met)))
                    .append("</td><td class=\"num\">").append(Html.percent(met.met(), met.of())).append("</td><td>")
                    .append(Charts.meter(met.met(), met.of())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (!periods.list().isEmpty()) {
            html.append("<h3>Trends, by ").append(periods.granularity().word()).append("</h3>\n<div class=\"grid\">\n");
            for (String area : figures.areas()) {
                trendFigure(ReportWording.capitalise(wording.areaMet(area)), area, tally -> tally.area(area));
            }
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private interface Measure {
        Proportion of(Tally tally);
    }

    private void trendFigure(String title, String tag, Measure measure) {
        List<Periods.Period> list = periods.list();
        long[] metPer = new long[list.size()];
        long[] applicablePer = new long[list.size()];
        for (int p = 0; p < list.size(); p++) {
            Proportion period = measure.of(list.get(p).counts());
            metPer[p] = period.met();
            applicablePer[p] = period.of();
        }
        Proportion all = measure.of(figures.total());
        html.append("<figure class=\"trend\">\n<figcaption><strong>").append(escape(title))
                .append("</strong> <span class=\"tag\">").append(escape(tag)).append("</span><br><span class=\"small\">")
                .append(all.isEmpty() ? "applied to no discussion"
                        : Html.percent(all.met(), all.of()) + " overall, " + count(all.met()) + " of " + count(all.of()))
                .append("</span></figcaption>\n");
        if (all.isEmpty()) {
            html.append("<p class=\"empty\">No discussion in this audit to judge by it.</p>\n</figure>\n");
            return;
        }
        html.append(Charts.trend(title, list, metPer, applicablePer, all.met(), all.of())).append("\n</figure>\n");
    }

    private void allRules() {
        List<RuleDescription> rules = figures.rules();
        List<Proportion> counts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            counts.add(figures.total().rule(rules.get(i).id()));
            order.add(i);
        }
        // Worst first: the lowest share met; then the rule that applied most often, as the
        // bigger gap; then catalogue order. Rules that never applied go last.
        order.sort(Comparator.<Integer, Boolean>comparing(i -> counts.get(i).isEmpty())
                .thenComparing((a, b) -> Long.compare(counts.get(a).met() * counts.get(b).of(),
                        counts.get(b).met() * counts.get(a).of()))
                .thenComparing(i -> -counts.get(i).of())
                .thenComparing(i -> i));
        html.append("<section id=\"rules\">\n<h2>Every rule, worst first</h2>\n");
        html.append("<table class=\"rules all\">\n<thead><tr><th>Rule</th><th>Area</th><th>Severity</th>")
                .append("<th class=\"num\">Applicable</th><th class=\"num\">Met</th><th class=\"num\">Not met</th>")
                .append("<th class=\"num\">% met</th><th>In words</th></tr></thead>\n<tbody>\n");
        for (int i : order) {
            RuleDescription rule = rules.get(i);
            Proportion met = counts.get(i);
            html.append("<tr").append(met.isEmpty() ? " class=\"none\"" : "").append("><td class=\"id\">")
                    .append(escape(rule.id())).append("</td><td>").append(escape(wording.area(rule.area())))
                    .append("</td><td>").append(escape(rule.severity().name())).append("</td><td class=\"num\">")
                    .append(count(met.of())).append("</td><td class=\"num\">").append(count(met.met()))
                    .append("</td><td class=\"num\">").append(count(met.notMet())).append("</td><td class=\"num\">")
                    .append(Html.percent(met.met(), met.of())).append(' ').append(Charts.meter(met.met(), met.of()))
                    .append("</td><td>").append(escape(wording.sentence(rule, met))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Severity is the catalogue's default; a profile or a ")
                .append("circumstance named in the catalogue may raise it for a record.</p>\n</section>\n");
    }

    private void groups(String id, String heading, String column, String field, Map<String, Tally> groups) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        if (groups.isEmpty() || groups.size() == 1 && groups.containsKey(AuditFigures.NOT_RECORDED)) {
            html.append("<p>No audited record states its <code>").append(field).append("</code>.</p>\n</section>\n");
            return;
        }
        List<String> names = new ArrayList<>(groups.keySet());
        // By name, so a reader finds their own; the catch-all rows last.
        names.sort(Comparator.<String, Boolean>comparing(n -> n.equals(AuditFigures.OTHERS))
                .thenComparing(n -> n.equals(AuditFigures.NOT_RECORDED))
                .thenComparing(Comparator.naturalOrder()));
        List<RuleDescription> core = figures.coreRules();
        html.append("<p class=\"note\">Grades: ").append(Charts.gradeKey()).append(" The last ").append(core.size())
                .append(" columns are the share met of the ").append(number(core.size()))
                .append(" published checks, among the discussions each applied to; hover for the counts.</p>\n");
        html.append("<table class=\"groups\">\n<thead><tr><th>").append(column).append("</th>")
                .append("<th class=\"num\">Audited</th><th>Grades</th><th class=\"num\">Good</th>")
                .append("<th class=\"num\">Requires improvement</th><th class=\"num\">Inadequate</th>");
        for (RuleDescription rule : core) {
            html.append("<th class=\"num\">").append(escape(wording.shortTitle(rule))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String name : names) {
            Tally group = groups.get(name);
            long[] grades = Charts.grades(group);
            boolean placeholder = name.equals(AuditFigures.NOT_RECORDED) || name.equals(AuditFigures.OTHERS);
            html.append("<tr><td").append(placeholder ? " class=\"placeholder\"" : "").append('>').append(escape(name))
                    .append("</td><td class=\"num\">").append(count(group.graded())).append("</td><td>")
                    .append(Charts.gradeStrip(grades)).append("</td>");
            for (int g = 0; g < 3; g++) {
                html.append("<td class=\"num\">").append(count(grades[g])).append(" <span class=\"small\">(")
                        .append(Html.percent(grades[g], group.graded())).append(")</span></td>");
            }
            for (RuleDescription rule : core) {
                Proportion met = group.rule(rule.id());
                html.append("<td class=\"num\" title=\"").append(count(met.met())).append(" of ")
                        .append(count(met.of())).append("\">").append(Html.percent(met.met(), met.of())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (groups.containsKey(AuditFigures.OTHERS)) {
            html.append("<p class=\"note\">Past ").append(AuditFigures.MAX_GROUPS)
                    .append(" names, those after the first ").append(AuditFigures.MAX_GROUPS)
                    .append(" in name order are added up as one row.</p>\n");
        }
        html.append("</section>\n");
    }

    private void inadequate() {
        long total = figures.total().count(Grade.INADEQUATE);
        html.append("<section id=\"inadequate\">\n<h2>Records graded Inadequate</h2>\n");
        if (total == 0) {
            html.append("<p>None.</p>\n</section>\n");
            return;
        }
        List<AuditFigures.InadequateRecord> listed = figures.inadequate();
        html.append("<p>").append(count(total)).append(' ').append(plural(total, "record", "records"))
                .append(listed.size() < total ? "; the first " + count(listed.size()) + " are listed, the rest are in "
                        + "<code>results.jsonl</code>" : "")
                .append(". Findings by rule and severity, with the JSON pointers of the fields concerned; "
                        + "CRITICAL findings make a record Inadequate. The position is the record's line in "
                        + "<code>results.jsonl</code>.</p>\n");
        html.append("<table class=\"records\">\n<thead><tr><th class=\"num\">Position</th><th>Record</th>")
                .append("<th>Findings</th></tr></thead>\n<tbody>\n");
        for (AuditFigures.InadequateRecord record : listed) {
            html.append("<tr><td class=\"num\">").append(count(record.position())).append("</td><td class=\"id\">")
                    .append(escape(record.recordId())).append("</td><td><ul class=\"findings\">");
            for (Finding finding : record.findings()) {
                boolean critical = finding.severity() == Severity.CRITICAL;
                html.append("<li").append(critical ? " class=\"critical\"" : "").append("><span class=\"id\">")
                        .append(escape(finding.ruleId())).append("</span> ").append(finding.severity().name());
                List<String> pointers = finding.pointers();
                if (!pointers.isEmpty()) {
                    html.append(" at ");
                    for (int p = 0; p < Math.min(POINTERS_SHOWN, pointers.size()); p++) {
                        html.append(p > 0 ? ", " : "").append("<code>").append(escape(pointers.get(p))).append("</code>");
                    }
                    if (pointers.size() > POINTERS_SHOWN) {
                        html.append(" and ").append(pointers.size() - POINTERS_SHOWN).append(" more");
                    }
                }
                html.append("</li>");
            }
            html.append("</ul></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void rejected() {
        if (figures.rejected() == 0) {
            return;
        }
        List<AuditFigures.RejectedRecord> listed = figures.rejectedRecords();
        html.append("<section id=\"rejected\">\n<h2>Records that could not be read</h2>\n<p>")
                .append(count(figures.rejected())).append(' ').append(plural(figures.rejected(), "record", "records"))
                .append(listed.size() < figures.rejected() ? "; the first " + count(listed.size()) + " are listed, the "
                        + "rest are in <code>results.jsonl</code>" : "")
                .append(". Each is named by its position, the line of <code>results.jsonl</code> that says where it ")
                .append("came from, and the fault by JSON pointer.</p>\n");
        html.append("<table class=\"records\">\n<thead><tr><th class=\"num\">Position</th><th>Record</th>")
                .append("<th>Where</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (AuditFigures.RejectedRecord record : listed) {
            RecordError error = record.error();
            html.append("<tr><td class=\"num\">").append(count(record.position())).append("</td><td class=\"id\">")
                    .append(escape(record.recordId())).append("</td><td><code>")
                    .append(escape(error.pointer().isEmpty() ? "(whole record)" : error.pointer()))
                    .append("</code></td><td>").append(escape(error.message(wording.messages())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void method() {
        html.append("<section id=\"method\">\n<h2>How to read this report</h2>\n<ul>\n")
                .append("<li>A check <em>applies</em> to a discussion when the catalogue says it should be judged there ")
                .append("(school checks for a school-age child, minutes for a final record). It is <em>met</em> when ")
                .append("it applied and found no gap. Percentages are of the discussions a check applied to.</li>\n")
                .append("<li>A grade is Inadequate when any CRITICAL finding is present, Requires improvement when any ")
                .append("MAJOR one is, else Good, unless a profile changes the mapping.</li>\n")
                .append("<li>Periods are ").append(periods.granularity().word()).append("s of the discussion date ")
                .append("(<code>heldAt</code>) in Europe/London; a span over ").append(Periods.MONTHS_UP_TO / 12)
                .append(" years is shown by quarter, over ").append(Periods.QUARTERS_UP_TO / 12)
                .append(" years by year. <code>summary.csv</code> beside this report has the same numbers per ")
                .append(periods.granularity().word()).append(" and rule.</li>\n")
                .append("<li>The report names records by id and position (their line in <code>results.jsonl</code>) ")
                .append("and fields by JSON pointer; it quotes nothing a record says. <code>results.jsonl</code> has ")
                .append("every finding of every record.</li>\n")
                .append("</ul>\n</section>\n");
    }

    private void undatedNote() {
        long undated = figures.undated().graded();
        if (undated > 0) {
            html.append("<p class=\"note\">").append(count(undated)).append(' ')
                    .append(plural(undated, "audited record has", "audited records have"))
                    .append(" no discussion date (drafts not yet held): counted in totals, in no trend.</p>\n");
        }
    }

    /** A small count in words, as a heading says it: "The seven checks". */
    private static String number(int n) {
        List<String> words = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten");
        return n < words.size() ? words.get(n) : Integer.toString(n);
    }

    private static String monthText(YearMonth month) {
        return Periods.Granularity.MONTH.label(month);
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static final String STYLE = """
            :root { --ink: #111; --muted: #555; --rule: #ccc; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
              margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; line-height: 1.4; font-size: 15px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 16px; margin: 20px 0 8px; }
            .meta, .note, .small, figcaption { color: var(--muted); }
            .note { font-size: 13px; }
            .small { font-size: 12px; }
            .lead { font-size: 17px; }
            .cards { display: flex; gap: 16px; margin: 12px 0; }
            .card { border: 2px solid var(--ink); padding: 10px 16px; min-width: 190px; }
            .card .big { font-size: 30px; font-weight: 700; }
            .card-2 { border-width: 4px; }
            .card .share { color: var(--muted); font-size: 13px; }
            figure { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
            svg.chart { max-width: 100%; height: auto; font-family: inherit; }
            .empty { border: 1px dashed var(--rule); color: var(--muted); padding: 40px 16px; text-align: center; }
            table.all td:last-child { min-width: 24em; }
            svg .label { font-size: 14px; fill: #111; }
            svg .value { font-size: 14px; font-weight: 700; fill: #111; }
            svg .small { font-size: 11px; fill: #444; }
            svg .point { font-size: 11px; font-weight: 700; fill: #111; }
            svg .inbar { font-size: 11px; font-weight: 700; fill: #111; stroke: #fff; stroke-width: 3px;
              paint-order: stroke; stroke-linejoin: round; }
            svg.defs { position: absolute; }
            .grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px 28px; }
            .trend figcaption { font-size: 14px; color: var(--ink); }
            .tag { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; color: var(--muted); }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
            th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { border-bottom: 2px solid var(--ink); font-size: 13px; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .id, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
            td.id { white-space: nowrap; }
            td.src { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
            tr.none td { color: var(--muted); }
            td.placeholder { font-style: italic; }
            svg.meter, svg.strip { vertical-align: middle; }
            .key span { margin-right: 10px; white-space: nowrap; }
            .key svg { vertical-align: -1px; }
            ul.findings { margin: 0; padding-left: 18px; }
            li.critical { font-weight: 700; }
            table.groups { font-size: 13px; }
            table.groups th { white-space: normal; vertical-align: bottom; }
            table.groups td:first-child { white-space: nowrap; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              tr, li { break-inside: avoid; page-break-inside: avoid; }
              svg, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            @page { size: A4; margin: 14mm; }
            """;
}
