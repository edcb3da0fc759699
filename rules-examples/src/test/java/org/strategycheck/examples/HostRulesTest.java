package org.strategycheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.RuleDescription;
import org.strategycheck.RuleSource;
import org.strategycheck.StrategyCheck;
import org.strategycheck.drl.HostRules;
import org.strategycheck.drl.InvalidRulesException;

/**
 * A partnership's own DRL, loaded through the explicit opt-in API: validated at load, run
 * beside the catalogue, never able to shadow a catalogue rule. (This module's tests opt in to
 * the load-time compiler; the library itself ships none.)
 */
class HostRulesTest {

    private static final RuleSource LOCAL = HostRules.fromClasspath("host/local-rules.drl", "LOCAL");
    private static final StrategyCheck WITH_HOST_RULES = StrategyCheck.builder().addRules(LOCAL).build();
    private static final StrategyCheck CATALOGUE_ONLY = StrategyCheck.create();

    private static String lookedAfterRecord() throws IOException {
        return Files.readString(Path.of("samples", "good-school-age-physical.json"))
                .replace("\"lookedAfter\": false", "\"lookedAfter\": true");
    }

    @Test
    void aHostRuleRunsBesideTheCatalogueAndIsReportedAfterIt() throws IOException {
        AuditResult result = WITH_HOST_RULES.check(lookedAfterRecord());
        List<Finding> local = result.findings().stream().filter(f -> f.ruleId().equals("LOCAL-LAC-CHAIR")).toList();
        assertEquals(1, local.size(), result.toString());
        assertEquals(List.of("/participants"), local.get(0).pointers());
        List<String> ids = WITH_HOST_RULES.rules().stream().map(RuleDescription::id).toList();
        assertEquals("LOCAL-LAC-CHAIR", ids.get(ids.size() - 1));
        assertEquals("local", WITH_HOST_RULES.rules().get(ids.size() - 1).area());
    }

    @Test
    void hostRulesLeaveTheCatalogueFindingsUnchanged() throws IOException {
        for (Path sample : Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            AuditResult with = WITH_HOST_RULES.check(Files.readAllBytes(sample));
            AuditResult without = CATALOGUE_ONLY.check(Files.readAllBytes(sample));
            assertEquals(without.findings(), with.findings().stream().filter(f -> !f.ruleId().startsWith("LOCAL-")).toList(),
                    sample.toString());
        }
    }

    @Test
    void aHostRuleDoesNotApplyWhereItsConditionsDoNot() throws IOException {
        AuditResult result = WITH_HOST_RULES.check(Files.readAllBytes(Path.of("samples", "good-school-age-physical.json")));
        assertTrue(result.notApplicable().contains("LOCAL-LAC-CHAIR"), result.toString());
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() {
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> HostRules.fromClasspath("host/syntax-error.drl", "LOCAL"));
        assertTrue(e.getMessage().startsWith("host rules host/syntax-error.drl rejected:"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == 9), e.getMessage());
    }

    @Test
    void aHostRuleCannotShadowACatalogueRule() {
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> HostRules.fromClasspath("host/shadows-catalogue.drl", "LOCAL"));
        assertTrue(e.getMessage().contains("needs an @id starting with LOCAL-"), e.getMessage());
    }

    @Test
    void aNamespaceMayNotBeACataloguePrefix() {
        assertThrows(IllegalArgumentException.class, () -> HostRules.fromClasspath("host/local-rules.drl", "ATT"));
    }

    @Test
    void aProfileMayTuneAHostRuleLikeAnyOther() throws IOException {
        org.strategycheck.profile.Profile off = new org.strategycheck.profile.Profile("local-off", "1",
                java.time.LocalDate.of(2020, 1, 1), "", java.util.Map.of("LOCAL-LAC-CHAIR",
                new org.strategycheck.profile.RuleSettings(false, null, java.util.Map.of())), null);
        StrategyCheck checker = StrategyCheck.builder().addRules(LOCAL)
                .profiles(org.strategycheck.profile.Profiles.builtIn().plus(List.of(off))).profile("local-off").build();
        AuditResult result = checker.check(lookedAfterRecord());
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("LOCAL-LAC-CHAIR")));
    }
}
