package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.model.StrategyDiscussion;

/** Laws that hold for every record. */
class ResultLawsProperties {

    @Provide
    Arbitrary<StrategyDiscussion> records() {
        return RecordArbitraries.record();
    }

    @Property(tries = 500)
    void checkNeverThrowsAndTheGradeFollowsTheSeverities(@ForAll("records") StrategyDiscussion record) {
        AuditResult result = TestRecord.CHECKER.check(record);
        List<Severity> severities = result.findings().stream().map(Finding::severity).toList();
        Grade expected = severities.contains(Severity.CRITICAL) ? Grade.INADEQUATE
                : severities.contains(Severity.MAJOR) ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD;
        assertEquals(expected, result.grade());
    }

    @Property(tries = 500)
    void everyRuleIsFailedPassedOrNotApplicableExactlyOnce(@ForAll("records") StrategyDiscussion record) {
        AuditResult result = TestRecord.CHECKER.check(record);
        Set<String> failed = new HashSet<>(result.failed());
        Set<String> passed = new HashSet<>(result.passed());
        Set<String> notApplicable = new HashSet<>(result.notApplicable());
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            int places = (failed.contains(rule.id()) ? 1 : 0) + (passed.contains(rule.id()) ? 1 : 0)
                    + (notApplicable.contains(rule.id()) ? 1 : 0);
            assertEquals(1, places, rule.id() + " in " + result);
        }
        assertEquals(TestRecord.CHECKER.rules().size(), failed.size() + passed.size() + notApplicable.size());
    }

    @Property(tries = 200)
    void checkingTwiceGivesTheSameResult(@ForAll("records") StrategyDiscussion record) {
        assertEquals(TestRecord.CHECKER.check(record), TestRecord.CHECKER.check(record));
    }

    @Property(tries = 300)
    void everyFindingPointsIntoTheRecordAndRendersAMessage(@ForAll("records") StrategyDiscussion record) {
        for (Finding finding : TestRecord.CHECKER.check(record).findings()) {
            assertTrue(finding.pointers().stream().allMatch(p -> p.startsWith("/")), finding.toString());
            assertTrue(!finding.message().equals(finding.messageKey()), "no message for " + finding.messageKey());
        }
    }
}
