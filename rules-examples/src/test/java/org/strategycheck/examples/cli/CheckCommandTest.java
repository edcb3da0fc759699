package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckCommandTest {

    @Test
    void aGoodRecordIsReportedGoodWithNoFindings() {
        Cli.Run run = Cli.run("check", "samples/good-infant-injury.json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("samples/good-infant-injury.json: record SD-SAMPLE-0001, grade GOOD"), run.out());
        assertTrue(run.out().contains("No findings"), run.out());
    }

    @Test
    void findingsAreGroupedBySeverityMostSeriousFirstWithRuleIdMessageAndPointer() {
        Cli.Run run = Cli.run("check", "samples/draft-no-decision.json");

        String out = run.out();
        assertTrue(out.contains("record SD-SAMPLE-0003, grade INADEQUATE"), out);
        int critical = out.indexOf("CRITICAL (2)");
        int healthInvited = out.indexOf("ATT-HEALTH-INVITED");
        int major = out.indexOf("MAJOR (8)");
        assertTrue(critical >= 0 && critical < healthInvited && healthInvited < major, out);
        assertTrue(out.contains("No health professional was invited to the strategy discussion."), out);
        assertTrue(out.contains("at /identity/ethnicity, /identity/culture, /identity/identity, /identity/discrimination"), out);
    }

    @Test
    void aRecordThatCannotBeReadIsReportedWithPointerAndMessageAndExitsOne() {
        Cli.Run run = Cli.run("check", Cli.fixture("unknown-status.json").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("record SD-TEST-0010 could not be read"), run.out());
        assertTrue(run.out().contains("at /status: Not an allowed value; allowed: DRAFT, FINAL."), run.out());
    }

    @Test
    void freeTextFromARecordIsNeverPrinted() {
        Cli.Run good = Cli.run("check", "samples/school-nurse-not-school.json");
        Cli.Run bad = Cli.run("check", Cli.fixture("unknown-status.json").toString());

        for (String text : new String[] {"frightened", "Escalating incidents", "Visit child at school", "PC Example"}) {
            assertFalse(good.out().contains(text), text);
            assertFalse(bad.out().contains(text), text);
        }
    }

    @Test
    void aFolderIsCheckedFileByFileAndTotalled() {
        Cli.Run run = Cli.run("check", "samples");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("samples/batch.jsonl:2: record SD-SAMPLE-0008, grade GOOD"), run.out());
        assertTrue(run.outLines().get(run.outLines().size() - 1).matches("\\d+ records read: .*, 0 rejected"), run.out());
    }

    @Test
    void aPathThatDoesNotExistIsAUsageErrorWithExitTwo() {
        Cli.Run run = Cli.run("check", "samples/no-such-record.json");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no such file or folder: samples/no-such-record.json"), run.err());
    }

    @Test
    void checkWithoutAFileIsAUsageErrorWithExitTwo() {
        Cli.Run run = Cli.run("check");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @Test
    void aDraftIsSaidToBeJudgedAsADraftWithWhatIsStillToDo() {
        Cli.Run run = Cli.run("check", "samples/draft-no-decision.json");

        assertTrue(run.outLines().get(0).endsWith(" (judged as a draft)"), run.out());
        // Catalogue v1.1: the conference advisory waits for the final record too, so eight.
        assertTrue(run.out().contains("  Still to do (8)\n    DEC-S47-RECORDED            section 47 decision recorded\n"),
                run.out());
        assertTrue(run.out().contains("    REC-MINUTES-CIRCULATED      minutes circulated\n"), run.out());
    }

    @Test
    void aFinalRecordSaysNothingOfDrafts() {
        Cli.Run run = Cli.run("check", "samples/good-infant-injury.json");

        assertFalse(run.out().contains("draft"), run.out());
        assertFalse(run.out().contains("Still to do"), run.out());
    }
}
