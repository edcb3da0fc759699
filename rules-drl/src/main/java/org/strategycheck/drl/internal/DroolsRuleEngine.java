package org.strategycheck.drl.internal;

import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.strategycheck.RuleDescription;
import org.strategycheck.facts.RecordFacts;
import org.strategycheck.internal.RuleEngine;

/**
 * Runs the pre-compiled rules. The rule base is immutable and shared; each evaluation gets a
 * session of its own, because a session (and its globals) must never be shared between
 * threads.
 */
final class DroolsRuleEngine implements RuleEngine {

    private final KieBase kieBase;
    private final RuleCatalogue catalogue;
    private final String version;

    DroolsRuleEngine(KieBase kieBase, String version) {
        this.kieBase = kieBase;
        this.catalogue = RuleCatalogue.read(kieBase);
        this.version = version;
    }

    @Override
    public List<RuleDescription> rules() {
        return catalogue.rules();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void evaluate(RecordFacts facts, Set<String> disabled, Outcome outcome) {
        SessionOutcome sessionOutcome = new SessionOutcome(catalogue.bindings());
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(sessionOutcome);
            session.setGlobal("outcome", sessionOutcome);
            sessionOutcome.start(outcome);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            if (disabled.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> !disabled.contains(catalogue.bindings().get(match.getRule().getName()).ruleId()));
            }
        } finally {
            sessionOutcome.finish();
            // A session not disposed stays reachable from the rule base.
            session.dispose();
        }
    }
}
