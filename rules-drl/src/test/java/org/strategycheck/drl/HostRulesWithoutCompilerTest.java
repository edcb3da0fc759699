package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The library ships no rule compiler, so host DRL cannot be loaded until the host opts in by
 * adding one; the failure says which dependency to add. (rules-examples' HostRulesTest opts in.)
 */
class HostRulesWithoutCompilerTest {

    @Test
    void loadingHostDrlWithoutTheOptInCompilerSaysWhatToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HostRules.fromClasspath("host/local-rules.drl", "LOCAL"));
        assertTrue(e.getMessage().contains("org.drools:drools-mvel"), e.getMessage());
    }
}
