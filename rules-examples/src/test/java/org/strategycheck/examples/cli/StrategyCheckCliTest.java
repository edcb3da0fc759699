package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategycheck.StrategyCheck;

class StrategyCheckCliTest {

    @Test
    void versionPrintsTheRuleSetVersion() {
        Cli.Run run = Cli.run("--version");

        assertEquals(0, run.exitCode());
        assertEquals("strategycheck rule set " + StrategyCheck.create().ruleSetVersion(), run.out().strip());
    }

    @Test
    void noSubcommandIsAUsageErrorWithExitTwo() {
        Cli.Run run = Cli.run();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Try 'strategycheck --help'"), run.err());
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorWithExitTwo() {
        Cli.Run run = Cli.run("grade", "samples");

        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertEquals(0, run.exitCode());
        for (String text : new String[] {"check", "audit", "rules", "Exit codes:"}) {
            assertTrue(run.out().contains(text), text);
        }
    }

    @Test
    void controlCharactersFromARecordAreNeutralisedBeforeReachingTheTerminal() {
        assertEquals("SD-?[2J?", Report.safe("SD-\u001b[2J\u202e"));
        assertEquals("SD-ÉCOLE-1", Report.safe("SD-ÉCOLE-1"));
    }
}
