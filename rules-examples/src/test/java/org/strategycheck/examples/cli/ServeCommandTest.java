package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code strategycheck serve}: its options, checked before anything listens. */
class ServeCommandTest {

    @Test
    void helpNamesTheEndpointsAndTheOptions() {
        Cli.Run run = Cli.run("serve", "--help");

        assertEquals(0, run.exitCode());
        for (String text : new String[] {"/v1/check", "/v1/rules", "/health", "--port", "--bind", "--max-body",
            "--messages", "--profile", "--connections", "--header-timeout", "--body-timeout"}) {
            assertTrue(run.out().contains(text), text + " in\n" + run.out());
        }
    }

    @Test
    void theToolListsServeAmongItsCommands() {
        assertTrue(Cli.run("--help").out().contains("serve"));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("port must be 0 to 65535"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aBodyLimitAboveTheRecordLimitIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--max-body", "3000000");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("body limit"), run.err());
    }

    @Test
    void aTimeOutOfZeroIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--header-timeout", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("time-outs must be 1 to 3600 seconds"), run.err());
    }

    @Test
    void aMessagesFileThatCannotBeReadIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--messages", "no-such-messages.properties");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot read messages"), run.err());
    }
}
