package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;

/** The small parts of the report: percentages, CSV fields, periods, wording, bounded lists, progress lines. */
class ReportPartsTest {

    private static final List<RuleDescription> RULES = StrategyCheckCli.checker().rules();

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
    void csvFieldsAreQuotedOnlyWhenRfc4180AsksAndQuotesAreDoubled() {
        assertEquals("ATT-SCHOOL", SummaryCsv.field("ATT-SCHOOL"));
        assertEquals("\"a,b\"", SummaryCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", SummaryCsv.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", SummaryCsv.field("two\r\nlines"));
    }

    @Test
    void csvPercentagesHaveOneDecimalAndNoneWhenNothingApplied() {
        assertEquals("87.5", SummaryCsv.percent(7, 8));
        assertEquals("66.7", SummaryCsv.percent(2, 3));
        assertEquals("", SummaryCsv.percent(0, 0));
    }

    @Test
    void twoYearsOfDiscussionsAreShownByMonth() {
        Periods periods = Periods.of(figures(YearMonth.of(2023, 1), YearMonth.of(2024, 12)));

        assertEquals(Periods.Granularity.MONTH, periods.granularity());
        assertEquals(24, periods.list().size());
    }

    @Test
    void overTwoYearsAreShownByQuarterEmptyQuartersIncluded() {
        Periods periods = Periods.of(figures(YearMonth.of(2022, 2), YearMonth.of(2024, 2)));

        assertEquals(Periods.Granularity.QUARTER, periods.granularity());
        assertEquals(9, periods.list().size());
        assertEquals("2022-Q1", periods.list().get(0).key());
        assertEquals("Jan\u2013Mar 2022", periods.list().get(0).label());
        assertEquals(0, periods.list().get(4).counts().graded, "a quarter with no discussion stays in");
    }

    @Test
    void overTenYearsAreShownByYear() {
        Periods periods = Periods.of(figures(YearMonth.of(2010, 6), YearMonth.of(2020, 7)));

        assertEquals(Periods.Granularity.YEAR, periods.granularity());
        assertEquals("2010", periods.list().get(0).key());
    }

    @Test
    void everyRuleHasAPlainEnglishPhraseOfItsOwn() {
        for (RuleDescription rule : RULES) {
            assertTrue(ReportWording.hasPhrase(rule.id()), rule.id());
        }
    }

    @Test
    void aRuleWithoutAPhraseFallsBackToWhatItChecks() {
        RuleDescription unknown = new RuleDescription("NEW-RULE", "attendance", org.strategycheck.Severity.MINOR, "",
                List.of(), "all", "something new was done", "");

        assertEquals("Something new was done in 1 of 2 discussions (50%)", ReportWording.sentence(unknown, 1, 2));
    }

    @Test
    void theInadequateListKeepsItsFirstEntriesAndCountsTheRest() {
        AuditFigures figures = new AuditFigures(RULES);
        int many = AuditFigures.LISTED_INADEQUATE + 25;
        for (int i = 0; i < many; i++) {
            figures.add(digest("R-" + i, Grade.INADEQUATE, YearMonth.of(2024, 1), "team-" + i));
        }

        assertEquals(AuditFigures.LISTED_INADEQUATE, figures.inadequate().size());
        assertEquals("R-0", figures.inadequate().get(0).recordId());
        assertEquals(many, figures.all().grades[Grade.INADEQUATE.ordinal()]);
    }

    @Test
    void pastTheBoundOnTeamsTheRestShareOneRow() {
        AuditFigures figures = new AuditFigures(RULES);
        for (int i = 0; i < AuditFigures.MAX_GROUPS + 10; i++) {
            figures.add(digest("R-" + i, Grade.GOOD, YearMonth.of(2024, 1), "team-" + i));
        }

        assertEquals(AuditFigures.MAX_GROUPS + 1, figures.teams().size());
        assertEquals(10, figures.teams().get(AuditFigures.OTHERS).graded);
    }

    @Test
    void progressLinesComeNoOftenerThanTheInterval() {
        AtomicLong now = new AtomicLong();
        java.io.StringWriter text = new java.io.StringWriter();
        Progress.Lines lines = new Progress.Lines(new java.io.PrintWriter(text), 1000, now::get, Duration.ofSeconds(10));

        lines.update(10, 100);
        now.set(Duration.ofSeconds(11).toNanos());
        lines.update(20, 250);
        now.set(Duration.ofSeconds(12).toNanos());
        lines.update(30, 300);

        assertEquals(List.of("audit: 20 records, 25% of input, 2 records/s, about 33 s left"), text.toString().lines().toList());
    }

    private static AuditFigures figures(YearMonth first, YearMonth last) {
        AuditFigures figures = new AuditFigures(RULES);
        figures.add(digest("A", Grade.GOOD, first, null));
        figures.add(digest("B", Grade.GOOD, last, null));
        return figures;
    }

    private static Digest digest(String id, Grade grade, YearMonth month, String team) {
        List<String> passed = new ArrayList<>();
        passed.add("ATT-HEALTH-INVITED");
        return new Digest("in.jsonl:1", id, grade, passed, List.of(), List.of(),
                new Outcome.Context(month, "north", team), "england 1.0", null);
    }
}
