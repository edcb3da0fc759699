package org.strategycheck.drl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.Severity;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.drl.RecordArbitraries;
import org.strategycheck.facts.Thresholds;
import org.strategycheck.internal.RuleEngine;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.model.StrategyDiscussion;

/**
 * A gap rule states its situation in its own conditions rather than extending its catalogue
 * rule (see {@code RuleCatalogue}); this holds every such situation to lie where the catalogue
 * rule applies: on any record, at either stage, every rule that reports a gap is one whose
 * catalogue rule said it applies. The engine is asked directly, so a gap cannot make its rule
 * applicable on its own, as the result's assembly would.
 */
class GapsWhereRulesApplyProperties {

    private static final RuleEngine ENGINE = new DroolsEngineProvider().engine();

    @Provide
    Arbitrary<StrategyDiscussion> records() {
        return RecordArbitraries.record();
    }

    @Property
    void everyGapLiesWhereItsRuleApplies(@ForAll("records") StrategyDiscussion record) {
        for (boolean finalRecord : List.of(true, false)) {
            Set<String> applies = new TreeSet<>();
            Set<String> gaps = new TreeSet<>();
            ENGINE.evaluate(RecordFacts.of(record, WorkingDayCalendar.englandAndWales(), Thresholds.CATALOGUE, finalRecord),
                    Set.of(), new RuleEngine.Outcome() {
                        @Override
                        public void applies(String ruleId) {
                            applies.add(ruleId);
                        }

                        @Override
                        public void gap(String ruleId, Severity severity, boolean variant, String messageKey,
                                List<String> arguments, List<String> pointers) {
                            gaps.add(ruleId);
                        }
                    });
            gaps.removeAll(applies);
            assertEquals(Set.of(), gaps, "gaps reported by rules that do not apply, judged as "
                    + (finalRecord ? "final" : "a draft"));
        }
    }
}
