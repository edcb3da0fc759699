package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategycheck.Messages;
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

    @Test
    void everyCodeARuleCitesIsInTheGlossary() {
        Messages messages = StrategyCheckCli.MESSAGES;
        for (var rule : StrategyCheck.create().rules()) {
            for (String citation : rule.source().split(";")) {
                assertEquals(1, messages.sourcesCited(citation).size(), rule.id() + " cites " + citation.strip()
                        + ", which the glossary does not write out");
            }
        }
    }

    @Test
    void aCitationNamesItsEntryNotItsPart() {
        Messages messages = StrategyCheckCli.MESSAGES;

        assertEquals(java.util.List.of("WT", "GSCB A / B / C / D", "SCR-AUD rec N"),
                codes(messages.sourcesCited("WT; GSCB A; SCR-AUD rec 1")));
        assertEquals(java.util.List.of("CHSCP-TR", "CHSCP-TEAM"), codes(messages.sourcesCited("CHSCP-TR (ELFT); CHSCP-TEAM")));
        assertEquals(java.util.List.of("local procedures"), codes(messages.sourcesCited("local procedures (pre-birth)")));
        assertEquals(java.util.List.of(), messages.sourcesCited("a guide no glossary has"));
    }

    private static java.util.List<String> codes(java.util.List<org.strategycheck.Source> sources) {
        return sources.stream().map(org.strategycheck.Source::code).toList();
    }
}
