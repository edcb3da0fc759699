package org.strategycheck.drl.internal;

import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.strategycheck.drl.RuleOutcome;
import org.strategycheck.internal.RuleEngine;

/**
 * The {@code outcome} global of one session. It listens to the agenda to know which rule is
 * firing, so consequences need not name themselves. Confined to one session at a time.
 */
final class SessionOutcome extends DefaultAgendaEventListener implements RuleOutcome {

    private final Map<String, RuleBinding> bindings;
    private RuleEngine.Outcome target;
    private RuleBinding firing;

    SessionOutcome(Map<String, RuleBinding> bindings) {
        this.bindings = bindings;
    }

    void start(RuleEngine.Outcome target) {
        this.target = target;
    }

    void finish() {
        this.target = null;
        this.firing = null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = bindings.get(event.getMatch().getRule().getName());
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
