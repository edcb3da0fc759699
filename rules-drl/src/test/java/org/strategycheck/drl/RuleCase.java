package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;

/**
 * One row of a rule table: a rule, a record, and what the rule makes of it. Each area's table
 * lists, for each of its rules, records where the rule fires (with exactly the gaps it reports),
 * where it passes, and where it does not apply; {@code RuleTablesTest} holds every rule of the
 * catalogue to having all three.
 *
 * @param ruleId  the rule
 * @param outcome what it does with the record
 * @param why     what the row shows, in words
 * @param record  the record
 * @param gaps    for {@link Outcome#FIRES}, exactly the gaps the rule reports, in result order
 * @param checker the checker (the default one unless the row needs a profile or a calendar)
 */
record RuleCase(String ruleId, Outcome outcome, String why, TestRecord record, List<Gap> gaps, StrategyCheck checker) {

    /** What a rule does with a record. */
    enum Outcome {
        /** It applies and reports gaps. */
        FIRES,
        /** It applies and reports none. */
        PASSES,
        /** It does not apply. */
        NOT_APPLICABLE,
        /**
         * A rule that applies to every record applies to one where almost nothing else does
         * (the third column of such a rule, which can never be not applicable).
         */
        APPLIES_TO_EVERY_RECORD
    }

    /**
     * A gap as a finding reports it.
     *
     * @param severity   its severity
     * @param messageKey its message key
     * @param pointers   its pointers
     * @param arguments  its message arguments
     */
    record Gap(Severity severity, String messageKey, List<String> pointers, List<String> arguments) {

        /** The same gap with message arguments. */
        Gap args(String... values) {
            return new Gap(severity, messageKey, pointers, List.of(values));
        }

        static Gap of(Finding finding) {
            return new Gap(finding.severity(), finding.messageKey(), finding.pointers(), finding.arguments());
        }

        @Override
        public String toString() {
            return severity + " " + messageKey + " at " + pointers + (arguments.isEmpty() ? "" : " with " + arguments);
        }
    }

    static Gap gap(Severity severity, String messageKey, String... pointers) {
        return new Gap(severity, messageKey, List.of(pointers), List.of());
    }

    static RuleCase fires(String ruleId, String why, TestRecord record, Gap... gaps) {
        if (gaps.length == 0) {
            throw new IllegalArgumentException(ruleId + ": a row where the rule fires names its gaps");
        }
        return new RuleCase(ruleId, Outcome.FIRES, why, record, Arrays.asList(gaps), TestRecord.CHECKER);
    }

    static RuleCase passes(String ruleId, String why, TestRecord record) {
        return new RuleCase(ruleId, Outcome.PASSES, why, record, List.of(), TestRecord.CHECKER);
    }

    static RuleCase notApplicable(String ruleId, String why, TestRecord record) {
        return new RuleCase(ruleId, Outcome.NOT_APPLICABLE, why, record, List.of(), TestRecord.CHECKER);
    }

    static RuleCase appliesToEveryRecord(String ruleId, String why, TestRecord record) {
        return new RuleCase(ruleId, Outcome.APPLIES_TO_EVERY_RECORD, why, record, List.of(), TestRecord.CHECKER);
    }

    /** The same row checked by another checker (a profile's thresholds, another calendar). */
    RuleCase checkedBy(StrategyCheck other) {
        return new RuleCase(ruleId, outcome, why, record, gaps, other);
    }

    /** Checks the record and holds the rule to the row. */
    void verify() {
        AuditResult result = checker.check(record.json());
        List<Gap> actual = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Gap::of).toList();
        boolean passed = result.passed().contains(ruleId);
        boolean notApplicable = result.notApplicable().contains(ruleId);
        switch (outcome) {
            case FIRES -> {
                assertEquals(gaps, actual, () -> this + "\n" + result);
                assertTrue(!passed && !notApplicable, () -> this + ": fired, so neither passed nor not applicable");
            }
            case PASSES -> {
                assertEquals(List.of(), actual, () -> this + "\n" + result);
                assertTrue(passed, () -> this + ": should pass\n" + result);
            }
            case NOT_APPLICABLE -> {
                assertEquals(List.of(), actual, () -> this + "\n" + result);
                assertTrue(notApplicable, () -> this + ": should not apply\n" + result);
            }
            case APPLIES_TO_EVERY_RECORD -> assertTrue(passed || !actual.isEmpty(),
                    () -> this + ": should apply\n" + result);
        }
    }

    @Override
    public String toString() {
        return ruleId + " " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + why;
    }
}
