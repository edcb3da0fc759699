package org.strategycheck.drl.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.strategycheck.drl.RuleOutcome;
import org.strategycheck.internal.RuleEngine;

/**
 * The {@code outcome} global of a pooled session. It learns which rule is about to fire from
 * the agenda filter, which Drools asks just before each consequence: no agenda event listener,
 * so no event object per match created, fired or cancelled. The filter also holds back the rules
 * a profile switched off when the rule base still has them. Confined to one session at a time.
 */
final class FiringOutcome implements RuleOutcome, AgendaFilter {

    private final Map<String, RuleBinding> bindings;
    private final Map<org.kie.api.definition.rule.Rule, RuleBinding> byRule;
    private RuleEngine.Outcome target;
    private Set<String> disabled = Set.of();
    private RuleBinding firing;

    /**
     * @param bindings the rules' bindings by DRL rule name
     * @param byRule   the same by the rule base's own rule objects, which the agenda hands over:
     *                 looked up by identity, not by hashing the name, for every match
     */
    FiringOutcome(Map<String, RuleBinding> bindings, Map<org.kie.api.definition.rule.Rule, RuleBinding> byRule) {
        this.bindings = bindings;
        this.byRule = byRule;
    }

    void start(RuleEngine.Outcome target, Set<String> disabled) {
        this.target = target;
        this.disabled = disabled;
    }

    void finish() {
        this.target = null;
        this.disabled = Set.of();
        this.firing = null;
    }

    @Override
    public boolean accept(Match match) {
        RuleBinding binding = byRule.get(match.getRule());
        if (binding == null) {
            binding = bindings.get(match.getRule().getName());
        }
        if (!disabled.isEmpty() && disabled.contains(binding.ruleId())) {
            return false;
        }
        if (binding.applicability()) {
            // A catalogue rule's consequence only says that it applies: record that here, without running it.
            target.applies(binding.ruleId());
            return false;
        }
        firing = binding;
        return true;
    }

    @Override
    public void applies() {
        target.applies(firing.ruleId());
    }

    @Override
    public void gap(List<String> pointers, Object... arguments) {
        firing.reportGap(target, pointers, arguments);
    }
}
