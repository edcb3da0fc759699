package org.strategycheck.drl.internal;

import org.strategycheck.Severity;

/**
 * What the engine knows about one DRL rule from its metadata.
 *
 * @param ruleId        the catalogue id
 * @param severity      the severity of the gaps it reports
 * @param messageKey    the message key of the gaps it reports
 * @param applicability the rule states where its catalogue rule applies (it reports no gap)
 * @param variant       the rule reports gaps at a severity of its own, not the catalogue rule's default
 */
record RuleBinding(String ruleId, Severity severity, String messageKey, boolean applicability, boolean variant) {

    /** Reports a gap of this rule: arguments become strings here, enumeration values by name. */
    void reportGap(org.strategycheck.internal.RuleEngine.Outcome target, java.util.List<String> pointers,
            Object... arguments) {
        java.util.List<String> formatted = new java.util.ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            formatted.add(argument instanceof Enum<?> e ? e.name() : String.valueOf(argument));
        }
        target.gap(ruleId, severity, variant, messageKey, formatted, pointers);
    }
}
