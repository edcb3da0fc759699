package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.StrategyCheck;

class StrategyCheckCliTest {

    @Test
    void versionPrintsTheRuleSetVersion() {
        Cli.Run run = Cli.run("--version");

        assertEquals(0, run.exitCode());
        assertEquals("strategycheck rule set " + StrategyCheck.create().ruleSetVersion(), run.out().strip());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"check, -V", "audit, -V", "rules, -V", "serve, -V", "generate, -V", "completion, -V", "compare, -V",
        "sample, -V", "agreement, -V",
        "check, --version", "audit, --version", "serve, --version", "generate, --version"})
    void everySubcommandPrintsTheToolsVersion(String subcommand, String option) {
        Cli.Run run = Cli.run(subcommand, option);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("strategycheck rule set " + StrategyCheck.create().ruleSetVersion(), run.out().strip());
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"check", "audit", "rules", "serve", "generate", "completion", "compare", "sample",
        "agreement"})
    void everySubcommandAnswersHelpWithExitZero(String subcommand) {
        Cli.Run run = Cli.run(subcommand, "--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: strategycheck " + subcommand), run.out());
        assertTrue(run.out().contains("-V, --version"), run.out());
    }

    @Test
    void completionPrintsABashCompletionScriptForEverySubcommand() {
        Cli.Run run = Cli.run("completion");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F _complete_strategycheck"), run.out());
        for (String option : new String[] {"--bank-holidays", "--as-of-record-date", "--markdown", "--header-timeout"}) {
            assertTrue(run.out().contains(option), option);
        }
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
        for (String text : new String[] {"check", "audit", "compare", "sample", "agreement", "rules", "Exit codes:"}) {
            assertTrue(run.out().contains(text), text);
        }
    }

    @Test
    void controlCharactersFromARecordAreNeutralisedBeforeReachingTheTerminal() {
        assertEquals("SD-?[2J?", Report.safe("SD-\u001b[2J\u202e"));
        assertEquals("SD-ÉCOLE-1", Report.safe("SD-ÉCOLE-1"));
    }
}
