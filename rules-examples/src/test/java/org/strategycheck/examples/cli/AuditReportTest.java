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
 * <p>So, of the six graded: health invited 5 of 6 (FIX-3 not); school nurse 4 of 6 (FIX-2,
 * FIX-3 not); school 6 of 6; s47 decision 4 of 5 finals (FIX-4 not); owner named, due date and
 * identity 5 of 6 each (FIX-5 not). Three months, so month by month: May 2 records, June 2,
 * July 1, and one undated.
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
    void theHeadlineCountsRecordsReadAuditedAndRejected() {
        assertTrue(html.contains("<strong>7</strong> records read: <strong>6</strong> audited, <strong>1</strong> "
                + "could not be read"), html);
    }

    @Test
    void theGradeChartCarriesEachGradesCountAndShare() {
        assertTrue(html.contains("aria-label=\"Records by grade: Good 2, Requires improvement 2, Inadequate 2\""));
        assertEquals(3, count(html, ">2 (33%)</text>"));
    }

    @Test
    void theSevenPublishedChecksReadAsTheAuditsWriteThem() {
        for (String sentence : List.of(
                "Health invited in 5 of 6 discussions (83%)",
                "School nurse invited for a school-age child in 4 of 6 discussions (67%)",
                "School invited for a school-age child in 6 of 6 discussions (100%)",
                "Section 47 decision recorded in 4 of 5 discussions (80%)",
                "Every action has a named owner in 5 of 6 discussions (83%)",
                "Every action has a due date in 5 of 6 discussions (83%)",
                "Identity section complete in 5 of 6 discussions (83%)")) {
            assertTrue(html.contains(sentence), sentence);
        }
    }

    @Test
    void summaryCsvHasTheHandCountedRowsPerMonthAndTheUndatedRecordLast() {
        assertTrue(csv.containsAll(List.of(
                "2024-05,ATT-HEALTH-INVITED,2,2,0,100.0",
                "2024-06,ATT-HEALTH-INVITED,2,1,1,50.0",
                "2024-07,ATT-HEALTH-INVITED,1,1,0,100.0",
                "undated,ATT-HEALTH-INVITED,1,1,0,100.0",
                "2024-05,ATT-SCHOOL-NURSE,2,1,1,50.0",
                "2024-06,ATT-SCHOOL-NURSE,2,1,1,50.0",
                "2024-05,DEC-S47-RECORDED,2,2,0,100.0",
                "2024-06,DEC-S47-RECORDED,2,1,1,50.0",
                "undated,DEC-S47-RECORDED,0,0,0,",
                "2024-07,ACT-OWNER-NAMED,1,0,1,0.0",
                "2024-07,INF-IDENTITY,1,0,1,0.0")), String.join("\n", csv));
        assertTrue(csv.get(csv.size() - 1).startsWith("undated,"));
    }

    @Test
    void summaryCsvHasOneRowPerPeriodAndRuleUnderItsHeader() throws IOException {
        int rules = StrategyCheckCli.checker().rules().size();

        assertEquals(org.strategycheck.audit.report.SummaryCsv.HEADER, csv.get(0));
        assertEquals(1 + 4 * rules, csv.size(), "three months and undated");
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void partnershipsAreBrokenDownWithTheirGradesAndHandCountedChecks() {
        // north: FIX-1..4; health invited in 3 of 4.
        Matcher north = row("north");
        assertTrue(north.find(), html);
        assertTrue(north.group().contains("<td class=\"num\">4</td>"), north.group());
        assertTrue(north.group().contains("title=\"3 of 4\">75%</td>"), north.group());
        Matcher south = row("south");
        assertTrue(south.find());
        assertTrue(south.group().contains("<td class=\"num\">2</td>"), south.group());
    }

    @Test
    void aRecordWithoutATeamIsCountedAsNotRecorded() {
        Matcher none = row(Pattern.quote(org.strategycheck.audit.AuditFigures.NOT_RECORDED));
        assertTrue(none.find(), html);
        assertTrue(none.group().contains("<td class=\"num\">1</td>"), none.group());
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
        for (String text : List.of("Bruising to the upper arm", "Traveller", "safety plan", "S. Worker",
                "Joint visit and interview")) {
            assertFalse(html.contains(text), text);
            assertFalse(String.join("\n", csv).contains(text), text);
        }
    }

    private static Matcher row(String name) {
        return Pattern.compile("<tr><td[^>]*>" + name + "</td>.*?</tr>").matcher(html);
    }

    private static String section(String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
