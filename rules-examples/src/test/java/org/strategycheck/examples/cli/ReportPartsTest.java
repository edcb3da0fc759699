package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.report.ReportWording;

/** The report's wording as the rules' messages give it, and the progress lines of the console. */
class ReportPartsTest {

    private static final List<RuleDescription> RULES = StrategyCheckCli.checker().rules();

    @Test
    void everyRuleHasAPlainEnglishPhraseOfItsOwnInTheRulesMessages() {
        for (RuleDescription rule : RULES) {
            assertTrue(ReportWording.english().hasPhrase(rule.id()), rule.id());
        }
    }

    @Test
    void everyCoreRuleHasAShortColumnTitle() {
        for (RuleDescription rule : RULES.stream().filter(RuleDescription::core).toList()) {
            assertTrue(!ReportWording.english().shortTitle(rule).equals(rule.id()), rule.id());
        }
    }

    @Test
    void everyAreaHasATitleAndAPhrase() {
        assertEquals("Records and minutes", ReportWording.english().area("records"));
        assertEquals("every minutes and format check met", ReportWording.english().areaMet("records"));
    }

    @Test
    void aPhraseWithAnApostropheReadsAsWritten() {
        RuleDescription childVoice = RULES.stream().filter(r -> r.id().equals("DEC-CHILD-VOICE")).findFirst().orElseThrow();

        assertEquals("the child's views or how the child will be seen recorded", ReportWording.english().met(childVoice));
    }

    @Test
    void aRuleWithoutAPhraseFallsBackToWhatItChecks() {
        RuleDescription unknown = new RuleDescription("NEW-RULE", "attendance", Severity.MINOR, "",
                List.of(), "all", "something new was done", "");

        assertEquals("Something new was done in 3 of 6 discussions (50%, 19\u201381%)",
                ReportWording.english().sentence(unknown, new Proportion(3, 6)));
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
}
