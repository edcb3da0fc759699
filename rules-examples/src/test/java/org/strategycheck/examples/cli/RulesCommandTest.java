package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategycheck.StrategyCheck;

class RulesCommandTest {

    @Test
    void rulesListsTheHealthInvitedRuleWithItsSeverityUnderAttendance() {
        Cli.Run run = Cli.run("rules");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int attendance = out.indexOf("\nattendance (");
        int rule = out.indexOf("ATT-HEALTH-INVITED");
        assertTrue(attendance >= 0 && attendance < rule, out);
        assertTrue(out.substring(rule, out.indexOf('\n', rule)).endsWith("CRITICAL"), out);
        assertTrue(out.contains("checks:  at least one HEALTH participant was invited"), out);
    }

    @Test
    void rulesListsEveryRuleOfTheCatalogueOnce() {
        Cli.Run run = Cli.run("rules");

        for (var rule : StrategyCheck.create().rules()) {
            assertEquals(1, run.out().lines().filter(l -> l.startsWith("  " + rule.id() + " ")).count(), rule.id());
        }
    }

    @Test
    void rulesNamesTheCatalogueVersionBesideTheRuleSet() {
        Cli.Run run = Cli.run("rules");

        String first = run.out().lines().findFirst().orElse("");
        assertTrue(first.contains("(rule catalogue " + StrategyCheck.create().catalogueVersion() + ")"), first);
    }

    @Test
    void rulesEndsWithEverySourceWrittenOutInFull() {
        Cli.Run run = Cli.run("rules");

        String out = run.out();
        int glossary = out.indexOf("\nsources (9)\n");
        assertTrue(glossary > out.indexOf("CT-NAMED-PROFESSIONAL"), out);
        for (var source : StrategyCheck.create().sources()) {
            assertTrue(out.substring(glossary).lines().anyMatch(line -> line.startsWith("  " + source.code() + " ")
                    && line.endsWith(" " + source.text())), source.code());
        }
    }

    @Test
    void severityVariantsAreShownAsTheCatalogueWordsThem() {
        Cli.Run run = Cli.run("rules");

        assertTrue(run.out().contains("MAJOR; CRITICAL when `immediate`"), run.out());
    }
}
