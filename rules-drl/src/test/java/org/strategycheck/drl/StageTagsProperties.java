package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.RuleDescription;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The {@code @stage("FINAL")} tags say exactly which rules depend on the stage: a draft's
 * pending list is read from the tags, not from a second evaluation, so a tag that is missing
 * or wrong would silently mislead a form.
 */
class StageTagsProperties {

    @Provide
    Arbitrary<StrategyDiscussion> records() {
        // Only records with heldAt, so that the stage alone differs between the two checks.
        return RecordArbitraries.record().filter(record -> record.heldAt() != null);
    }

    /** Passed or failed: a rule a profile switches off is in neither, nor is it not applicable. */
    private static boolean applies(AuditResult result, String ruleId) {
        return result.passed().contains(ruleId) || result.failed().contains(ruleId);
    }

    @Property
    void onlyRulesTaggedFinalOnlyDependOnTheStage(@ForAll("records") StrategyDiscussion record) {
        AuditResult asDraft = TestRecord.CHECKER.check(record, CheckMode.DRAFT);
        AuditResult asFinal = TestRecord.CHECKER.check(record, CheckMode.FINAL);
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            if (rule.finalOnly()) {
                assertFalse(applies(asDraft, rule.id()), rule.id() + " applies to a draft: " + asDraft);
            } else {
                assertEquals(applies(asFinal, rule.id()), applies(asDraft, rule.id()),
                        rule.id() + " depends on the stage but is not tagged @stage(\"FINAL\")");
            }
        }
    }

    @Property
    void aDraftsPendingRulesAreItsTaggedRulesAndAFinalRecordHasNone(@ForAll("records") StrategyDiscussion record) {
        var profile = TestRecord.CHECKER.profileFor(record);
        List<String> tagged = TestRecord.CHECKER.rules().stream().filter(RuleDescription::finalOnly)
                .map(RuleDescription::id).filter(id -> profile.settings(id).enabled()).toList();

        assertEquals(tagged, TestRecord.CHECKER.check(record, CheckMode.DRAFT).pending());
        assertEquals(List.of(), TestRecord.CHECKER.check(record, CheckMode.FINAL).pending());
    }

    @Example
    void everyTaggedRuleAppliesToSomeFinalRecord() {
        AuditResult result = TestRecord.load("complete-all-rules.json").check();
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            if (rule.finalOnly()) {
                assertTrue(applies(result, rule.id()), rule.id() + " never applies: " + result);
            }
        }
    }
}
