package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's numbers against {@code report/hand-counted.jsonl}, counted by hand from
 * docs/rules.md. Every record is the complete school-age sample (a 10-year-old at school;
 * every rule that applies is met), moved by whole weeks so weekdays and working days keep,
 * with one change each:
 *
 * <pre>
 * record    held        partnership/team   change                         grade
 * SD-FIX-1  2024-05-14  north/north-mash   none                           GOOD
 * SD-FIX-2  2024-05-21  north/north-mash   school nurse not invited       REQUIRES_IMPROVEMENT (ATT-SCHOOL-NURSE)
 * SD-FIX-3  2024-06-04  north/north-cp     no HEALTH participant          INADEQUATE (ATT-HEALTH-INVITED)
 * SD-FIX-4  2024-06-11  north/north-cp     no section 47 decision         INADEQUATE (DEC-S47-RECORDED)
 * SD-FIX-5  2024-07-02  south/south-cp     owner of action 3 unnamed, no  REQUIRES_IMPROVEMENT
 *                                          due date on action 4, culture
 *                                          "n/a" in the identity section
 * SD-FIX-6  not held    south/(none)       a DRAFT: the s47 rule does     GOOD
 *                                          not apply, nor any month
 * SD-FIX-7  -           -                  status SIGNED_OFF              rejected
 * </pre>
 *
 * <p>So, of the five final records (the draft is counted apart, in no figure): health invited 4 of
 * 5 (FIX-3 not); school nurse 3 of 5 (FIX-2, FIX-3 not); school 5 of 5; s47 decision 4 of 5
 * (FIX-4 not); owner named, due date and identity 4 of 5 each (FIX-5 not). Five is just enough to
 * judge, so each rate has its interval. Three months, so month by month: May 2 records, June 2,
 * July 1; the draft's rows come last.
 */
class AuditReportTest {

    @TempDir
    static Path out;
    private static String html;
    private static List<String> csv;

    @BeforeAll
    static void audit() throws IOException {
        Cli.run("audit", Cli.fixture("report/hand-counted.jsonl").toString(), "--out", out.toString(), "--quiet");
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        csv = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void theHeadlineCountsFinalRecordsAndSaysWhatIsCountedApart() {
        assertTrue(html.contains("<strong>5</strong> final records audited. Not in any figure below: <strong>1</strong> "
                + "draft not yet final"), html);
        assertTrue(html.contains("<strong>1</strong> record that could not be read"), html);
    }

    @Test
    void eachGradeCardPrintsItsCountShareAndInterval() {
        // Good: FIX-1; Requires improvement: FIX-2, FIX-5; Inadequate: FIX-3, FIX-4. 1 of 5 is 3.6%-62.4%, 2 of 5 11.8%-76.9%.
        assertTrue(html.contains("<div class=\"big\">1</div><div>Good</div><div class=\"share\">20% of final records "
                + "(4\u201362%)</div>"), html);
        assertEquals(2, count(html, "<div class=\"share\">40% of final records (12\u201377%)</div>"));
    }

    @Test
    void theSevenPublishedChecksReadAsTheAuditsWriteThem() {
        for (String sentence : List.of(
                "Health invited in 4 of 5 discussions (80%, 38\u201396%)",
                "School nurse invited for a school-age child in 3 of 5 discussions (60%, 23\u201388%)",
                "School invited for a school-age child in 5 of 5 discussions (100%, 57\u2013100%)",
                "Section 47 decision recorded in 4 of 5 discussions (80%, 38\u201396%)",
                "Every action has a named owner in 4 of 5 discussions (80%, 38\u201396%)",
                "Every action has a due date in 4 of 5 discussions (80%, 38\u201396%)",
                "Identity section complete in 4 of 5 discussions (80%, 38\u201396%)")) {
            assertTrue(html.contains(sentence), sentence);
        }
    }

    @Test
    void summaryCsvHasTheHandCountedRowsPerMonthAndTheDraftsLast() {
        assertTrue(csv.containsAll(List.of(
                "2024-05,ATT-HEALTH-INVITED,2,2,0,100.0",
                "2024-06,ATT-HEALTH-INVITED,2,1,1,50.0",
                "2024-07,ATT-HEALTH-INVITED,1,1,0,100.0",
                "drafts,ATT-HEALTH-INVITED,1,1,0,100.0",
                "2024-05,ATT-SCHOOL-NURSE,2,1,1,50.0",
                "2024-06,ATT-SCHOOL-NURSE,2,1,1,50.0",
                "2024-05,DEC-S47-RECORDED,2,2,0,100.0",
                "2024-06,DEC-S47-RECORDED,2,1,1,50.0",
                "drafts,DEC-S47-RECORDED,0,0,0,",
                "2024-07,ACT-OWNER-NAMED,1,0,1,0.0",
                "2024-07,INF-IDENTITY,1,0,1,0.0")), String.join("\n", csv));
        assertTrue(csv.get(csv.size() - 1).startsWith("drafts,"));
    }

    @Test
    void summaryCsvHasOneRowPerPeriodAndRuleUnderItsHeader() throws IOException {
        int rules = StrategyCheckCli.checker().rules().size();

        assertEquals(org.strategycheck.audit.report.SummaryCsv.HEADER, csv.get(0));
        assertEquals(1 + 4 * rules, csv.size(), "three months and the drafts");
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void partnershipsAreBrokenDownWithTheirGradesAndHandCountedChecksPrinted() {
        // north: FIX-1..4; health invited in 3 of 4, too few to judge; counts printed, not in a tooltip.
        Matcher north = row("north");
        assertTrue(north.find(), html);
        assertTrue(north.group().contains("<td class=\"num\">4</td>"), north.group());
        assertTrue(north.group().contains("<td class=\"rate\">3/<wbr>4<br><span class=\"few\">too few to judge</span></td>"),
                north.group());
        assertFalse(north.group().contains("title="), "no count hidden in a tooltip: " + north.group());
        Matcher south = row("south");
        assertTrue(south.find());
        assertTrue(south.group().contains("<td class=\"num\">1</td>"), "the draft is not in the breakdown: "
                + south.group());
    }

    @Test
    void aDraftIsInNoGroupButCountedApart() {
        // FIX-6, the draft, is the only record without a team.
        assertFalse(row(Pattern.quote(org.strategycheck.audit.AuditFigures.NOT_RECORDED)).find(), html);
        assertTrue(section("drafts").contains("1 record is a draft"), section("drafts"));
    }

    @Test
    void theInadequateRecordsAreListedByIdRuleAndPointerOnly() {
        String section = section("inadequate");
        assertTrue(section.contains("SD-FIX-3"));
        assertTrue(section.contains("SD-FIX-4"));
        assertFalse(section.contains("SD-FIX-5"));
        assertTrue(section.contains("<span class=\"id\">DEC-S47-RECORDED</span> CRITICAL at <code>/decisions/section47</code>"),
                section);
    }

    @Test
    void theRejectedRecordIsListedWithItsSourceLineAndPointer() {
        String section = section("rejected");
        assertTrue(section.contains("<td class=\"num\">7</td>"), "named by its position: " + section);
        assertFalse(section.contains("hand-counted.jsonl"), "never by its file: " + section);
        assertTrue(section.contains("<code>/status</code>"), section);
    }

    @Test
    void monthsAreChosenForASpanOfThreeMonths() {
        assertTrue(html.contains("Trends, by month"));
        assertTrue(html.contains(">May 2024</text>"));
        assertTrue(html.contains(">Jul 2024</text>"));
    }

    @Test
    void theReportNeedsNothingFromTheNetwork() {
        assertFalse(html.contains("http:"), "no link, script, font or image to fetch");
        assertFalse(html.contains("https:"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("@import"));
        assertFalse(Pattern.compile("url\\((?!#)").matcher(html).find(), "patterns only refer into the page");
    }

    @Test
    void noFreeTextOfARecordReachesTheReport() {
        // Sentences from the fixture's free-text fields (rationales, risk analysis, identity).
        String records = read(out.resolve("records.csv"));
        for (String text : List.of("Bruising to the upper arm", "Traveller", "safety plan", "S. Worker",
                "Joint visit and interview", "hand-counted.jsonl", "hand-counted")) {
            assertFalse(html.contains(text), text);
            assertFalse(String.join("\n", csv).contains(text), text);
            assertFalse(records.contains(text), text);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Matcher row(String name) {
        return Pattern.compile("<tr><td[^>]*>" + name + "</td>.*?</tr>").matcher(html);
    }

    private static String section(String id) {
        return ReportHtml.section(html, id);
    }

    private static int count(String text, String part) {
        return ReportHtml.count(text, part);
    }
}
