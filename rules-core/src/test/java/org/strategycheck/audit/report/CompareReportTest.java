package org.strategycheck.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.audit.ResultsFixture.RULES;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.ResultsFixture;
import org.strategycheck.audit.RoundComparison;

/** compare.csv and compare-records.csv for a hand-built pair of audit folders; the page's honest numbers. */
class CompareReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    /**
     * Last year: ATT-A met in 48 of 80 final records, all in team a, and a draft. This year: 56 of
     * 70, team a 40 of 40 and team b 16 of 30. SD-1 is in both, corrected: ATT-A fixed, DEC-B
     * unchanged, REC-A new.
     */
    private Path compared() throws IOException {
        List<Object> before = new ArrayList<>();
        for (int i = 0; i < 79; i++) {
            ResultsFixture.Line line = record("B-" + i).met("DEC-A");
            before.add(i < 48 ? line.met("ATT-A") : line.notMet("ATT-A", "/participants"));
        }
        before.add(record("SD-1").met("DEC-A").notMet("ATT-A", "/participants").notMet("DEC-B", "/decisions/visit"));
        before.add(record("D-1").draft().notMet("ATT-A", "/participants"));
        List<Object> after = new ArrayList<>();
        for (int i = 0; i < 69; i++) {
            ResultsFixture.Line line = record("A-" + i).met("DEC-A").team(i < 40 ? "a" : "b");
            after.add(i < 55 ? line.met("ATT-A") : line.notMet("ATT-A", "/participants"));
        }
        after.add(record("SD-1").met("ATT-A", "DEC-A").notMet("DEC-B", "/decisions/visit").notMet("REC-A", "/minutes")
                .team("b"));
        RoundComparison comparison = RoundComparison.of(RULES, audit(temp.resolve("2023"), before),
                audit(temp.resolve("2024"), after));
        Path out = temp.resolve("compare");
        CompareReport.write(comparison, ReportWording.english(), CLOCK, out);
        return out;
    }

    @Test
    void compareCsvHasARowPerRuleAndGroupWithTheChangeAndItsInterval() throws IOException {
        List<String> rows = Files.readAllLines(compared().resolve(CompareReport.CSV_FILE), StandardCharsets.UTF_8);

        assertEquals(CompareReport.CSV_HEADER, rows.get(0));
        assertEquals("ATT-A,all,48,80,56,70,20.0,5.2,33.4,improved", rows.get(1));
        assertEquals("ATT-B,all,0,0,0,0,,,,too few", rows.get(2));
        assertEquals("DEC-A,all,80,80,70,70,0.0,-5.2,4.6,no clear change", rows.get(3));
        assertEquals(1 + 4 * RULES.size(), rows.size(), "all, partnership north, teams a and b");
        assertTrue(rows.contains("ATT-A,team:b,0,0,16,30,,,,too few"), String.join("\n", rows));
        assertTrue(rows.contains("ATT-A,team:a,48,80,40,40,40.0,26.7,51.0,improved"), String.join("\n", rows));
    }

    @Test
    void theRecordsInBothRoundsAreListedWithTheirFindingsFixedNewAndUnchanged() throws IOException {
        List<String> rows = Files.readAllLines(compared().resolve(CompareReport.RECORDS_FILE), StandardCharsets.UTF_8);

        assertEquals(List.of(CompareReport.RECORDS_HEADER, "SD-1,80,70,1,1,1"), rows);
    }

    @Test
    void thePageSaysWhatWasComparedAndWhenThereAreTooFew() throws IOException {
        String page = Files.readString(compared().resolve(CompareReport.HTML_FILE), StandardCharsets.UTF_8);

        assertTrue(page.contains("<tr><th>Drafts, not compared</th><td>1</td><td>0</td></tr>"), page);
        assertTrue(page.contains("<td class=\"num\">48 of 80<br><span class=\"small\">(60%, 49\u201370%)</span></td>"),
                "ATT-A before, with its share and interval: " + page);
        assertTrue(page.contains("<td class=\"num\">0 of 1<br><span class=\"small\">too few to judge</span></td>"),
                "REC-A: SD-1 alone: " + page);
        assertTrue(page.contains("+20.0 (+5.2 to +33.4)"), page);
        assertTrue(page.contains("<strong>1</strong> fixed, <strong>1</strong> new, <strong>1</strong> unchanged"), page);
        assertTrue(page.contains("too few to judge"), page);
        assertTrue(page.contains("produced 1 February 2024"), page);
    }

    @Test
    void aRecordIdThatWouldStartAFormulaIsWrittenSoASpreadsheetDoesNotRunIt() throws IOException {
        RoundComparison comparison = RoundComparison.of(RULES,
                audit(temp.resolve("a"), List.of(record("=HYPERLINK(1)").met("ATT-A").team("@team"))),
                audit(temp.resolve("b"), List.of(record("=HYPERLINK(1)").met("ATT-A").team("@team"))));
        Path out = temp.resolve("out");
        CompareReport.write(comparison, ReportWording.english(), CLOCK, out);

        assertTrue(Files.readString(out.resolve(CompareReport.RECORDS_FILE)).contains("\r\n'=HYPERLINK(1),1,1,"));
    }

    @Test
    void aGroupNameWithACommaIsQuoted() throws IOException {
        RoundComparison comparison = RoundComparison.of(RULES,
                audit(temp.resolve("a"), List.of(record("1").met("ATT-A").team("North, east"))),
                audit(temp.resolve("b"), List.of(record("2").met("ATT-A"))));
        Path out = temp.resolve("out");
        CompareReport.write(comparison, ReportWording.english(), CLOCK, out);

        assertTrue(Files.readString(out.resolve(CompareReport.CSV_FILE)).contains("ATT-A,\"team:North, east\",1,1,0,0,"));
    }
}
