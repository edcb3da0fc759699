package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.count;
import static org.strategycheck.audit.report.Html.escape;
import static org.strategycheck.audit.report.Html.plural;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.RuleDescription;
import org.strategycheck.Source;
import org.strategycheck.Severity;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.AuditScope;
import org.strategycheck.audit.EthnicGroup;
import org.strategycheck.audit.PracticeCounts;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.Tally;
import org.strategycheck.audit.internal.Intervals;
import org.strategycheck.model.Agency;

/**
 * {@code report.html}: the audit report a partnership publishes, as one self-contained page
 * (styles and SVG charts inline, nothing fetched), rendered from an audit's {@link AuditFigures}
 * alone, so a host renders the same report from its own run.
 *
 * <p>It opens with a <em>board summary</em> that prints on at most four A4 pages: the scope
 * (period, profile, rule set, what was counted apart), the grades, the published checks, the
 * attendance by agency, timeliness, minutes and the section 47 decision, and the largest changes
 * across the period. Its size does not grow with the number of records, months or teams.
 * Everything else follows as an appendix: trends, areas, every rule, breakdowns by partnership,
 * team, concern category, age band and ethnic group, the drafts, a few Inadequate and unreadable
 * records (the full lists are {@code records.csv} and {@code results.jsonl}), the sources in full
 * and how to read the report.
 *
 * <p>Headline figures count the final records in the audit's scope; drafts are counted apart.
 * Every rate prints its count and its 95% Wilson interval ("14 of 16, 88%, 64–97%"); a rate over
 * fewer than {@value ReportWording#FEWEST_JUDGED} records prints its count and "too few to
 * judge", with no percentage and no bar. It shows counts, rule ids, record ids, input positions
 * and JSON pointers, and the library's own messages: never text from a record, nor a file name
 * (which may name a family). Everything taken from the input is escaped, and a character UTF-8
 * cannot encode is replaced: the report is always written.
 */
public final class AuditReport {

    /** The catalogue's working days for a prompt initial discussion (TIM-PROMPT). */
    public static final int PROMPT_WORKING_DAYS = 2;
    /** The catalogue's working days for circulating the minutes (REC-MINUTES-TIMELY). */
    public static final int MINUTES_WORKING_DAYS = 3;
    /** Inadequate and unreadable records listed in the appendix; the rest are in the files. */
    public static final int LISTED = 20;
    /** The largest changes the summary shows. */
    static final int CHANGES_SHOWN = 5;

    private static final int POINTERS_SHOWN = 4;
    private static final List<Agency> ALWAYS_SHOWN = List.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE,
            Agency.HEALTH, Agency.EDUCATION);

    private final AuditFigures figures;
    private final ReportWording wording;
    private final Periods periods;
    private final LocalDate today;
    private final List<Measure> measures;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private AuditReport(AuditFigures figures, ReportWording wording, LocalDate today) {
        this.figures = figures;
        this.wording = wording;
        this.periods = Periods.of(figures);
        this.today = today;
        this.measures = measures(figures, wording);
    }

    /** A rate the report follows: a published check or a measure counted from what records show. */
    private record Measure(String phrase, String tag, Function<Tally, Proportion> of) {
    }

    private static List<Measure> measures(AuditFigures figures, ReportWording wording) {
        List<Measure> list = new ArrayList<>();
        for (RuleDescription rule : figures.coreRules()) {
            list.add(new Measure(wording.met(rule), rule.id(), tally -> tally.rule(rule.id())));
        }
        list.addAll(practiceMeasures(wording));
        return list;
    }

    private static List<Measure> practiceMeasures(ReportWording wording) {
        String prompt = Integer.toString(PROMPT_WORKING_DAYS);
        String minutes = Integer.toString(MINUTES_WORKING_DAYS);
        return List.of(
                new Measure(wording.measure("healthInvited"), "health invited",
                        t -> t.practice().invited(Agency.HEALTH)),
                new Measure(wording.measure("healthTookPart"), "health took part",
                        t -> t.practice().tookPart(Agency.HEALTH)),
                new Measure(wording.measure("socialCareAndPolice"), "CSC and police",
                        t -> t.practice().socialCareAndPoliceAttended()),
                new Measure(wording.measure("everyoneAttended"), "all attended",
                        t -> t.practice().everyoneInvitedAttended()),
                new Measure(wording.measure("heldWithin", prompt), "within " + prompt + " working days",
                        t -> t.practice().heldWithin(PROMPT_WORKING_DAYS)),
                new Measure(wording.measure("minutesCirculated"), "minutes circulated",
                        t -> t.practice().minutesCirculated()),
                new Measure(wording.measure("minutesWithin", minutes), "minutes in " + minutes + " days",
                        t -> t.practice().minutesWithin(MINUTES_WORKING_DAYS)),
                new Measure(wording.measure("section47Recorded"), "s47 recorded",
                        t -> t.practice().section47Recorded()),
                new Measure(wording.measure("section47Rationale"), "s47 rationale",
                        t -> t.practice().section47WithRationale()));
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
        AuditReport report = new AuditReport(figures, wording, Sheets.today(clock));
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
        html.append("<div id=\"summary\">\n");
        scope();
        grades();
        coreChecks();
        attendance();
        timeliness();
        changes();
        html.append("</div>\n<div id=\"appendix\">\n<p class=\"appendix-title\">Appendix</p>\n");
        trends();
        timelinessByPeriod();
        areas();
        allRules();
        groups("partnerships", "By partnership", "Partnership", "partnership", figures.byPartnership());
        groups("teams", "By team", "Team", "team", figures.byTeam());
        enumGroups("categories", "By concern category", "Category",
                "A discussion is counted under each category its concern records, so the rows add up to more "
                        + "than the total.", figures.byCategory(), wording::category);
        enumGroups("ages", "By the children's age band", "Age band",
                "A discussion is counted under the band of each of its children, at the discussion.",
                figures.byAgeBand(), wording::ageBand);
        identityByEthnicGroup();
        drafts();
        inadequate();
        rejected();
        glossary();
        method();
        html.append("</div>\n</body>\n</html>\n");
    }

    // ------------------------------------------------------------------ the board summary

    private void header() {
        html.append("<header>\n<h1>Strategy discussion audit</h1>\n<p class=\"scope\"><strong>Scope:</strong> ")
                .append(escape(scopeText())).append(", final records only.</p>\n<p class=\"meta\">");
        counted(figures.ruleSetVersions(), "Rule set ", "Rule sets ");
        if (!figures.profiles().isEmpty()) {
            html.append(" &middot; ");
            counted(figures.profiles(), "profile ", "profiles ");
        }
        html.append(figures.ruleSetVersions().isEmpty() ? "P" : " &middot; p").append("roduced ")
                .append(Sheets.day(today)).append("</p>\n</header>\n");
    }

    /** The period in words, e.g. "discussions held 1 April 2023 to 31 March 2024 (the London date of heldAt)". */
    private String scopeText() {
        AuditScope scope = figures.scope();
        if (scope.isBounded()) {
            String text = scope.from() == null ? "discussions held up to " + Sheets.day(scope.to())
                    : scope.to() == null ? "discussions held from " + Sheets.day(scope.from())
                    : "discussions held " + Sheets.day(scope.from()) + " to " + Sheets.day(scope.to());
            return text + " (the London date of heldAt)";
        }
        if (figures.byMonth().isEmpty()) {
            return "every discussion in the input";
        }
        YearMonth first = figures.byMonth().firstKey();
        YearMonth last = figures.byMonth().lastKey();
        return "every discussion in the input, held " + monthText(first) + (first.equals(last) ? ""
                : " to " + monthText(last));
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

    private void scope() {
        long finals = figures.total().graded();
        html.append("<section id=\"headline\">\n<h2>Summary</h2>\n<p class=\"lead\"><strong>").append(count(finals))
                .append("</strong> final ").append(plural(finals, "record", "records")).append(" audited.");
        List<String> apart = new ArrayList<>();
        long drafts = figures.drafts().graded();
        if (drafts > 0) {
            apart.add("<strong>" + count(drafts) + "</strong> " + plural(drafts, "draft", "drafts")
                    + " not yet final, checked only as " + plural(drafts, "a draft", "drafts")
                    + " (<a href=\"#drafts\">counted apart</a>)");
        }
        if (figures.rejected() > 0) {
            apart.add("<strong>" + count(figures.rejected()) + "</strong> "
                    + plural(figures.rejected(), "record", "records") + " that could not be read "
                    + "(<a href=\"#rejected\">listed</a>)");
        }
        if (figures.outOfScope() > 0) {
            apart.add("<strong>" + count(figures.outOfScope()) + "</strong> "
                    + plural(figures.outOfScope(), "record", "records") + " outside the period");
        }
        if (figures.undated().graded() > 0) {
            apart.add("<strong>" + count(figures.undated().graded()) + "</strong> final "
                    + plural(figures.undated().graded(), "record", "records")
                    + " without a discussion date (in the figures, in no trend)");
        }
        if (!apart.isEmpty()) {
            html.append(" Not in any figure below: ").append(String.join("; ", apart)).append('.');
        }
        html.append(" Every rate gives its count and its 95% interval (the range the true rate probably lies in); ")
                .append("fewer than ").append(ReportWording.FEWEST_JUDGED)
                .append(" discussions are too few to judge.</p>\n");
    }

    private void grades() {
        Tally all = figures.total();
        html.append("<p class=\"explain\"><strong>What the grade means.</strong> Each record is graded on what it ")
                .append("<em>shows</em>, against the checks of the rule catalogue: Inadequate when it misses a ")
                .append("CRITICAL check, Requires improvement when it misses a MAJOR one, else Good. It is not a ")
                .append("judgement of the quality of practice, which stays with auditors: a well-run discussion ")
                .append("that was poorly recorded grades low.</p>\n<div class=\"cards\">");
        for (Grade grade : Grade.values()) {
            Proportion share = all.grade(grade);
            html.append("<div class=\"card card-").append(grade.ordinal()).append("\"><div class=\"big\">")
                    .append(count(share.met())).append("</div><div>").append(Charts.GRADE_NAMES.get(grade.ordinal()))
                    .append("</div><div class=\"share\">").append(gradeShare(share)).append("</div></div>");
        }
        html.append("</div>\n");
    }

    private void coreChecks() {
        html.append("<section id=\"core\">\n<h3>The ").append(number(figures.coreRules().size()))
                .append(" checks audits publish</h3>\n<table class=\"rates\">\n<colgroup><col class=\"c-id\">")
                .append("<col><col class=\"c-bar\"></colgroup>\n<thead><tr><th>Check</th><th>Result</th>")
                .append("<th>95% interval</th></tr></thead>\n<tbody>\n");
        for (RuleDescription rule : figures.coreRules()) {
            Proportion met = figures.total().rule(rule.id());
            html.append("<tr><td class=\"id\">").append(escape(rule.id())).append("</td><td>")
                    .append(escape(wording.sentence(rule, met))).append("</td><td>").append(Charts.meter(met))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void attendance() {
        PracticeCounts practice = figures.total().practice();
        html.append("<section id=\"attendance\">\n<h3>Attendance by agency</h3>\n");
        if (practice.known() == 0) {
            html.append("<p>No final record to count attendance in.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"grid-table\">\n<colgroup><col class=\"c-name\"><col><col><col><col></colgroup>\n")
                .append("<thead><tr><th>Agency</th><th>Invited<br><span class=\"small\">of ").append(count(practice.known()))
                .append(" discussions</span></th><th>Attended<br><span class=\"small\">of those invited</span></th>")
                .append("<th>In writing only<br><span class=\"small\">of those invited</span></th>")
                .append("<th>Took part<br><span class=\"small\">attended or in writing</span></th></tr></thead>\n<tbody>\n");
        for (Agency agency : Agency.values()) {
            if (practice.invited(agency).met() == 0 && !ALWAYS_SHOWN.contains(agency)) {
                continue;
            }
            html.append("<tr><td>").append(escape(wording.agency(agency))).append("</td>")
                    .append(rateCell(practice.invited(agency))).append(rateCell(practice.attended(agency)))
                    .append(rateCell(practice.inWritingOnly(agency))).append(rateCell(practice.tookPart(agency)))
                    .append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<ul class=\"sentences\">\n");
        sentence(wording.measure("socialCareAndPolice"), practice.socialCareAndPoliceAttended());
        sentence(wording.measure("everyoneAttended"), practice.everyoneInvitedAttended());
        sentence(wording.measure("healthInvited"), practice.invited(Agency.HEALTH));
        sentence(wording.measure("healthTookPart"), practice.tookPart(Agency.HEALTH));
        html.append("</ul>\n<p class=\"note\">An agency is invited when someone of it is recorded as invited, ")
                .append("attending or contributing in writing. Health's attendance is counted of the discussions ")
                .append("health was invited to, as catalogue v1.1 has it; not inviting health at all is the ")
                .append("first row's gap.</p>\n</section>\n");
    }

    private void sentence(String phrase, Proportion proportion) {
        html.append("<li>").append(escape(wording.sentence(phrase, proportion))).append(".</li>\n");
    }

    private void timeliness() {
        PracticeCounts practice = figures.total().practice();
        html.append("<section id=\"timeliness\">\n<h3>Timeliness, minutes and the section 47 decision</h3>\n");
        if (practice.known() == 0) {
            html.append("<p>No final record to count.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"rates\">\n<colgroup><col><col class=\"c-bar\"></colgroup>\n")
                .append("<thead><tr><th>Measure</th><th>95% interval</th></tr></thead>\n<tbody>\n");
        Proportion prompt = practice.heldWithin(PROMPT_WORKING_DAYS);
        measureRow(wording.measure("heldWithin", Integer.toString(PROMPT_WORKING_DAYS)), prompt);
        long late = prompt.notMet();
        html.append("<tr class=\"sub\"><td colspan=\"2\">Of the ").append(count(prompt.of()))
                .append(" initial discussions with both dates: ").append(count(late)).append(" held later, ")
                .append(count(practice.lateWithReason(PROMPT_WORKING_DAYS))).append(" of them with a reason ")
                .append("for the timing recorded (counted apart: not prompt, but explained) and ")
                .append(count(practice.lateWithoutReason(PROMPT_WORKING_DAYS))).append(" without.");
        if (practice.timingNotKnown() + practice.timingContradicts() > 0) {
            html.append(" Not judged: ").append(count(practice.timingNotKnown()))
                    .append(" with no date for the concern, ").append(count(practice.timingContradicts()))
                    .append(" recorded as held before the concern.");
        }
        html.append("</td></tr>\n");
        measureRow(wording.measure("minutesCirculated"), practice.minutesCirculated());
        measureRow(wording.measure("minutesWithin", Integer.toString(MINUTES_WORKING_DAYS)),
                practice.minutesWithin(MINUTES_WORKING_DAYS));
        measureRow(wording.measure("section47Recorded"), practice.section47Recorded());
        measureRow(wording.measure("section47Rationale"), practice.section47WithRationale());
        html.append("</tbody>\n</table>\n<p class=\"note\">Working days are Monday to Friday less the bank holidays ")
                .append("of England and Wales; the day of the concern is day 0. These are counted from what the ")
                .append("records show, not from the rules' findings, so they read the same whichever catalogue ")
                .append("judged the records: the timeliness rate is the true one, a late discussion with a ")
                .append("reason recorded is late.</p>\n</section>\n");
    }

    private void measureRow(String phrase, Proportion proportion) {
        html.append("<tr><td>").append(escape(wording.sentence(phrase, proportion))).append("</td><td>")
                .append(Charts.meter(proportion)).append("</td></tr>\n");
    }

    /** A change in a measure from the first half of the period to the second. */
    private record Change(Measure measure, Proportion before, Proportion after, double[] difference) {

        boolean clear() {
            return difference[1] > 0 || difference[2] < 0;
        }
    }

    private void changes() {
        html.append("<section id=\"changes\">\n<h3>The largest changes across the period</h3>\n");
        List<YearMonth> months = new ArrayList<>(figures.byMonth().keySet());
        if (months.isEmpty() || months.get(0).equals(months.get(months.size() - 1))) {
            html.append("<p>The discussions fall in one month: there is no change across the period to show.</p>\n")
                    .append("</section>\n");
            return;
        }
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        long span = ChronoUnit.MONTHS.between(first, last) + 1;
        YearMonth middle = first.plusMonths(span / 2);
        Tally before = sum(first, middle);
        Tally after = sum(middle, last.plusMonths(1));
        List<Change> found = new ArrayList<>();
        for (Measure measure : measures) {
            Proportion a = measure.of().apply(before);
            Proportion b = measure.of().apply(after);
            if (a.of() < ReportWording.FEWEST_JUDGED || b.of() < ReportWording.FEWEST_JUDGED) {
                continue;
            }
            found.add(new Change(measure, a, b, Intervals.newcombeDifference(b.met(), b.of(), a.met(), a.of())));
        }
        // Changes the interval shows are real first, then the biggest.
        found.sort(Comparator.comparing((Change c) -> !c.clear())
                .thenComparing(c -> -Math.abs(c.difference()[0])));
        String beforeLabel = monthText(first) + "\u2013" + monthText(middle.minusMonths(1));
        String afterLabel = monthText(middle) + "\u2013" + monthText(last);
        html.append("<p>The first half of the period (").append(escape(beforeLabel)).append(") against the second (")
                .append(escape(afterLabel)).append("), for each check and measure with at least ")
                .append(ReportWording.FEWEST_JUDGED).append(" discussions in both halves. A change is <em>clear</em> ")
                .append("when its 95% interval (Newcombe's method) does not include 0.</p>\n");
        if (found.isEmpty()) {
            html.append("<p>No check has enough discussions in both halves to compare.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"grid-table changes\">\n<colgroup><col class=\"c-wide\"><col><col><col><col>")
                .append("</colgroup>\n<thead><tr><th>Check or measure</th><th>First half</th><th>Second half</th>")
                .append("<th>Change, points<br><span class=\"small\">95% interval</span></th><th>Verdict</th></tr>")
                .append("</thead>\n<tbody>\n");
        for (Change change : found.subList(0, Math.min(CHANGES_SHOWN, found.size()))) {
            double[] d = change.difference();
            String verdict = !change.clear() ? "no clear change" : d[0] > 0 ? "better" : "worse";
            html.append("<tr><td>").append(escape(ReportWording.capitalise(change.measure().phrase())))
                    .append(" <span class=\"tag\">").append(escape(change.measure().tag())).append("</span></td>")
                    .append(rateCell(change.before())).append(rateCell(change.after()))
                    .append("<td class=\"num\">").append(points(d[0])).append("<br><span class=\"small\">")
                    .append(points(d[1])).append(" to ").append(points(d[2])).append("</span></td><td>")
                    .append(change.clear() ? "<strong>" + verdict + "</strong>" : verdict).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (found.size() > CHANGES_SHOWN) {
            html.append("<p class=\"note\">").append(count(found.size() - CHANGES_SHOWN))
                    .append(" more compared; their trends are in the appendix.</p>\n");
        }
        html.append("</section>\n");
    }

    private Tally sum(YearMonth from, YearMonth until) {
        Tally sum = AuditFigures.empty(figures.rules()).total();
        for (Tally month : figures.byMonth().subMap(from, until).values()) {
            sum = sum.plus(month);
        }
        return sum;
    }

    /** A difference of shares in percentage points, signed, one decimal: {@code +20.0}. */
    private static String points(double difference) {
        double value = Math.round(difference * 1000) / 10.0;
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + String.format(Locale.ROOT, "%.1f", Math.abs(value));
    }

    // ------------------------------------------------------------------ the appendix

    private void trends() {
        html.append("<section id=\"trends\">\n<h2>Trends, by ").append(periods.granularity().word()).append("</h2>\n");
        if (periods.list().isEmpty()) {
            html.append("<p>No final record has a discussion date.</p>\n</section>\n");
            return;
        }
        html.append("<figure>\n").append(Charts.gradeColumns(periods.list())).append("\n<figcaption>Grades by ")
                .append(periods.granularity().word()).append(" of the discussion.</figcaption>\n</figure>\n");
        html.append("<div class=\"grid\">\n");
        List<String> notDrawn = new ArrayList<>();
        for (Measure measure : measures) {
            // A chart of gaps says nothing: a measure no period can judge is named, not drawn.
            boolean judged = periods.list().stream()
                    .anyMatch(period -> measure.of().apply(period.counts()).of() >= ReportWording.FEWEST_JUDGED);
            if (judged) {
                trendFigure(ReportWording.capitalise(measure.phrase()), measure.tag(), measure.of());
            } else {
                notDrawn.add(measure.tag());
            }
        }
        html.append("</div>\n");
        if (!notDrawn.isEmpty()) {
            html.append("<p class=\"note\">Not drawn, since no ").append(periods.granularity().word())
                    .append(" has ").append(ReportWording.FEWEST_JUDGED).append(" discussions to judge them by: ")
                    .append(escape(String.join(", ", notDrawn))).append(".</p>\n");
        }
        html.append("<p class=\"note\">Each point is the share of discussions in that ")
                .append(periods.granularity().word()).append(" that met the check, among those it applied to; the ")
                .append("number above each ").append(periods.granularity().word()).append(" is how many that was. A ")
                .append(periods.granularity().word()).append(" with fewer than ").append(ReportWording.FEWEST_JUDGED)
                .append(" is too few to judge and left as a gap. The dashed line is the share over all ")
                .append(periods.granularity().word()).append("s.</p>\n</section>\n");
    }

    private void trendFigure(String title, String tag, Function<Tally, Proportion> measure) {
        List<Periods.Period> list = periods.list();
        long[] metPer = new long[list.size()];
        long[] applicablePer = new long[list.size()];
        for (int p = 0; p < list.size(); p++) {
            Proportion period = measure.apply(list.get(p).counts());
            metPer[p] = period.met();
            applicablePer[p] = period.of();
        }
        Proportion all = measure.apply(figures.total());
        html.append("<figure class=\"trend\">\n<figcaption><strong>").append(escape(title))
                .append("</strong> <span class=\"tag\">").append(escape(tag)).append("</span><br><span class=\"small\">")
                .append(escape(rateWords(all, "overall"))).append("</span></figcaption>\n");
        if (all.isEmpty()) {
            html.append("<p class=\"empty\">No discussion in this audit to judge by it.</p>\n</figure>\n");
            return;
        }
        html.append(Charts.trend(title, Charts.labels(list), metPer, applicablePer, all.met(), all.of())).append("\n</figure>\n");
    }

    private void timelinessByPeriod() {
        if (periods.list().isEmpty()) {
            return;
        }
        String word = periods.granularity().word();
        html.append("<section id=\"timeliness-by-period\">\n<h2>Timeliness, by ").append(word).append("</h2>\n")
                .append("<table class=\"grid-table\">\n<thead><tr><th>").append(ReportWording.capitalise(word))
                .append("</th><th>Held within ").append(PROMPT_WORKING_DAYS).append(" working days</th>")
                .append("<th class=\"num\">Late, reason recorded</th><th class=\"num\">Late, no reason</th>")
                .append("<th class=\"num\">Not judged</th><th>Minutes within ").append(MINUTES_WORKING_DAYS)
                .append(" working days</th></tr></thead>\n<tbody>\n");
        for (Periods.Period period : periods.list()) {
            PracticeCounts practice = period.counts().practice();
            if (period.counts().graded() == 0) {
                continue;
            }
            html.append("<tr><td>").append(escape(period.label())).append("</td>")
                    .append(rateCell(practice.heldWithin(PROMPT_WORKING_DAYS))).append("<td class=\"num\">")
                    .append(count(practice.lateWithReason(PROMPT_WORKING_DAYS))).append("</td><td class=\"num\">")
                    .append(count(practice.lateWithoutReason(PROMPT_WORKING_DAYS))).append("</td><td class=\"num\">")
                    .append(count(practice.timingNotKnown() + practice.timingContradicts())).append("</td>")
                    .append(rateCell(practice.minutesWithin(MINUTES_WORKING_DAYS))).append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">").append(ReportWording.capitalise(word))
                .append("s with no final record are left out. Not judged: initial discussions with no date for ")
                .append("the concern, or recorded as held before it.</p>\n</section>\n");
    }

    private void areas() {
        html.append("<section id=\"areas\">\n<h2>Areas of practice</h2>\n<p>A discussion meets an area when it meets ")
                .append("every check of that area that applies to it.</p>\n");
        html.append("<table class=\"rates\">\n<colgroup><col class=\"c-name\"><col><col class=\"c-bar\"></colgroup>\n")
                .append("<thead><tr><th>Area</th><th>Result</th><th>95% interval</th></tr></thead>\n<tbody>\n");
        for (String area : figures.areas()) {
            Proportion met = figures.total().area(area);
            html.append("<tr><td>").append(escape(wording.area(area))).append("</td><td>")
                    .append(escape(wording.sentence(wording.areaMet(area), met))).append("</td><td>")
                    .append(Charts.meter(met)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
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
        // bigger gap; then catalogue order. Rules too few to judge, then those that never
        // applied, go last.
        order.sort(Comparator.<Integer, Boolean>comparing(i -> counts.get(i).isEmpty())
                .thenComparing(i -> counts.get(i).of() < ReportWording.FEWEST_JUDGED)
                .thenComparing((a, b) -> Long.compare(counts.get(a).met() * counts.get(b).of(),
                        counts.get(b).met() * counts.get(a).of()))
                .thenComparing(i -> -counts.get(i).of())
                .thenComparing(i -> i));
        html.append("<section id=\"rules\">\n<h2>Every rule, worst first</h2>\n");
        html.append("<table class=\"grid-table all\">\n<colgroup><col class=\"c-wide\"><col class=\"c-sev\">")
                .append("<col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\"><col><col class=\"c-bar\">")
                .append("</colgroup>\n<thead><tr><th>Rule</th><th>Severity</th>")
                .append("<th class=\"num\">Applied</th><th class=\"num\">Met</th><th class=\"num\">Not met</th>")
                .append("<th>Share met</th><th>95% interval</th></tr></thead>\n<tbody>\n");
        for (int i : order) {
            RuleDescription rule = rules.get(i);
            Proportion met = counts.get(i);
            html.append("<tr").append(met.isEmpty() ? " class=\"none\"" : "").append("><td><span class=\"id\">")
                    .append(escape(rule.id())).append("</span><br><span class=\"small\">")
                    .append(escape(wording.met(rule))).append(" &middot; ").append(escape(wording.area(rule.area())))
                    .append("</span></td><td>").append(escape(rule.severity().name())).append("</td><td class=\"num\">")
                    .append(count(met.of())).append("</td><td class=\"num\">").append(count(met.met()))
                    .append("</td><td class=\"num\">").append(count(met.notMet())).append("</td><td>")
                    .append(shareWords(met)).append("</td><td>").append(Charts.meter(met)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Severity is the catalogue's default; a profile or a ")
                .append("circumstance named in the catalogue may raise it for a record. A rule that applied to no ")
                .append("discussion is greyed.</p>\n</section>\n");
    }

    private void groups(String id, String heading, String column, String field, Map<String, Tally> groups) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        if (groups.isEmpty() || groups.size() == 1 && groups.containsKey(AuditFigures.NOT_RECORDED)) {
            html.append("<p>No final record states its <code>").append(field).append("</code>.</p>\n</section>\n");
            return;
        }
        List<String> names = new ArrayList<>(groups.keySet());
        // By name, so a reader finds their own; the catch-all rows last.
        names.sort(Comparator.<String, Boolean>comparing(n -> n.equals(AuditFigures.OTHERS))
                .thenComparing(n -> n.equals(AuditFigures.NOT_RECORDED))
                .thenComparing(Comparator.naturalOrder()));
        groupTable(column, names, groups::get, name -> name,
                name -> name.equals(AuditFigures.NOT_RECORDED) || name.equals(AuditFigures.OTHERS));
        if (groups.containsKey(AuditFigures.OTHERS)) {
            html.append("<p class=\"note\">Past ").append(AuditFigures.MAX_GROUPS)
                    .append(" names, those after the first ").append(AuditFigures.MAX_GROUPS)
                    .append(" in name order are added up as one row.</p>\n");
        }
        html.append("</section>\n");
    }

    private <K extends Enum<K>> void enumGroups(String id, String heading, String column, String note,
            Map<K, Tally> groups, Function<K, String> label) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        if (groups.isEmpty()) {
            html.append("<p>No final record to break down.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">").append(note).append("</p>\n");
        groupTable(column, new ArrayList<>(groups.keySet()), groups::get, label, key -> false);
        html.append("</section>\n");
    }

    /** A breakdown: per group its records, grades and the published checks, counts printed. */
    private <K> void groupTable(String column, List<K> keys, Function<K, Tally> tally, Function<K, String> label,
            Function<K, Boolean> placeholder) {
        List<RuleDescription> core = figures.coreRules();
        html.append("<p class=\"note\">Grades: ").append(Charts.gradeKey()).append(" Each check is met of the ")
                .append("discussions it applied to; fewer than ").append(ReportWording.FEWEST_JUDGED)
                .append(" are too few to judge.</p>\n");
        html.append("<table class=\"groups\">\n<colgroup><col class=\"g-name\"><col class=\"g-n\"><col class=\"g-grades\">");
        for (int i = 0; i < core.size(); i++) {
            html.append("<col>");
        }
        html.append("</colgroup>\n<thead><tr><th>").append(column).append("</th>")
                .append("<th class=\"num\">Final records</th><th>Grades<br><span class=\"small\">Good &middot; RI "
                        + "&middot; Inadequate</span></th>");
        for (RuleDescription rule : core) {
            html.append("<th>").append(escape(wording.shortTitle(rule))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (K key : keys) {
            Tally group = tally.apply(key);
            long[] grades = Charts.grades(group);
            html.append("<tr><td").append(placeholder.apply(key) ? " class=\"placeholder\"" : "").append('>')
                    .append(escape(label.apply(key))).append("</td><td class=\"num\">").append(count(group.graded()))
                    .append("</td><td>").append(Charts.gradeStrip(grades)).append("<br><span class=\"small\">")
                    .append(count(grades[0])).append(" &middot; ").append(count(grades[1])).append(" &middot; ")
                    .append(count(grades[2])).append("</span></td>");
            for (RuleDescription rule : core) {
                html.append(shortCell(group.rule(rule.id())));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void identityByEthnicGroup() {
        html.append("<section id=\"ethnicity\">\n<h2>Identity considered, by the children's ethnic group</h2>\n")
                .append("<p>Is the child's identity considered equally for every group? The identity section ")
                .append("(INF-IDENTITY: ethnicity, culture, identity and discrimination) by the children's ethnicity, ")
                .append("as the DfE's major groups; a discussion is counted under the group of each of its children. ")
                .append("Chinese is in Other, as in the DfE's children in need statistics; not recorded covers no ")
                .append("code, refused and not yet obtained.</p>\n");
        Map<EthnicGroup, Tally> groups = figures.byEthnicGroup();
        if (groups.isEmpty()) {
            html.append("<p>No final record to break down.</p>\n</section>\n");
            return;
        }
        boolean hasIdentity = figures.rules().stream().anyMatch(rule -> rule.id().equals("INF-IDENTITY"));
        html.append("<table class=\"rates\">\n<colgroup><col class=\"c-name\"><col class=\"c-count\"><col>")
                .append("<col class=\"c-bar\"></colgroup>\n<thead><tr><th>Ethnic group</th>")
                .append("<th class=\"num\">Final records</th><th>Identity section complete</th>")
                .append("<th>95% interval</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<EthnicGroup, Tally> group : groups.entrySet()) {
            Proportion identity = hasIdentity ? group.getValue().rule("INF-IDENTITY") : Proportion.NONE;
            html.append("<tr><td>").append(escape(wording.ethnicGroup(group.getKey()))).append("</td><td class=\"num\">")
                    .append(count(group.getValue().graded())).append("</td>").append(rateCell(identity))
                    .append("<td>").append(Charts.meter(identity)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        groupTable("Ethnic group", new ArrayList<>(groups.keySet()), groups::get, wording::ethnicGroup, key -> false);
        html.append("</section>\n");
    }

    private void drafts() {
        Tally drafts = figures.drafts();
        html.append("<section id=\"drafts\">\n<h2>Drafts, counted apart</h2>\n");
        if (drafts.graded() == 0) {
            html.append("<p>None: every record in scope is final.</p>\n</section>\n");
            return;
        }
        long[] grades = Charts.grades(drafts);
        html.append("<p>").append(count(drafts.graded())).append(' ')
                .append(plural(drafts.graded(), "record is a draft", "records are drafts"))
                .append(", not yet the final record of a discussion. A draft is checked for what it can already ")
                .append("show; the checks about what happens after the meeting (the section 47 decision, the ")
                .append("minutes, information for the family) are still to do, not failed. So far: ")
                .append(count(grades[0])).append(" Good, ").append(count(grades[1])).append(" Requires improvement, ")
                .append(count(grades[2])).append(" Inadequate. They are in no other figure of this report; ")
                .append("<code>records.csv</code> lists them with stage DRAFT.</p>\n</section>\n");
    }

    private void inadequate() {
        long total = figures.total().count(Grade.INADEQUATE);
        html.append("<section id=\"inadequate\">\n<h2>Final records graded Inadequate</h2>\n");
        if (total == 0) {
            html.append("<p>None.</p>\n</section>\n");
            return;
        }
        List<AuditFigures.InadequateRecord> listed = figures.inadequate();
        listed = listed.subList(0, Math.min(LISTED, listed.size()));
        html.append("<p>").append(count(total)).append(' ').append(plural(total, "record", "records"))
                .append(listed.size() < total ? "; the first " + count(listed.size()) + " are listed here, and "
                        + "<code>records.csv</code> lists them all (grade INADEQUATE)" : "")
                .append(". Each with its CRITICAL findings, which make it Inadequate, by rule and the JSON pointers "
                        + "of the fields concerned; <code>results.jsonl</code> has every finding. The position is the "
                        + "record's line in <code>results.jsonl</code>.</p>\n");
        html.append("<table class=\"records\">\n<colgroup><col class=\"c-count\"><col class=\"c-name\"><col>")
                .append("</colgroup>\n<thead><tr><th class=\"num\">Position</th><th>Record</th>")
                .append("<th>Findings</th></tr></thead>\n<tbody>\n");
        for (AuditFigures.InadequateRecord record : listed) {
            html.append("<tr><td class=\"num\">").append(count(record.position())).append("</td><td class=\"id\">")
                    .append(escape(record.recordId())).append("</td><td><ul class=\"findings\">");
            long others = 0;
            for (Finding finding : record.findings()) {
                if (finding.severity() != Severity.CRITICAL) {
                    // The CRITICAL findings make the grade; the rest are in results.jsonl.
                    others++;
                    continue;
                }
                html.append("<li><span class=\"id\">")
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
            if (others > 0) {
                html.append("<li class=\"small\">and ").append(count(others)).append(' ')
                        .append(plural(others, "finding", "findings")).append(" of lower severity</li>");
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
        listed = listed.subList(0, Math.min(LISTED, listed.size()));
        html.append("<section id=\"rejected\">\n<h2>Records that could not be read</h2>\n<p>")
                .append(count(figures.rejected())).append(' ').append(plural(figures.rejected(), "record", "records"))
                .append(listed.size() < figures.rejected() ? "; the first " + count(listed.size()) + " are listed, "
                        + "and <code>results.jsonl</code> has an error line for each" : "")
                .append(". Each is named by its position, the line of <code>results.jsonl</code> that says where it ")
                .append("came from, and the fault by JSON pointer.</p>\n");
        html.append("<table class=\"records\">\n<colgroup><col class=\"c-count\"><col class=\"c-name\">")
                .append("<col class=\"c-name\"><col></colgroup>\n<thead><tr><th class=\"num\">Position</th>")
                .append("<th>Record</th><th>Where</th><th>Why</th></tr></thead>\n<tbody>\n");
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

    private void glossary() {
        Set<Source> cited = new LinkedHashSet<>();
        for (RuleDescription rule : figures.rules()) {
            cited.addAll(wording.messages().sourcesCited(rule.source()));
        }
        List<Source> entries = wording.messages().sources().stream().filter(cited::contains).toList();
        html.append("<section id=\"sources\">\n<h2>Sources</h2>\n<p>The guidance and audits the rules rest on, as ")
                .append("each rule's source cites them (a letter or number after a code names a part of it).</p>\n");
        if (entries.isEmpty()) {
            html.append("<p>The rules cite no source of the glossary.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"glossary\">\n<colgroup><col class=\"c-name\"><col></colgroup>\n")
                .append("<thead><tr><th>Code</th><th>Source</th></tr></thead>\n<tbody>\n");
        for (Source entry : entries) {
            html.append("<tr><th scope=\"row\">").append(escape(entry.code())).append("</th><td>")
                    .append(escape(entry.text())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void method() {
        html.append("<section id=\"method\">\n<h2>How to read this report</h2>\n<ul>\n")
                .append("<li>The grade grades what the record shows against the catalogue, not the quality of ")
                .append("practice, which stays with auditors. A grade is Inadequate when any CRITICAL finding is ")
                .append("present, Requires improvement when any MAJOR one is, else Good, unless a profile changes ")
                .append("the mapping.</li>\n")
                .append("<li>A check <em>applies</em> to a discussion when the catalogue says it should be judged there ")
                .append("(school checks for a school-age child, minutes for a final record). It is <em>met</em> when ")
                .append("it applied and found no gap. Rates are of the discussions a check applied to.</li>\n")
                .append("<li>Each rate has a 95% Wilson score interval: with 14 of 16 the true rate is probably between ")
                .append("64% and 97%. Fewer than ").append(ReportWording.FEWEST_JUDGED).append(" discussions are too ")
                .append("few to judge: the count is given, not a percentage.</li>\n")
                .append("<li>Headline figures are of final records. Drafts are counted apart, and so are records ")
                .append("outside the period and records that could not be read.</li>\n")
                .append("<li>Periods are ").append(periods.granularity().word()).append("s of the discussion date ")
                .append("(<code>heldAt</code>) in Europe/London; a span over ").append(Periods.MONTHS_UP_TO / 12)
                .append(" years is shown by quarter, over ").append(Periods.QUARTERS_UP_TO / 12)
                .append(" years by year.</li>\n")
                .append("<li>Beside this report: <code>records.csv</code> has one row per record (its id, position, ")
                .append("stage, date, groups, the values each measure counts, and each rule met, not met or not ")
                .append("applicable), so any figure here can be traced to its records by id; <code>summary.csv</code> ")
                .append("has the figures per ").append(periods.granularity().word()).append(" and rule; ")
                .append("<code>results.jsonl</code> has every finding of every record.</li>\n")
                .append("<li>The report names records by id and position (their line in <code>results.jsonl</code>) ")
                .append("and fields by JSON pointer; it quotes nothing a record says.</li>\n")
                .append("</ul>\n</section>\n");
    }

    // ------------------------------------------------------------------ numbers in words

    /** E.g. {@code 14 of 16 final records (88%, 64–97%)}, or the count and "too few to judge". */
    private static String rateWords(Proportion proportion, String of) {
        if (proportion.isEmpty()) {
            return "none to judge";
        }
        String counted = count(proportion.met()) + " of " + count(proportion.of()) + " " + of;
        return proportion.of() < ReportWording.FEWEST_JUDGED ? counted + ": too few to judge"
                : counted + " (" + Html.shareAndInterval(proportion) + ")";
    }

    /** A grade's share of the final records: {@code 12% of final records (11–13%)}. */
    private static String gradeShare(Proportion proportion) {
        if (proportion.isEmpty()) {
            return "no final record";
        }
        if (proportion.of() < ReportWording.FEWEST_JUDGED) {
            return "of " + count(proportion.of()) + " final " + plural(proportion.of(), "record", "records")
                    + ": too few to judge";
        }
        return Html.percent(proportion.met(), proportion.of()) + " of final records (" + Html.interval(proportion) + ")";
    }

    /** For a table cell: {@code 88% (64–97%)}, or "too few to judge", or a dash. */
    private static String shareWords(Proportion proportion) {
        if (proportion.isEmpty()) {
            return "\u2013";
        }
        if (proportion.of() < ReportWording.FEWEST_JUDGED) {
            return "<span class=\"few\">too few to judge</span>";
        }
        return Html.percent(proportion.met(), proportion.of()) + " <span class=\"small\">(" + Html.interval(proportion)
                + ")</span>";
    }

    /** A table cell with the count, then the share and interval or "too few to judge". */
    private static String rateCell(Proportion proportion) {
        if (proportion.isEmpty()) {
            return "<td class=\"rate\">0 of 0</td>";
        }
        return "<td class=\"rate\">" + count(proportion.met()) + " of " + count(proportion.of()) + "<br>"
                + shareWords(proportion) + "</td>";
    }

    /** A narrow table cell: {@code 14/16} and {@code 88%}, or "too few". */
    private static String shortCell(Proportion proportion) {
        if (proportion.isEmpty()) {
            return "<td class=\"rate\">\u2013</td>";
        }
        // A break is allowed after the slash, so a long count wraps there and not inside a number.
        String counted = count(proportion.met()) + "/<wbr>" + count(proportion.of());
        if (proportion.of() < ReportWording.FEWEST_JUDGED) {
            return "<td class=\"rate\">" + counted + "<br><span class=\"few\">too few to judge</span></td>";
        }
        return "<td class=\"rate\">" + counted + "<br>" + Html.percent(proportion.met(), proportion.of()) + "</td>";
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

    private static final String STYLE = """
            :root { --ink: #111; --muted: #555; --rule: #ccc; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
              margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; line-height: 1.4; font-size: 15px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 21px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 17px; margin: 22px 0 8px; }
            .scope { font-size: 16px; margin: 4px 0; }
            .meta, .note, .small, figcaption { color: var(--muted); }
            .note { font-size: 13px; }
            .small { font-size: 12px; }
            .lead { font-size: 16px; }
            .explain { border-left: 4px solid var(--ink); padding: 4px 12px; background: #f4f4f4; }
            .few { font-style: italic; color: var(--muted); font-size: 12px; }
            .cards { display: flex; gap: 14px; margin: 12px 0; }
            .card { border: 2px solid var(--ink); padding: 8px 14px; flex: 1; }
            .card .big { font-size: 28px; font-weight: 700; }
            .card-2 { border-width: 4px; }
            .card .share { color: var(--muted); font-size: 13px; }
            figure { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
            svg.chart { max-width: 100%; height: auto; font-family: inherit; }
            .empty { border: 1px dashed var(--rule); color: var(--muted); padding: 40px 16px; text-align: center; }
            svg .label { font-size: 14px; fill: #111; }
            svg .value { font-size: 14px; font-weight: 700; fill: #111; }
            svg .small { font-size: 11px; fill: #444; }
            svg .point { font-size: 11px; font-weight: 700; fill: #111; }
            svg .inbar { font-size: 11px; font-weight: 700; fill: #111; stroke: #fff; stroke-width: 3px;
              paint-order: stroke; stroke-linejoin: round; }
            svg.defs { position: absolute; }
            .grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px 28px; }
            .trend figcaption { font-size: 14px; color: var(--ink); }
            .tag { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; color: var(--muted);
              white-space: nowrap; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; table-layout: fixed; }
            th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--rule); vertical-align: top;
              overflow-wrap: anywhere; }
            th { border-bottom: 2px solid var(--ink); font-size: 13px; vertical-align: bottom; overflow-wrap: normal; }
            table.groups th, table.groups td { padding: 3px 4px; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            td.rate { font-variant-numeric: tabular-nums; }
            .id, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
            col.c-id { width: 12em; } col.c-bar { width: 112px; } col.c-name { width: 11em; }
            col.c-wide { width: 34%; } col.c-sev { width: 6.5em; } col.c-count { width: 7em; }
            col.c-num { width: 4.8em; }
            tr.none td { color: var(--muted); }
            tr.sub td { font-size: 13px; color: var(--muted); }
            td.placeholder { font-style: italic; }
            svg.meter, svg.strip { vertical-align: middle; }
            .key span { margin-right: 10px; white-space: nowrap; }
            .key svg { vertical-align: -1px; }
            ul.findings { margin: 0; padding-left: 18px; }
            ul.sentences { margin: 6px 0; padding-left: 20px; }
            li.critical { font-weight: 700; }
            table.groups { font-size: 12px; }
            table.glossary tbody th { font-size: inherit; border-bottom: 1px solid var(--rule); vertical-align: top; }
            table.groups col.g-name { width: 17%; } table.groups col.g-n { width: 8%; }
            table.groups col.g-grades { width: 14%; }
            svg.strip { width: 100%; max-width: 120px; }
            .appendix-title { font-size: 24px; font-weight: 700; margin: 40px 0 0; border-top: 4px double var(--ink);
              padding-top: 8px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
              h1 { font-size: 18pt; }
              h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
              h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
              .scope, .lead { font-size: 10pt; }
              .note, .small, .few, tr.sub td { font-size: 8pt; }
              table { font-size: 9pt; }
              table.groups { font-size: 8pt; }
              table.groups th { font-size: 7.5pt; }
              th { font-size: 8.5pt; }
              .id, code { font-size: 8.5pt; }
              .card { padding: 4pt 8pt; }
              .card .big { font-size: 16pt; }
              .card .share { font-size: 8.5pt; }
              #appendix { break-before: page; page-break-before: always; }
              .appendix-title { margin-top: 0; }
              tr, li { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              .grid { gap: 4pt 16pt; }
              svg, .card, .explain { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            @page { size: A4 portrait; margin: 12mm; }
            """;
}
