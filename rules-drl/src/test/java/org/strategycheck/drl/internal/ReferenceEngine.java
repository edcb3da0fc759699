package org.strategycheck.drl.internal;

import java.util.List;
import java.util.Set;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.strategycheck.RuleDescription;
import org.strategycheck.internal.RuleEngine;
import org.strategycheck.internal.facts.RecordFacts;

/**
 * The engine as it first ran records, kept as the reference the tuned engine is held to: a new
 * session per record, every fact inserted, an agenda listener that tells the {@code outcome}
 * global which rule fires, and a profile's switched-off rules filtered at firing. Over its own
 * rule base, built from the same executable model.
 */
final class ReferenceEngine implements RuleEngine {

    private final KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(DroolsEngineProvider.models());
    private final RuleCatalogue catalogue = RuleCatalogue.read(kieBase);

    @Override
    public List<RuleDescription> rules() {
        return catalogue.rules();
    }

    @Override
    public String version() {
        return DroolsEngineProvider.version();
    }

    @Override
    public String catalogueVersion() {
        return DroolsEngineProvider.catalogueVersion();
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
            session.fireAllRules(match -> !disabled.contains(catalogue.bindings().get(match.getRule().getName()).ruleId()));
        } finally {
            sessionOutcome.finish();
            // A session not disposed stays reachable from the rule base.
            session.dispose();
        }
    }
}
