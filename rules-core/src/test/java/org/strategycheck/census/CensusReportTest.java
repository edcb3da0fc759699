package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.audit.report.CensusReport;
import org.strategycheck.model.StrategyDiscussion;

/** census.html says in words what the census and the link found, with counts and intervals. */
class CensusReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-05-02T09:00:00Z"), ZoneOffset.UTC);

    private static String page(String xml, List<StrategyDiscussion> records) throws IOException {
        CensusLink.Result result = CensusLink.run(CensusXml.stream(xml), WorkingDayCalendar.englandAndWales(),
                records == null ? null : DiscussionRecords.of(records), new StringWriter());
        StringWriter html = new StringWriter();
        CensusReport.write(result.figures(), result.reconciliation(), CLOCK, html);
        return html.toString();
    }

    /** Children each with an enquiry started Monday 7 November 2022 and a conference so many working days later. */
    private static String census(int... workingDays) {
        List<String> children = new ArrayList<>();
        for (int i = 0; i < workingDays.length; i++) {
            String conference = WorkingDayCalendar.englandAndWales()
                    .plusWorkingDays(java.time.LocalDate.of(2022, 11, 7), workingDays[i]).toString();
            children.add(CensusXml.child("LA-" + (i + 1), CensusXml.section47("2022-11-07", null, conference, false)));
        }
        return CensusXml.census("2023-03-31", children.toArray(String[]::new));
    }

    @Test
    void theShareWithin15IsASentenceWithItsCountAndInterval() throws IOException {
        String html = page(census(3, 10, 15, 15, 16, 30, 2, 4, 11, 12), null);

        // 8 of 10: Wilson 95% interval 49.0% to 94.3%.
        assertTrue(html.contains("Conference within 15 working days in 8 of 10 enquiries (80%, 95% CI 49\u201394%)"), html);
        assertTrue(html.contains("Collection year 1 April 2022 to 31 March 2023") || html.contains("collection year 1 April 2022 to 31 March 2023"), html);
    }

    @Test
    void aSmallGroupSaysItIsTooFewToJudge() throws IOException {
        String html = page(census(3, 20), null);

        assertTrue(html.contains("in 1 of 2 enquiries (too few to judge)"), html);
        assertFalse(html.contains("(50%"), html);
    }

    @Test
    void theBandsQuartilesAndDateChecksArePrinted() throws IOException {
        String html = page(census(3, 10, 15, 15, 16, 30, 2, 4, 11, 12), null);

        assertTrue(html.contains("<td>0-10 (within 15)</td><td class=\"num\">4</td>"), html);
        assertTrue(html.contains("<td>21+</td><td class=\"num\">1</td>"), html);
        assertTrue(html.contains("half within 11 (the median)"), html);
        assertTrue(html.contains(DateIssue.TARGET_IGNORES_BANK_HOLIDAY.description()), html);
        assertTrue(html.contains("By month of the conference"), html);
    }

    @Test
    void theThreeListsNameTheCensusByPositionAndTheRecordsById() throws IOException {
        String xml = CensusXml.census("2023-03-31",
                CensusXml.child("LA-1", CensusXml.section47("2022-11-07", null, "2022-11-14", false)),
                CensusXml.child("LA-2", CensusXml.section47("2022-11-07", null, null, true)),
                CensusXml.child("LA-3", CensusXml.section47("2022-11-07", null, null, false)));
        String html = page(xml, List.of(LinkRecords.initiating("SD-ON-THE-DAY", "2022-11-07", "LA-1"),
                LinkRecords.initiating("SD-LATE", "2022-11-09", "LA-2"),
                LinkRecords.initiating("SD-NOT-IN-CENSUS", "2022-11-07", "LA-9")));

        assertTrue(html.contains("<td>Child 3, enquiry 1</td><td>7 November 2022</td></tr>"), html);
        assertTrue(html.contains("<td class=\"id\">SD-NOT-IN-CENSUS</td>"), html);
        assertTrue(html.contains("No census enquiry for <code>/children/0</code>"), html);
        assertTrue(html.contains("<td class=\"id\">SD-LATE</td><td>9 November 2022</td><td class=\"num\">+2</td>"), html);
        assertTrue(html.contains("<td class=\"id\">SD-ON-THE-DAY</td><td>Child 1, enquiry 1</td><td>14 November 2022</td>"
                + "<td class=\"num\">5</td><td>0-10</td><td>yes</td>"), html);
    }

    @Test
    void writingToAFolderLeavesTheThreeFilesAndNoPartialOnes(@TempDir Path dir) throws IOException {
        CensusReport.write(CensusXml.stream(census(3)), DiscussionRecords.of(List.of()),
                WorkingDayCalendar.englandAndWales(), CLOCK, dir);

        try (var files = Files.list(dir)) {
            assertEquals(List.of("census-records.csv", "census.csv", "census.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRefusedCensusWritesNothing(@TempDir Path dir) {
        org.junit.jupiter.api.Assertions.assertThrows(InvalidCensusException.class, () -> CensusReport.write(
                CensusXml.stream("<Message><Bad/></Message>"), null, WorkingDayCalendar.englandAndWales(), CLOCK, dir));

        assertTrue(dir.toFile().list().length == 0);
    }
}
