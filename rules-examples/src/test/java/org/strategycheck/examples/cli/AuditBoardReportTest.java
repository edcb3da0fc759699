package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board summary's numbers, intervals, small-number rule, scope and drafts, against
 * {@code report/board.jsonl} audited with {@code --from 2024-05-01 --to 2024-09-30}, every
 * figure counted by hand. {@code report/board.py} writes the fixture: each record is the complete
 * school-age record of {@code hand-counted.jsonl} (every rule that applies met; its GP attends),
 * held on a Tuesday, the concern identified the Monday before, the minutes circulated the next
 * day, moved by whole weeks, with one change each:
 *
 * <pre>
 * record  held        team            child  change                                   grade
 * BRD-01  2024-05-14  north-mash      BAFR   none                                     Good
 * BRD-02  2024-05-21  north-mash      BAFR   identity culture "n/a"                   RI
 * BRD-03  2024-06-04  north-mash      BAFR   s47 decision without a rationale         RI
 * BRD-04  2024-06-11  north-mash      BAFR   no s47 decision                          Inadequate
 * BRD-05  2024-06-18  north-mash      AIND   minutes 6 working days after             Good (a MINOR gap)
 * BRD-06  2024-06-25  north-mash      AIND   minutes 6 working days after             Good
 * BRD-07  2024-07-02  north-mash      AIND   minutes not circulated                   RI
 * BRD-08  2024-07-09  north-mash      AIND   minutes not circulated                   RI
 * BRD-09  2024-07-16  south-cp        AIND   concern 4 working days before, reason    Good
 * BRD-10  2024-07-23  south-cp        AIND   concern 4 working days before, reason    Good
 * BRD-11  2024-07-30  south-cp        WBRI   concern 4 working days before, no reason RI
 * BRD-12  2024-08-06  south-cp        WBRI   a further discussion, not initial        Good
 * BRD-13  2024-08-13  south-cp        WBRI   health invited, neither came nor wrote   RI
 * BRD-14  2024-08-20  south-cp        WBRI   health invited, neither came nor wrote   RI
 * BRD-15  2024-09-03  south-cp        WBRI   no health professional at all            Inadequate
 * BRD-16  2024-09-10  south-cp        none   no health professional at all            Inadequate
 * BRD-D1  2024-06-11  north-mash             a draft, held                            (apart)
 * BRD-D2  not held    south-cp               a draft, not held: outside any period    (apart)
 * BRD-O1  2024-04-16  north-mash             before the period                        (apart)
 * BRD-O2  2024-10-08  south-cp               after the period                         (apart)
 * BRD-R1  -           -                      status SIGNED_OFF: cannot be read        (apart)
 * </pre>
 *
 * <p>So, of the 16 final records: health invited 14 (95% Wilson interval 64.0%-96.5%), and of
 * those 14 health took part in 12 (60.1%-96.0%); children's social care and police at all 16
 * (80.6%-100%); everyone invited attended 14 (BRD-13, -14 not); of 15 initial discussions 12
 * were within 2 working days (54.8%-93.0%), 2 late with a reason, 1 without; minutes circulated
 * 14, of those 12 within 3 working days; the s47 decision recorded 15 (71.7%-98.9%), with a
 * rationale 14 of 15 (70.2%-98.8%); grades 6 Good (18.5%-61.4%), 7 Requires improvement
 * (23.1%-66.8%), 3 Inadequate (6.6%-43.0%). Identity by ethnic group: Black 3 of 4 (too few to
 * judge), Asian 6 of 6 (61.0%-100%), White 5 of 5 (56.6%-100%), not recorded 1 of 1. The halves
 * of the period are May-June (BRD-01 to -06) and July-September (BRD-07 to -16); the most
 * prompt discussions fell from 6 of 6 to 6 of 9, -33.3 points, interval -64.6 to +11.1: no
 * clear change.
 */
class AuditBoardReportTest {

    @TempDir
    static Path out;
    private static String html;
    private static String summary;

    @BeforeAll
    static void audit() throws IOException {
        Cli.Run run = Cli.run("audit", Cli.fixture("report/board.jsonl").toString(), "--out", out.toString(),
                "--from", "2024-05-01", "--to", "2024-09-30", "--quiet");
        assertEquals(StrategyCheckCli.RECORDS_REJECTED, run.exitCode(), run.err());
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        summary = html.substring(html.indexOf("<div id=\"summary\">"), html.indexOf("<div id=\"appendix\">"));
    }

    @Test
    void theFirstLinesStateTheScopeTheProfileAndTheRuleSet() {
        String header = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));

        assertTrue(header.contains("<strong>Scope:</strong> discussions held 1 May 2024 to 30 September 2024 (the London "
                + "date of heldAt), final records only."), header);
        assertTrue(header.contains("Rule set " + StrategyCheckCli.checker().ruleSetVersion() + " &middot; profile "
                + "england 1.0"), header);
    }

    @Test
    void theHeadlineCountsTheFinalRecordsInThePeriodAndEverythingElseApart() {
        assertTrue(summary.contains("<strong>16</strong> final records audited. Not in any figure below: "
                + "<strong>1</strong> draft not yet final"), summary);
        assertTrue(summary.contains("<strong>1</strong> record that could not be read"), summary);
        assertTrue(summary.contains("<strong>3</strong> records outside the period"), "O1, O2 and the draft not held");
    }

    @Test
    void theGradeIsExplainedWhereItFirstAppears() {
        int explained = html.indexOf("What the grade means.");
        int firstGrade = html.indexOf("Requires improvement");

        assertTrue(explained >= 0 && explained < firstGrade, "explained before the first grade");
        assertTrue(summary.contains("It is not a judgement of the quality of practice, which stays with auditors"));
    }

    @Test
    void eachGradePrintsItsCountShareAndInterval() {
        assertTrue(summary.contains("<div class=\"big\">6</div><div>Good</div><div class=\"share\">38% of final "
                + "records (18\u201361%)</div>"), summary);
        assertTrue(summary.contains("<div class=\"big\">7</div><div>Requires improvement</div><div class=\"share\">44% "
                + "of final records (23\u201367%)</div>"), summary);
        assertTrue(summary.contains("<div class=\"big\">3</div><div>Inadequate</div><div class=\"share\">19% of final "
                + "records (7\u201343%)</div>"), summary);
    }

    @Test
    void healthInvitedInFourteenOfSixteenWithItsWilsonInterval() {
        assertTrue(summary.contains("Health invited in 14 of 16 discussions (88%, 64\u201397%)"), summary);
        assertEquals(2, count(summary, "Health invited in 14 of 16 discussions (88%, 64\u201397%)"),
                "the published check and the attendance sentence agree");
    }

    @Test
    void healthsAttendanceIsCountedOfTheDiscussionsHealthWasInvitedTo() {
        assertTrue(summary.contains("Health, where invited, attended or contributed in writing in 12 of 14 discussions "
                + "(86%, 60\u201396%)"), summary);
        assertTrue(summary.contains("<tr><td>Health</td><td class=\"rate\">14 of 16<br>88% <span class=\"small\">"
                + "(64\u201397%)</span></td><td class=\"rate\">12 of 14<br>86% <span class=\"small\">(60\u201396%)</span>"
                + "</td>"), summary);
    }

    @Test
    void socialCareAndPoliceWereAtEveryDiscussionAndEveryoneInvitedAttendedInFourteen() {
        assertTrue(summary.contains("Children&#39;s social care and the police both attended in 16 of 16 discussions "
                + "(100%, 81\u2013100%)"), summary);
        assertTrue(summary.contains("Everyone invited attended in 14 of 16 discussions (88%, 64\u201397%)"), summary);
    }

    @Test
    void timelinessIsTheTrueRateWithLateDiscussionsWithAReasonCountedApart() {
        assertTrue(summary.contains("Initial discussion held within 2 working days of the concern in 12 of 15 "
                + "discussions (80%, 55\u201393%)"), summary);
        assertTrue(summary.contains("Of the 15 initial discussions with both dates: 3 held later, 2 of them with a "
                + "reason for the timing recorded (counted apart: not prompt, but explained) and 1 without."), summary);
    }

    @Test
    void minutesAreCirculatedOfAllFinalRecordsAndInTimeOfThoseCirculated() {
        assertTrue(summary.contains("Minutes circulated in 14 of 16 discussions (88%, 64\u201397%)"), summary);
        assertTrue(summary.contains("Circulated minutes sent within 3 working days of the discussion in 12 of 14 "
                + "discussions (86%, 60\u201396%)"), summary);
    }

    @Test
    void theSection47DecisionIsRecordedAndHasItsRationale() {
        assertTrue(summary.contains("Section 47 decision recorded in 15 of 16 discussions (94%, 72\u201399%)"), summary);
        assertTrue(summary.contains("Rationale recorded for the section 47 decision in 14 of 15 discussions "
                + "(93%, 70\u201399%)"), summary);
    }

    @Test
    void aGroupOfFewerThanFiveShowsItsCountAndTooFewToJudgeWithNoPercentageAndNoBar() {
        String ethnicity = section("ethnicity");
        String black = ethnicity.substring(ethnicity.indexOf("<tr><td>Black</td>"));
        black = black.substring(0, black.indexOf("</tr>"));

        assertEquals("<tr><td>Black</td><td class=\"num\">4</td><td class=\"rate\">3 of 4<br><span class=\"few\">too few "
                + "to judge</span></td><td></td>", black);
        assertTrue(ethnicity.contains("<tr><td>Asian</td><td class=\"num\">6</td><td class=\"rate\">6 of 6<br>100% "
                + "<span class=\"small\">(61\u2013100%)</span></td><td><svg class=\"meter\""), ethnicity);
        assertTrue(ethnicity.contains("<tr><td>White</td><td class=\"num\">5</td><td class=\"rate\">5 of 5<br>100% "
                + "<span class=\"small\">(57\u2013100%)</span></td>"), ethnicity);
        assertTrue(ethnicity.contains("<td class=\"rate\">1 of 1<br><span class=\"few\">too few to judge</span></td>"),
                ethnicity);
    }

    @Test
    void theLargestChangesComparePeriodHalvesWithNewcombeIntervals() {
        String changes = summary.substring(summary.indexOf("<section id=\"changes\">"));

        assertTrue(changes.contains("The first half of the period (May 2024\u2013Jun 2024) against the second "
                + "(Jul 2024\u2013Sep 2024)"), changes);
        assertTrue(changes.contains("6 of 6<br>100% <span class=\"small\">(61\u2013100%)</span></td><td class=\"rate\">"
                + "6 of 9<br>67% <span class=\"small\">(35\u201388%)</span></td><td class=\"num\">\u221233.3<br>"
                + "<span class=\"small\">\u221264.6 to +11.1</span></td><td>no clear change</td>"), changes);
        assertFalse(changes.contains("<strong>better</strong>") || changes.contains("<strong>worse</strong>"),
                "no change here is clear");
    }

    @Test
    void theDraftIsCountedApartAndInNoFigure() {
        assertTrue(section("drafts").contains("1 record is a draft"), section("drafts"));
        assertTrue(section("partnerships").contains("<tr><td>north</td><td class=\"num\">8</td>"),
                "north's eight final records, without its draft: " + section("partnerships"));
    }

    @Test
    void theSummaryDoesNotGrowWithTheRecordsAndLeavesTheBreakdownsToTheAppendix() {
        assertFalse(summary.contains("class=\"groups\""), "no breakdown by group in the summary");
        assertFalse(summary.contains("class=\"records\""), "no list of records in the summary");
        assertFalse(summary.contains("<svg class=\"chart\""), "no trend chart in the summary");
        assertTrue(html.contains("#appendix { break-before: page;"), "the appendix starts on a new page");
    }

    @Test
    void recordsCsvHasARowForEachRecordInThePeriodFinalOrDraft() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve("records.csv"), StandardCharsets.UTF_8);

        assertEquals(1 + 16 + 1, rows.size());
        assertTrue(rows.get(17).startsWith("SD-BRD-D1,17,DRAFT,2024-06-11,north,north-mash,"), rows.get(17));
        assertTrue(rows.stream().noneMatch(row -> row.startsWith("SD-BRD-O") || row.startsWith("SD-BRD-D2")));
    }

    @Test
    void theSourcesAreWrittenOutInFull() {
        String sources = section("sources");

        assertTrue(sources.contains("<tr><th scope=\"row\">GSCB A / B / C / D</th><td>Gloucestershire Safeguarding Children Board, "
                + "Strategy Discussion Audit learning sheet (June 2015): A attendance, B timing, C information and risk, "
                + "D decisions</td></tr>"), sources);
        assertTrue(sources.contains("<th scope=\"row\">SCR-AUD rec N</th>"), sources);
    }

    private static String section(String id) {
        return ReportHtml.section(html, id);
    }

    private static int count(String text, String part) {
        return ReportHtml.count(text, part);
    }
}
