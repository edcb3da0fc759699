package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.count;
import static org.strategycheck.audit.report.Html.escape;
import static org.strategycheck.audit.report.Html.plural;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.audit.Proportion;
import org.strategycheck.census.CensusAudit;
import org.strategycheck.census.CensusFigures;
import org.strategycheck.census.CensusLink;
import org.strategycheck.census.CensusRecordsCsv;
import org.strategycheck.census.ConferenceStatus;
import org.strategycheck.census.DateIssue;
import org.strategycheck.census.DiscussionRecords;
import org.strategycheck.census.DurationBand;
import org.strategycheck.census.EnquiryLink;
import org.strategycheck.census.MonthTimeliness;
import org.strategycheck.census.Quartiles;
import org.strategycheck.census.Reconciliation;
import org.strategycheck.census.RecordLink;
import org.strategycheck.census.Timeliness;

/**
 * {@code census.html}: a Children in Need census's section 47 enquiries and their initial
 * conferences, and, when laid against an audit's records, the three lists of the census link.
 * One self-contained page in the audit report's style and from its building blocks (the page,
 * the counts with their 95% Wilson intervals, the trend chart), rendered from the census's
 * {@link CensusFigures} and {@link Reconciliation} alone.
 *
 * <p>Sentences in the domain's words: "conference within 15 working days in 41 of 52 enquiries
 * (79%, 95% CI 66–88%)"; a rate over fewer than {@value ReportWording#FEWEST_JUDGED} says so and
 * gives no percentage. The census side is named by position ("child 1,234, enquiry 2"), the
 * record side by record id: never a {@code LAchildID}, UPN, date of birth, file name or text
 * from a record. Each list shows its first {@value #LISTED}; the rest are in
 * {@code census.csv} and {@value CensusRecordsCsv#FILE}.
 */
public final class CensusReport {

    /** The page's file name. */
    public static final String HTML_FILE = "census.html";
    /** The enquiries' file name. */
    public static final String CSV_FILE = "census.csv";
    /** The rows each list shows; the files hold them all. */
    public static final int LISTED = 50;

    private final CensusFigures figures;
    private final Reconciliation link;
    private final LocalDate today;
    private final StringBuilder html;

    private CensusReport(CensusFigures figures, Reconciliation link, LocalDate today) {
        this.figures = figures;
        this.link = link;
        this.today = today;
        this.html = Sheets.page("Children in Need census: section 47 enquiries");
    }

    /**
     * Reads a census, links it to records when given, and writes {@value #CSV_FILE},
     * {@value CensusRecordsCsv#FILE} (with records) and {@value #HTML_FILE} into a folder, each
     * whole or not at all.
     *
     * @param census   the census file's bytes; closed when read
     * @param records  the records to link to, or {@code null}
     * @param calendar the working days
     * @param clock    what "today" is, for the date the page is produced (Europe/London)
     * @param dir      the folder, created if need be
     * @return the figures and the reconciliation
     * @throws org.strategycheck.census.InvalidCensusException when the census is refused; no
     *         file is written then
     * @throws IOException when a file cannot be written
     */
    public static CensusLink.Result write(InputStream census, DiscussionRecords records, WorkingDayCalendar calendar,
            Clock clock, Path dir) throws IOException {
        Objects.requireNonNull(census, "census");
        Files.createDirectories(dir);
        CensusLink.Result[] result = new CensusLink.Result[1];
        Html.writeAtomically(dir.resolve(CSV_FILE), out -> result[0] = CensusLink.run(census, calendar, records, out));
        if (result[0].reconciliation() != null) {
            Html.writeAtomically(dir.resolve(CensusRecordsCsv.FILE),
                    out -> CensusRecordsCsv.write(result[0].reconciliation(), out));
        } else {
            Files.deleteIfExists(dir.resolve(CensusRecordsCsv.FILE));
        }
        Html.writeAtomically(dir.resolve(HTML_FILE),
                out -> write(result[0].figures(), result[0].reconciliation(), clock, out));
        return result[0];
    }

    /**
     * Writes the page.
     *
     * @param figures        the census's figures
     * @param reconciliation the census laid against records, or {@code null}
     * @param clock          what "today" is
     * @param out            where to write it
     * @throws IOException when it cannot be written
     */
    public static void write(CensusFigures figures, Reconciliation reconciliation, Clock clock, Writer out)
            throws IOException {
        CensusReport report = new CensusReport(Objects.requireNonNull(figures, "figures"), reconciliation,
                Sheets.today(clock));
        report.page();
        out.write(report.html.toString());
    }

    private void page() {
        html.append(Charts.definitions());
        Timeliness timeliness = figures.timeliness();
        html.append("<h1>Section 47 enquiries and initial conferences</h1>\n<p class=\"meta\">Children in Need census");
        if (timeliness.year() != null) {
            html.append(", collection year ").append(Sheets.day(timeliness.year().first())).append(" to ")
                    .append(Sheets.day(timeliness.year().last()));
        }
        html.append(". Produced ").append(Sheets.day(today)).append(".</p>\n");
        html.append("<p class=\"lead\">").append(count(figures.children())).append(plural(figures.children(), " child", " children"))
                .append(" with ").append(count(figures.enquiries())).append(plural(figures.enquiries(), " section 47 enquiry",
                        " section 47 enquiries")).append(" read. ")
                .append(ReportWording.capitalise(within15(timeliness.within15()))).append(".</p>\n");
        conferences(timeliness);
        months(timeliness);
        dateChecks();
        if (link != null) {
            reconciliation();
        }
        method();
        html.append("</body>\n</html>\n");
    }

    /** E.g. "conference within 15 working days in 41 of 52 enquiries (79%, 95% CI 66–88%)". */
    static String within15(Proportion p) {
        if (p.isEmpty()) {
            return "no conference could be timed";
        }
        return "conference within 15 working days in " + count(p.met()) + " of " + count(p.of())
                + plural(p.of(), " enquiry", " enquiries") + " " + rate(p);
    }

    /** "(79%, 95% CI 66–88%)", or "(too few to judge)" below the small-group threshold. */
    static String rate(Proportion p) {
        if (p.of() < ReportWording.FEWEST_JUDGED) {
            return "(too few to judge)";
        }
        return "(" + Html.percent(p.met(), p.of()) + ", 95% CI " + Html.interval(p) + ")";
    }

    private void conferences(Timeliness timeliness) {
        Map<ConferenceStatus, Integer> statuses = figures.statuses();
        html.append("<h2>Initial conferences</h2>\n<p>").append(count(timeliness.conferences()))
                .append(plural(timeliness.conferences(), " conference was", " conferences were"))
                .append(" held in the collection year");
        if (timeliness.beforeStart() > 0) {
            html.append(", ").append(count(timeliness.beforeStart())).append(" of them dated before the enquiry started "
                    + "(counted, as the DfE counts them, but not timed)");
        }
        html.append(". Of the other enquiries, ").append(count(statuses.get(ConferenceStatus.NOT_REQUIRED)))
                .append(" needed no conference, ").append(count(statuses.get(ConferenceStatus.NO_CONFERENCE)))
                .append(" have no conference date and ").append(count(statuses.get(ConferenceStatus.OUTSIDE_YEAR)))
                .append(" had theirs outside the collection year.</p>\n");
        Proportion within = timeliness.within15();
        html.append("<table>\n<thead><tr><th>Working days from the strategy discussion (DfE band)</th>"
                + "<th class=\"num\">Conferences</th><th class=\"num\">Share of those timed</th></tr></thead>\n<tbody>\n");
        for (DurationBand band : DurationBand.values()) {
            int n = timeliness.bands().get(band);
            html.append("<tr><td>").append(band.label()).append(band.within15() ? " (within 15)" : "")
                    .append("</td><td class=\"num\">").append(count(n)).append("</td><td class=\"num\">")
                    .append(within.of() < ReportWording.FEWEST_JUDGED ? "too few to judge" : Html.percent(n, within.of()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        Quartiles quartiles = timeliness.quartiles();
        if (quartiles != null) {
            html.append("<p>Working days to the conference: a quarter of the conferences within ")
                    .append(quartiles.lower()).append(", half within ").append(quartiles.median())
                    .append(" (the median), three quarters within ").append(quartiles.upper())
                    .append(within.of() < ReportWording.FEWEST_JUDGED ? " (too few conferences to judge)" : "")
                    .append(".</p>\n");
        }
    }

    private void months(Timeliness timeliness) {
        List<MonthTimeliness> months = timeliness.months();
        if (months.isEmpty()) {
            return;
        }
        html.append("<h2>By month of the conference</h2>\n");
        List<String> labels = new ArrayList<>();
        long[] met = new long[months.size()];
        long[] of = new long[months.size()];
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i).month();
            labels.add(Periods.Granularity.MONTH.label(month));
            met[i] = months.get(i).within15().met();
            of[i] = months.get(i).within15().of();
        }
        html.append(Charts.trend("Conferences within 15 working days, by month", labels, met, of,
                timeliness.within15().met(), timeliness.within15().of()));
        html.append("<p class=\"note\">A month with fewer than ").append(ReportWording.FEWEST_JUDGED)
                .append(" timed conferences is too few to judge and is a gap in the line; the dashed line is the "
                        + "whole year.</p>\n");
        html.append("<table>\n<thead><tr><th>Month</th><th class=\"num\">Conferences</th>"
                + "<th>Within 15 working days, of those timed</th></tr></thead>\n<tbody>\n");
        for (MonthTimeliness month : months) {
            Proportion p = month.within15();
            html.append("<tr><td>").append(Periods.Granularity.MONTH.label(month.month()))
                    .append("</td><td class=\"num\">")
                    .append(count(month.conferences())).append("</td><td>")
                    .append(p.isEmpty() ? "none timed" : count(p.met()) + " of " + count(p.of()) + " " + rate(p))
                    .append(Charts.meter(p)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void dateChecks() {
        html.append("<h2>The census's own dates</h2>\n<p>The DfE's validation never recomputes the target date "
                + "(rule 8870Q asks only that it is not a weekend). ").append(count(figures.targetsRecorded()))
                .append(plural(figures.targetsRecorded(), " enquiry records", " enquiries record"))
                .append(" a target date (<code>InitialCPCtarget</code>).</p>\n");
        html.append("<table>\n<thead><tr><th>Check</th><th class=\"num\">Enquiries</th></tr></thead>\n<tbody>\n");
        for (DateIssue issue : DateIssue.values()) {
            html.append("<tr><td>").append(escape(issue.description())).append("</td><td class=\"num\">")
                    .append(count(figures.issues().get(issue))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Each enquiry with a problem is in ").append(CSV_FILE)
                .append(" with the date its target should be (<code>expectedTarget</code>).</p>\n");
    }

    private void reconciliation() {
        Map<EnquiryLink.Outcome, Integer> enquiries = link.enquiryOutcomes();
        Map<RecordLink.Outcome, Integer> records = link.recordOutcomes();
        html.append("<h2>The census against the strategy discussion records</h2>\n");
        html.append("<p>Of ").append(count(link.enquiries())).append(plural(link.enquiries(), " census enquiry",
                " census enquiries")).append(", ").append(count(enquiries.get(EnquiryLink.Outcome.LINKED)))
                .append(" have the strategy discussion record of the same child held on the start date, ")
                .append(count(enquiries.get(EnquiryLink.Outcome.DATES_DISAGREE)))
                .append(" one held within ").append(CensusLink.NEAREST_WORKING_DAYS)
                .append(" working days of it but not on it, and ").append(count(enquiries.get(EnquiryLink.Outcome.NO_RECORD)))
                .append(" have no discussion record.</p>\n");
        html.append("<table>\n<thead><tr><th>The audit's records</th><th class=\"num\">Records</th></tr></thead>\n<tbody>\n");
        for (RecordLink.Outcome outcome : RecordLink.Outcome.values()) {
            html.append("<tr><td>").append(words(outcome)).append("</td><td class=\"num\">")
                    .append(count(records.get(outcome))).append("</td></tr>\n");
        }
        html.append("<tr><th>All records of the audit</th><th class=\"num\">").append(count(link.records()))
                .append("</th></tr>\n</tbody>\n</table>\n");

        html.append("<h3>Census enquiries with no discussion record</h3>\n");
        enquiryList(link.withoutRecord(), false);
        html.append("<h3>Discussions that initiated an enquiry missing from the census</h3>\n");
        recordList(link.missingFromCensus());
        html.append("<h3>Enquiries whose discussion was held on another day</h3>\n");
        enquiryList(link.datesDisagree(), true);
        html.append("<h3>Linked discussions and their conferences</h3>\n");
        timedList(link.linked());
        List<RecordLink> unreadable = link.of(RecordLink.Outcome.UNREADABLE);
        if (!unreadable.isEmpty()) {
            html.append("<h3>Records that could not be used</h3>\n");
            recordList(unreadable);
        }
    }

    private void enquiryList(List<EnquiryLink> list, boolean withRecord) {
        if (list.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>Census enquiry</th><th>Start</th>")
                .append(withRecord ? "<th>Record</th><th>Held</th><th class=\"num\">Working days apart</th>" : "")
                .append("</tr></thead>\n<tbody>\n");
        for (EnquiryLink enquiry : list.subList(0, Math.min(LISTED, list.size()))) {
            html.append("<tr><td>").append(ReportWording.capitalise(enquiry.name())).append("</td><td>")
                    .append(Sheets.day(enquiry.checked().enquiry().start())).append("</td>");
            if (withRecord) {
                html.append("<td class=\"id\">").append(escape(enquiry.recordId())).append("</td><td>")
                        .append(Sheets.day(enquiry.recordHeldOn())).append("</td><td class=\"num\">")
                        .append(signed(enquiry.workingDaysApart())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        more(list.size(), CSV_FILE);
    }

    private void recordList(List<RecordLink> list) {
        if (list.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>Record</th><th class=\"num\">Position</th><th>Held</th><th>Why</th>"
                + "</tr></thead>\n<tbody>\n");
        for (RecordLink record : list.subList(0, Math.min(LISTED, list.size()))) {
            html.append("<tr><td class=\"id\">").append(record.recordId() == null ? "(no id)" : escape(record.recordId()))
                    .append("</td><td class=\"num\">").append(count(record.position())).append("</td><td>")
                    .append(record.heldOn() == null ? "" : Sheets.day(record.heldOn())).append("</td><td>");
            if (record.problem() != null) {
                html.append(escape(ReportWording.capitalise(record.problem())));
            } else {
                List<String> pointers = record.childrenNotInCensus().stream().map(i -> "<code>/children/" + i + "</code>")
                        .toList();
                html.append("No census enquiry for ").append(String.join(", ", pointers));
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        more(list.size(), CensusRecordsCsv.FILE);
    }

    private void timedList(List<RecordLink> list) {
        if (list.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        long within = 0;
        long timed = 0;
        for (RecordLink record : list) {
            for (EnquiryLink enquiry : record.enquiries()) {
                if (enquiry.checked().workingDays() != null) {
                    timed++;
                    within += enquiry.checked().within15() ? 1 : 0;
                }
            }
        }
        html.append("<p>For the enquiries linked to a discussion, ").append(within15(new Proportion(within, timed)))
                .append(". Working days are counted from the census's start date, as the DfE counts them.</p>\n");
        html.append("<table>\n<thead><tr><th>Record</th><th>Census enquiry</th><th>Conference</th>"
                + "<th class=\"num\">Working days</th><th>DfE band</th><th>Within 15</th></tr></thead>\n<tbody>\n");
        int rows = 0;
        for (RecordLink record : list) {
            for (EnquiryLink enquiry : record.enquiries()) {
                if (rows++ >= LISTED) {
                    break;
                }
                Integer days = enquiry.checked().workingDays();
                html.append("<tr><td class=\"id\">").append(escape(record.recordId())).append("</td><td>")
                        .append(ReportWording.capitalise(enquiry.name())).append("</td><td>")
                        .append(conference(enquiry)).append("</td><td class=\"num\">")
                        .append(days == null ? "" : days.toString()).append("</td><td>")
                        .append(days == null ? "" : enquiry.checked().band().label()).append("</td><td>")
                        .append(days == null ? "" : enquiry.checked().within15() ? "yes" : "no").append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n");
        more(rows, CensusRecordsCsv.FILE);
    }

    private static String conference(EnquiryLink enquiry) {
        LocalDate date = enquiry.checked().enquiry().conference();
        if (date != null) {
            return Sheets.day(date) + (enquiry.checked().workingDays() == null ? " (before the start: not timed)" : "");
        }
        return enquiry.checked().enquiry().conferenceNotRequired() ? "not required" : "none dated";
    }

    private void more(int size, String file) {
        if (size > LISTED) {
            html.append("<p class=\"note\">The first ").append(LISTED).append(" of ").append(count(size))
                    .append("; all of them are in ").append(file).append(".</p>\n");
        }
    }

    private static String words(RecordLink.Outcome outcome) {
        return switch (outcome) {
            case UNREADABLE -> "Could not be used (the audit could not read it, or its input has changed)";
            case DRAFT -> "Drafts, counted apart";
            case NOT_INITIATING -> "Final, and did not initiate a section 47 enquiry";
            case NO_CHILD_ID -> "Initiated an enquiry; no child has a laChildId to link by";
            case MISSING_FROM_CENSUS -> "Initiated an enquiry in the collection year that the census does not have";
            case OUT_OF_YEAR -> "Initiated an enquiry outside the collection year, not in this census";
            case DATES_DISAGREE -> "Linked to an enquiry whose start date is another day (within "
                    + CensusLink.NEAREST_WORKING_DAYS + " working days)";
            case LINKED -> "Linked to the enquiry it initiated, on the same day";
        };
    }

    private void method() {
        html.append("<h2>How this is counted</h2>\n<p class=\"note\">Working days are counted as the DfE counts "
                + "them for the census (table C4 of \u201cCharacteristics of children in need\u201d): the enquiry's "
                + "<code>S47ActualStartDate</code>, the day of the strategy discussion, is day 0, and each later day "
                + "that is not a Saturday, a Sunday or an England and Wales bank holiday adds one. A conference "
                + "within 15 working days is one in the bands 0\u201310 and 11\u201315. A conference dated before "
                + "its enquiry started is counted but not timed. The target date should be the 15th working day "
                + "after the start. A census enquiry is linked to the final strategy discussion that decided to "
                + "initiate it: the same child (<code>laChildId</code> = <code>LAchildID</code>, never shown), "
                + "held (London date) on the start date, else the nearest within ")
                .append(CensusLink.NEAREST_WORKING_DAYS).append(" working days; each enquiry and each record's child "
                        + "is linked at most once. Rates give their count and 95% Wilson interval; fewer than ")
                .append(ReportWording.FEWEST_JUDGED).append(" is too few to judge. Census children are named by their "
                        + "position in the file, records by their id.</p>\n");
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n).replace('-', '\u2212');
    }
}
