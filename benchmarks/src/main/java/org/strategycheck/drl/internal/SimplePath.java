package org.strategycheck.drl.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategycheck.AuditResult;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.Evaluation;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * {@link StrategyCheck#check(StrategyDiscussion)} as it was before tuning: a new session per
 * record with an agenda listener ({@link DroolsRuleEngine.Mode#SIMPLE}), so the benchmarks can
 * put the two side by side in one run. Benchmarks only: it sits in the engine's package (a split
 * package on the class path) to reach the engine.
 */
public final class SimplePath {

    private final StrategyCheck checker;
    private final DroolsRuleEngine engine;
    private final List<RuleDescription> rules;
    private final Map<String, RuleDescription> byId = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    /**
     * @param checker the checker whose profile choice to follow
     */
    public SimplePath(StrategyCheck checker) {
        this(checker, DroolsEngineProvider.engine(DroolsRuleEngine.Mode.SIMPLE));
    }

    /**
     * The pooled engine with some of its options, for experiments.
     *
     * @param checker              the checker whose profile choice to follow
     * @param applicabilityAtFiring see DroolsRuleEngine.Options
     * @param skipUnusedFactTypes  see DroolsRuleEngine.Options
     * @return the path
     */
    public static SimplePath pooled(StrategyCheck checker, boolean applicabilityAtFiring, boolean skipUnusedFactTypes) {
        return new SimplePath(checker, DroolsEngineProvider.engine(DroolsRuleEngine.Mode.POOLED,
                new DroolsRuleEngine.Options(applicabilityAtFiring, skipUnusedFactTypes)));
    }

    private SimplePath(StrategyCheck checker, DroolsRuleEngine engine) {
        this.checker = checker;
        this.engine = engine;
        this.rules = engine.rules();
        for (int i = 0; i < rules.size(); i++) {
            byId.put(rules.get(i).id(), rules.get(i));
            order.put(rules.get(i).id(), i);
        }
    }

    /**
     * Checks a record as {@link StrategyCheck#check(StrategyDiscussion)} does, with the simple engine.
     *
     * @param record the record
     * @return the result
     */
    public AuditResult check(StrategyDiscussion record) {
        Profile profile = checker.profileFor(record);
        Set<String> disabled = new HashSet<>();
        profile.rules().forEach((id, settings) -> {
            if (!settings.enabled()) {
                disabled.add(id);
            }
        });
        Evaluation evaluation = new Evaluation(rules, byId, order, profile);
        engine.evaluate(RecordFacts.of(record, calendar, profile.thresholds()), disabled, evaluation);
        return evaluation.result(record.recordId(), engine.version());
    }
}
