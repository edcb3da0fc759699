package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.BatchAudit;
import org.strategycheck.audit.EthnicGroup;
import org.strategycheck.audit.PracticeCounts;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.RecordSource;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.json.RecordJson;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameFile() throws IOException {
        Cli.run("generate", "50", temp.resolve("a.jsonl").toString(), "--seed", "9");
        Cli.run("generate", "50", temp.resolve("b.jsonl").toString(), "--seed", "9");

        assertArrayEquals(Files.readAllBytes(temp.resolve("a.jsonl")), Files.readAllBytes(temp.resolve("b.jsonl")));
    }

    @Test
    void withNothingBrokenEveryLineIsAValidRecord() throws IOException {
        Path file = temp.resolve("valid.jsonl");

        Cli.run("generate", "60", file.toString(), "--broken", "0");

        for (String line : Files.readAllLines(file)) {
            RecordJson.read(line);
        }
        assertEquals(60, Files.readAllLines(file).size());
    }

    @Test
    void everyRuleOfTheCatalogueAppliesSomewhereAndFailsSomewhere() throws IOException {
        AuditFigures figures = generatedAndAudited(3000);

        List<String> neverApplied = new ArrayList<>();
        List<String> neverFailed = new ArrayList<>();
        for (RuleDescription rule : figures.rules()) {
            Proportion met = figures.total().rule(rule.id()).plus(figures.drafts().rule(rule.id()));
            if (met.isEmpty()) {
                neverApplied.add(rule.id());
            }
            if (met.notMet() == 0) {
                neverFailed.add(rule.id());
            }
        }
        assertEquals(List.of(), neverApplied, "rules that applied to no generated record");
        assertEquals(List.of(), neverFailed, "rules no generated record failed");
    }

    @Test
    void theGeneratedRecordsHoldEveryKindOfCaseTheReportBreaksDown() throws IOException {
        AuditFigures figures = generatedAndAudited(2000);

        assertEquals(java.util.EnumSet.allOf(EthnicGroup.class), java.util.EnumSet.copyOf(figures.byEthnicGroup().keySet()));
        assertTrue(figures.byAgeBand().keySet().containsAll(List.of(AgeBand.PRE_BIRTH, AgeBand.PRE_SCHOOL,
                AgeBand.SCHOOL_AGE, AgeBand.OLDER)), figures.byAgeBand().keySet().toString());
        assertTrue(figures.byCategory().size() >= 12, figures.byCategory().keySet().toString());
        assertEquals(4, figures.byPartnership().size() - (figures.byPartnership().containsKey(AuditFigures.NOT_RECORDED)
                ? 1 : 0));
        assertTrue(figures.byTeam().size() > 12);
        assertTrue(figures.drafts().graded() > 0, "drafts");
        PracticeCounts practice = figures.total().practice();
        assertTrue(practice.lateWithReason(2) > 0 && practice.lateWithoutReason(2) > 0, "late, with and without a reason");
        assertTrue(practice.initialHeld() < figures.total().graded(), "further discussions");
    }

    private AuditFigures generatedAndAudited(int records) {
        Path file = temp.resolve("generated-" + records + ".jsonl");
        Cli.run("generate", Integer.toString(records), file.toString(), "--broken", "0", "--seed", "12");
        return BatchAudit.of(StrategyCheckCli.checker()).withThreads(2).run(RecordSource.paths(List.of(file)),
                record -> { });
    }

    @Test
    void theGeneratorIsHiddenFromTheHelp() {
        assertFalse(Cli.run("--help").out().contains("generate"));
    }

    @Test
    void anOversizeLineIsPastTheRecordLimit() {
        String line = GenerateCommand.damage("{\"recordId\":\"R\"}", GenerateCommand.Damage.OVERSIZE);

        assertEquals(true, line.length() > RecordJson.MAX_RECORD_LENGTH);
    }
}
