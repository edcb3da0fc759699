package org.strategycheck.internal;

import java.util.List;
import org.strategycheck.RuleDescription;
import org.strategycheck.internal.facts.RecordFacts;

/**
 * What the public API needs from a rule engine. The Drools engine in {@code rules-drl}
 * implements it; the public API never exposes it, so no engine type reaches a host.
 *
 * <p>Implementations are thread-safe: one engine serves every thread.
 */
public interface RuleEngine {

    /**
     * The rules, as their own metadata describes them, in catalogue order.
     *
     * @return every rule the engine evaluates
     */
    List<RuleDescription> rules();

    /**
     * The version of the rule set, reported in every result.
     *
     * @return e.g. {@code 0.1.0}
     */
    String version();

    /**
     * The version of the rule catalogue the rules implement, read from the rules themselves and
     * reported in every result beside {@link #version()}.
     *
     * @return e.g. {@code 1.1}
     */
    String catalogueVersion();

    /**
     * Evaluates every rule against one record's facts.
     *
     * @param facts    the record's facts
     * @param disabled ids of rules not to evaluate (a profile switched them off)
     * @param outcome  receives what each rule found
     */
    void evaluate(RecordFacts facts, java.util.Set<String> disabled, Outcome outcome);

    /** Receives, for one record, which rules applied and which gaps they found. */
    interface Outcome {
        /**
         * A rule applies to the record.
         *
         * @param ruleId the rule
         */
        void applies(String ruleId);

        /**
         * A rule found a gap.
         *
         * @param ruleId     the rule
         * @param severity   the gap's severity
         * @param variant    the severity is a variant's (e.g. CRITICAL for an immediate action),
         *                   not the rule's default
         * @param messageKey the message key
         * @param arguments  the message's arguments
         * @param pointers   JSON pointers to the fields concerned
         */
        void gap(String ruleId, org.strategycheck.Severity severity, boolean variant, String messageKey,
                List<String> arguments, List<String> pointers);
    }

    /**
     * Found with {@link java.util.ServiceLoader}: how a module offers its engine, and the
     * resources that ship with its rules (their messages, their built-in profiles).
     */
    interface Provider {
        /**
         * Opens a resource of the provider's own module. On the module path a module cannot read
         * another's resources (they are encapsulated), so rules-core asks the module that holds
         * them; on the class path the answer is the same. An implementation must open it with a
         * class of its own module ({@code getClass().getResourceAsStream(name)} written in the
         * implementation, not inherited): the lookup is allowed by the calling code's module.
         *
         * @param name an absolute resource name, e.g. {@code /org/strategycheck/rules/messages.properties}
         * @return the resource, or {@code null} when the module has none of that name
         */
        java.io.InputStream resource(String name);

        /**
         * The engine with the module's built-in rules. Building one is costly: a provider
         * builds it once and hands out the same engine.
         *
         * @return the engine
         */
        RuleEngine engine();

        /**
         * The built-in rules plus a host's own.
         *
         * @param extra rules the host added; empty for the built-in engine alone
         * @return the engine
         * @throws IllegalArgumentException when this provider cannot run one of the sources
         */
        default RuleEngine engine(java.util.List<org.strategycheck.RuleSource> extra) {
            if (!extra.isEmpty()) {
                throw new IllegalArgumentException("this rule engine cannot add " + extra.get(0).description());
            }
            return engine();
        }
    }
}
