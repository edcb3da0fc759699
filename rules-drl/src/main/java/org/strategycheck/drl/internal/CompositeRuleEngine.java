package org.strategycheck.drl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.RuleDescription;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.RuleEngine;

/**
 * The catalogue's engine and a host's beside it: each evaluates the same facts into the same
 * outcome, each in its own session.
 */
final class CompositeRuleEngine implements RuleEngine {

    private final List<RuleEngine> engines;
    private final List<RuleDescription> rules;
    private final String version;

    CompositeRuleEngine(List<RuleEngine> engines) {
        this.engines = List.copyOf(engines);
        List<RuleDescription> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleEngine engine : engines) {
            for (RuleDescription rule : engine.rules()) {
                if (!ids.add(rule.id())) {
                    throw new IllegalArgumentException("two rule sets define the rule id " + rule.id());
                }
                all.add(rule);
            }
        }
        this.rules = List.copyOf(all);
        this.version = engines.get(0).version() + "+host";
    }

    @Override
    public List<RuleDescription> rules() {
        return rules;
    }

    @Override
    public String version() {
        return version;
    }

    /** A host's rules add to the catalogue's; they do not change which catalogue it is. */
    @Override
    public String catalogueVersion() {
        return engines.get(0).catalogueVersion();
    }

    @Override
    public void evaluate(RecordFacts facts, Set<String> disabled, Outcome outcome) {
        for (RuleEngine engine : engines) {
            engine.evaluate(facts, disabled, outcome);
        }
    }
}
