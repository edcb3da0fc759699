package org.strategycheck.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.AuditedRecord;
import org.strategycheck.audit.RecordContext;
import org.strategycheck.audit.internal.CsvField;

/** The small parts of the report: percentages, CSV fields, periods, escaping. */
class ReportPartsTest {

    private static final List<RuleDescription> RULES = List.of(new RuleDescription("ATT-A", "attendance",
            Severity.MAJOR, "", List.of(), "all", "checks A", "", false, true));

    @Test
    void aPercentageSaysOneHundredOnlyWhenEveryOneWasMet() {
        assertEquals(99, Html.wholePercent(999, 1000));
        assertEquals(100, Html.wholePercent(7, 7));
    }

    @Test
    void aPercentageSaysZeroOnlyWhenNoneWasMet() {
        assertEquals(1, Html.wholePercent(1, 1000));
        assertEquals(0, Html.wholePercent(0, 3));
    }

    @Test
    void aPercentageRoundsHalfUp() {
        assertEquals(88, Html.wholePercent(7, 8));
        assertEquals(83, Html.wholePercent(5, 6));
        assertEquals("\u2013", Html.percent(0, 0));
    }

    @Test
    void aRatePrintsItsCountItsShareAndItsWilsonInterval() {
        assertEquals("Health invited in 14 of 16 discussions (88%, 64\u201397%)",
                ReportWording.english().sentence("health invited", new org.strategycheck.audit.Proportion(14, 16)));
    }

    @Test
    void fewerThanFiveIsTooFewToJudgeWithNoPercentage() {
        assertEquals("Health invited in 0 of 1 discussion: too few to judge",
                ReportWording.english().sentence("health invited", new org.strategycheck.audit.Proportion(0, 1)));
        assertEquals("Health invited in 4 of 4 discussions: too few to judge",
                ReportWording.english().sentence("health invited", new org.strategycheck.audit.Proportion(4, 4)));
        assertEquals("Health invited in 5 of 5 discussions (100%, 57\u2013100%)",
                ReportWording.english().sentence("health invited", new org.strategycheck.audit.Proportion(5, 5)));
        assertEquals("Health invited: applied to no discussion",
                ReportWording.english().sentence("health invited", org.strategycheck.audit.Proportion.NONE));
    }

    @Test
    void anIntervalIsNeverPrintedWithoutWidth() {
        assertEquals("64\u201397%", Html.interval(new org.strategycheck.audit.Proportion(14, 16)));
        assertEquals("0.0\u20130.1%", Html.interval(new org.strategycheck.audit.Proportion(0, 4823)));
        assertEquals("99.9\u2013100.0%", Html.interval(new org.strategycheck.audit.Proportion(4823, 4823)));
    }

    @Test
    void aCsvValueASpreadsheetWouldRunAsAFormulaIsEscaped() {
        assertEquals("'=HYPERLINK(1)", RecordsCsv.safe("=HYPERLINK(1)"));
        assertEquals("'+1", RecordsCsv.safe("+1"));
        assertEquals("'-1", RecordsCsv.safe("-1"));
        assertEquals("'@SUM", RecordsCsv.safe("@SUM"));
        assertEquals("SD-1", RecordsCsv.safe("SD-1"));
        assertEquals("a\ufffdb", RecordsCsv.safe("a\nb"), "one row per line");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenRfc4180AsksAndQuotesAreDoubled() {
        assertEquals("ATT-SCHOOL", CsvField.of("ATT-SCHOOL"));
        assertEquals("\"a,b\"", CsvField.of("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvField.of("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvField.of("two\r\nlines"));
    }

    @Test
    void csvPercentagesHaveOneDecimalAndNoneWhenNothingApplied() {
        assertEquals("87.5", SummaryCsv.percent(7, 8));
        assertEquals("66.7", SummaryCsv.percent(2, 3));
        assertEquals("", SummaryCsv.percent(0, 0));
    }

    @Test
    void twoYearsOfDiscussionsAreShownByMonth() {
        Periods periods = Periods.of(figures(LocalDate.of(2023, 1, 5), LocalDate.of(2024, 12, 5)));

        assertEquals(Periods.Granularity.MONTH, periods.granularity());
        assertEquals(24, periods.list().size());
    }

    @Test
    void overTwoYearsAreShownByQuarterEmptyQuartersIncluded() {
        Periods periods = Periods.of(figures(LocalDate.of(2022, 2, 5), LocalDate.of(2024, 2, 5)));

        assertEquals(Periods.Granularity.QUARTER, periods.granularity());
        assertEquals(9, periods.list().size());
        assertEquals("2022-Q1", periods.list().get(0).key());
        assertEquals("Jan\u2013Mar 2022", periods.list().get(0).label());
        assertEquals(0, periods.list().get(4).counts().graded(), "a quarter with no discussion stays in the chart");
    }

    @Test
    void overTenYearsAreShownByYear() {
        Periods periods = Periods.of(figures(LocalDate.of(2010, 6, 5), LocalDate.of(2020, 7, 5)));

        assertEquals(Periods.Granularity.YEAR, periods.granularity());
        assertEquals("2010", periods.list().get(0).key());
    }

    @Test
    void controlCharactersAndLoneSurrogatesCannotReachTheReport() {
        assertEquals("SD-\ufffd-\ufffd[2J", Html.escape("SD-\u0000-\u001b[2J"));
        assertEquals("north\ufffd \ufffdx", Html.escape("north\udc00 \ud800x"));
        assertEquals("\ud83d\ude00 kept", Html.escape("\ud83d\ude00 kept"), "a pair is a character");
    }

    private static AuditFigures figures(LocalDate first, LocalDate last) {
        return AuditFigures.of(RULES, List.of(graded(1, first), graded(2, last)));
    }

    private static AuditedRecord graded(long position, LocalDate held) {
        AuditResult result = new AuditResult("SD-" + position, Grade.GOOD, List.of(), List.of("ATT-A"), List.of(),
                "1.1.0", "england", "1.0", CheckMode.FINAL, List.of());
        return new AuditedRecord.Graded(position, "in.jsonl:" + position, result,
                new RecordContext("north", null, held, null, null, List.of(), List.of()));
    }
}
