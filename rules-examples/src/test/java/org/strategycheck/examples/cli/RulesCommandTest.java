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
    void severityVariantsAreShownAsTheCatalogueWordsThem() {
        Cli.Run run = Cli.run("rules");

        assertTrue(run.out().contains("MAJOR; CRITICAL when `immediate`"), run.out());
    }

    @Test
    void rulesEndsWithTheSourcesTheyCiteWrittenOutInFull() {
        Cli.Run run = Cli.run("rules");

        String sources = run.out().substring(run.out().indexOf("\nSources ("));
        assertTrue(sources.contains("  WT                Working Together to Safeguard Children (HM Government, 2018 and 2023 "
                + "editions), as quoted in local procedures"), sources);
        assertTrue(sources.contains("  SCR-AUD           independent scrutiny audit of 10 strategy meeting records"), sources);
        assertTrue(sources.contains("  data quality"), sources);
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
    void aCitationNamesItsCodeNotItsPart() {
        Messages messages = StrategyCheckCli.MESSAGES;

        assertEquals(java.util.List.of("WT", "GSCB", "SCR-AUD"), messages.sourcesCited("WT; GSCB A; SCR-AUD rec 1"));
        assertEquals(java.util.List.of("CHSCP-TR", "CHSCP-TEAM"), messages.sourcesCited("CHSCP-TR (ELFT); CHSCP-TEAM"));
        assertEquals(java.util.List.of("local procedures"), messages.sourcesCited("local procedures (pre-birth)"));
        assertEquals(java.util.List.of(), messages.sourcesCited("a guide no glossary has"));
        assertEquals("GSCB-X", messages.sourceInFull("GSCB-X"), "a code the glossary lacks is shown as it is");
    }
}
