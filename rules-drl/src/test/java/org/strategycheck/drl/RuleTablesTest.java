package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.drl.RuleCase.Outcome;

/**
 * The rule tables are complete: every rule of the catalogue has a row where it fires, one where
 * it passes and one where it does not apply (a rule that applies to every record instead has a
 * row showing that it applies where almost nothing else does); every message key and every
 * severity variant is reported by some row; and no row names a rule that does not exist.
 */
class RuleTablesTest {

    static List<RuleCase> allRows() {
        return Stream.of(AttendanceRulesTest.table(), DecisionRulesTest.table(), InformationRulesTest.table(),
                ActionRulesTest.table(), TimelinessRulesTest.table(), RecordsRulesTest.table(),
                CaseTypeRulesTest.table()).flatMap(List::stream).toList();
    }

    private static List<RuleDescription> rules() {
        return TestRecord.CHECKER.rules();
    }

    @Test
    void everyRuleHasRowsWhereItFiresPassesAndDoesNotApply() {
        List<RuleCase> rows = allRows();
        List<String> missing = new ArrayList<>();
        for (RuleDescription rule : rules()) {
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            rows.stream().filter(row -> row.ruleId().equals(rule.id())).forEach(row -> outcomes.add(row.outcome()));
            Outcome third = rule.applies().equals("all") ? Outcome.APPLIES_TO_EVERY_RECORD : Outcome.NOT_APPLICABLE;
            // Every rule can pass: catalogue v1.1 made the last that could not (DEC-CONFERENCE-NOT-PURPOSE) one that can.
            for (Outcome needed : List.of(Outcome.FIRES, Outcome.PASSES, third)) {
                if (!outcomes.contains(needed)) {
                    missing.add(rule.id() + " " + needed);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRowNamesARuleOfTheCatalogue() {
        Set<String> ids = new TreeSet<>(rules().stream().map(RuleDescription::id).toList());
        assertEquals(List.of(), allRows().stream().map(RuleCase::ruleId).filter(id -> !ids.contains(id)).toList());
    }

    @Test
    void everyMessageKeyIsReportedByARow() {
        Set<String> reported = new TreeSet<>();
        allRows().forEach(row -> row.gaps().forEach(gap -> reported.add(gap.messageKey())));
        Set<String> keys = new TreeSet<>(ruleMessageKeys());
        keys.removeAll(reported);
        assertEquals(Set.of(), keys);
    }

    @Test
    void everySeverityVariantIsReportedByARow() {
        List<String> missing = new ArrayList<>();
        for (RuleDescription rule : rules()) {
            for (RuleDescription.SeverityVariant variant : rule.variants()) {
                Severity severity = variant.severity();
                boolean reported = allRows().stream().filter(row -> row.ruleId().equals(rule.id()))
                        .anyMatch(row -> row.gaps().stream().anyMatch(gap -> gap.severity() == severity));
                if (!reported) {
                    missing.add(rule.id() + " " + severity);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * The keys of the findings' messages in the rules' bundle: a rule's id, or its id and a
     * suffix. The bundle also holds the report's wording ({@code report.…}), which no finding uses.
     */
    static Set<String> ruleMessageKeys() {
        Set<String> ids = new TreeSet<>(rules().stream().map(RuleDescription::id).toList());
        Set<String> keys = new TreeSet<>();
        for (String key : bundleKeys()) {
            int dot = key.indexOf('.');
            if (ids.contains(dot < 0 ? key : key.substring(0, dot))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys() {
        Properties messages = new Properties();
        try (InputStream in = RuleTablesTest.class.getResourceAsStream("/org/strategycheck/rules/messages.properties")) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages.stringPropertyNames();
    }
}
