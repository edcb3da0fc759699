package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.Messages;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.Action;
import org.strategycheck.model.ActionOwner;
import org.strategycheck.model.Agency;
import org.strategycheck.model.Child;
import org.strategycheck.model.Decisions;
import org.strategycheck.model.Minutes;
import org.strategycheck.model.Participant;
import org.strategycheck.model.Role;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * Laws that hold for every record. The number of tries is jqwik's default for this module
 * (junit-platform.properties: 10,000); override with {@code -Djqwik.tries.default=N}.
 */
class ResultLawsProperties {

    private static final StrategyCheck CHECKER = TestRecord.CHECKER;

    @Provide
    Arbitrary<StrategyDiscussion> records() {
        return RecordArbitraries.record();
    }

    @Property
    void checkNeverThrowsAndTheGradeFollowsTheSeverities(@ForAll("records") StrategyDiscussion record) {
        AuditResult result = CHECKER.check(record);
        List<Severity> severities = result.findings().stream().map(Finding::severity).toList();
        Profile profile = CHECKER.profileFor(record);
        assertEquals(profile.grading().grade(result.findings()), result.grade());
        if (profile.grading().equals(org.strategycheck.profile.GradeMapping.CATALOGUE)) {
            Grade expected = severities.contains(Severity.CRITICAL) ? Grade.INADEQUATE
                    : severities.contains(Severity.MAJOR) ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD;
            assertEquals(expected, result.grade());
        }
    }

    @Property
    void everyRuleTheProfileRunsIsFailedPassedOrNotApplicableExactlyOnce(@ForAll("records") StrategyDiscussion record) {
        AuditResult result = CHECKER.check(record);
        Profile profile = CHECKER.profileFor(record);
        Set<String> failed = new HashSet<>(result.failed());
        for (RuleDescription rule : CHECKER.rules()) {
            int places = (failed.contains(rule.id()) ? 1 : 0) + (result.passed().contains(rule.id()) ? 1 : 0)
                    + (result.notApplicable().contains(rule.id()) ? 1 : 0);
            assertEquals(profile.settings(rule.id()).enabled() ? 1 : 0, places, rule.id() + " in " + result);
        }
    }

    @Property
    void checkingIsDeterministic(@ForAll("records") StrategyDiscussion record) {
        assertEquals(CHECKER.check(record), CHECKER.check(record));
        assertEquals(CHECKER.check(record), CHECKER.check(RecordJson.read(RecordJson.write(record))));
    }

    @Property
    void everyFindingPointsIntoTheRecordAndRendersAMessage(@ForAll("records") StrategyDiscussion record) {
        for (Finding finding : CHECKER.check(record).findings()) {
            assertTrue(finding.pointers().stream().allMatch(p -> p.startsWith("/")), finding.toString());
            assertTrue(!finding.message().equals(finding.messageKey()), "no message for " + finding.messageKey());
        }
    }

    @Property
    void jsonWriteThenReadGivesTheSameRecord(@ForAll("records") StrategyDiscussion record) {
        assertEquals(record, RecordJson.read(RecordJson.write(record)));
    }

    @Property
    void theCatalogueNeverReadsExtensionsOrTheChildrensCensusIdentifiers(@ForAll("records") StrategyDiscussion record) {
        List<Child> children = record.children().stream().map(c -> new Child(c.ref(), c.dateOfBirth(),
                c.expectedDueDate(), c.education(), c.ethnicity(), c.lookedAfter(), c.hospitalInpatient())).toList();
        StrategyDiscussion without = new StrategyDiscussion(record.schemaVersion(), record.recordId(), record.status(),
                record.partnership(), record.team(), record.type(), record.format(), record.caseStatus(), record.heldAt(),
                record.timingRationale(), record.concern(), children, record.participants(), record.involvedServices(),
                record.significantOthers(), record.history(), record.risk(), record.identity(), record.childVoice(),
                record.decisions(), record.actions(), record.minutes(), record.namedProfessional(), record.marac());

        assertEquals(CHECKER.check(without), CHECKER.check(record));
        Statistics.label("had extensions").collect(!record.extensions().isEmpty());
        Statistics.label("had extensions").coverage(coverage -> coverage.check(true).percentage(p -> p >= 30.0));
    }

    @Property
    void noResultOutputHoldsExtensionsOrACensusIdentifier(@ForAll("records") StrategyDiscussion record) {
        AuditResult result = CHECKER.check(record);
        String marker = String.valueOf(RecordArbitraries.WITHHELD);
        for (String output : List.of(result.toString(), ResultJson.result("in.jsonl:1", result, Messages.english()),
                ResultJson.forForm(result, Messages.english()), record.toString())) {
            assertTrue(!output.contains(marker), output);
        }
    }

    @Property
    void findingsDoNotDependOnTheOrderOfListEntries(@ForAll("records") StrategyDiscussion record,
            @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Integer> children = permutation(record.children().size(), random);
        List<Integer> participants = permutation(record.participants().size(), random);
        List<Integer> services = permutation(record.involvedServices().size(), random);
        List<Integer> people = permutation(record.significantOthers().size(), random);
        List<Integer> actions = permutation(record.actions().size(), random);
        StrategyDiscussion shuffled = new StrategyDiscussion(record.schemaVersion(), record.recordId(), record.status(),
                record.partnership(), record.type(), record.format(), record.caseStatus(), record.heldAt(),
                record.timingRationale(), record.concern(), reorder(record.children(), children),
                reorder(record.participants(), participants), reorder(record.involvedServices(), services),
                reorder(record.significantOthers(), people), record.history(), record.risk(), record.identity(),
                record.childVoice(), record.decisions(), reorder(record.actions(), actions), record.minutes(),
                record.namedProfessional(), record.marac());
        AuditResult original = CHECKER.check(record);
        AuditResult permuted = CHECKER.check(shuffled);
        assertEquals(original.passed(), permuted.passed());
        assertEquals(original.notApplicable(), permuted.notApplicable());
        assertEquals(original.grade(), permuted.grade());
        // Map each permuted finding's pointers back to the original positions; positions in arguments are dropped.
        List<String> expected = new ArrayList<>(original.findings().stream().map(f -> key(f, null)).toList());
        List<String> actual = new ArrayList<>(permuted.findings().stream().map(f -> key(f, new List[] {
            children, participants, services, people, actions})).toList());
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
    }

    @Property
    void namingEveryActionOwnerRemovesThoseFindingsAndAddsNone(@ForAll("records") StrategyDiscussion record) {
        List<Action> named = record.actions().stream().map(a -> new Action(a.ref(), a.description(),
                new ActionOwner("Named owner", a.owner().agency(), a.owner().role()), a.dueBy(), a.immediate())).toList();
        StrategyDiscussion fixed = new StrategyDiscussion(record.schemaVersion(), record.recordId(), record.status(),
                record.partnership(), record.type(), record.format(), record.caseStatus(), record.heldAt(),
                record.timingRationale(), record.concern(), record.children(), record.participants(),
                record.involvedServices(), record.significantOthers(), record.history(), record.risk(), record.identity(),
                record.childVoice(), record.decisions(), named, record.minutes(), record.namedProfessional(), record.marac());
        assertFixRemovesOnly("ACT-OWNER-NAMED", record, fixed);
    }

    @Property
    void recordingTheSection47DecisionRemovesThatFindingAndAddsNone(@ForAll("records") StrategyDiscussion record) {
        Decisions d = record.decisions();
        // NOT_REQUIRED with a rationale: the decision that brings no further duty (no visit, no action plan).
        Decisions recorded = new Decisions(Section47Decision.NOT_REQUIRED, "Reasoned decision.", d.criminalInvestigation(),
                d.visit(), d.visitRationale(), d.medical(), d.medicalRationale(), d.achievingBestEvidenceInterview(),
                d.informationSharingWithFamily(), d.legalAction(), d.immediateSafety(), d.initialConference(),
                d.furtherDiscussionOn());
        StrategyDiscussion fixed = new StrategyDiscussion(record.schemaVersion(), record.recordId(), record.status(),
                record.partnership(), record.type(), record.format(), record.caseStatus(), record.heldAt(),
                record.timingRationale(), record.concern(), record.children(), record.participants(),
                record.involvedServices(), record.significantOthers(), record.history(), record.risk(), record.identity(),
                record.childVoice(), recorded, record.actions(), record.minutes(), record.namedProfessional(), record.marac());
        assertFixRemovesAndAddsNone(record, fixed, "DEC-S47-RECORDED", "DEC-S47-RATIONALE", "DEC-CONFERENCE-NOT-PURPOSE");
    }

    @Property
    void invitingTheSchoolRemovesThatFindingAndAddsNone(@ForAll("records") StrategyDiscussion record) {
        // The school as a case system would record it once invited: its safeguarding lead took part, could decide,
        // shared information, and was sent the minutes (REC-MINUTES-RECIPIENTS asks that of every invited agency)
        // when the record lists recipients at all (a list not recorded stays one finding, whoever was invited).
        Participant school = new Participant(Agency.EDUCATION, Role.DESIGNATED_SAFEGUARDING_LEAD, "The school",
                "Named lead", true, true, null, true, true);
        List<Participant> participants = new ArrayList<>(record.participants());
        participants.add(school);
        Minutes m = record.minutes();
        List<Agency> circulatedTo = new ArrayList<>(m.circulatedTo());
        if (!circulatedTo.isEmpty() && !circulatedTo.contains(Agency.EDUCATION)) {
            circulatedTo.add(Agency.EDUCATION);
        }
        StrategyDiscussion fixed = new StrategyDiscussion(record.schemaVersion(), record.recordId(), record.status(),
                record.partnership(), record.type(), record.format(), record.caseStatus(), record.heldAt(),
                record.timingRationale(), record.concern(), record.children(), participants,
                record.involvedServices(), record.significantOthers(), record.history(), record.risk(), record.identity(),
                record.childVoice(), record.decisions(), record.actions(),
                new Minutes(m.completedOn(), m.circulatedOn(), circulatedTo), record.namedProfessional(), record.marac());
        assertFixRemovesAndAddsNone(record, fixed, "ATT-SCHOOL");
    }

    /**
     * The fixed record has no finding of the fixed rules, and every finding it has the original had too
     * (a fix may close other gaps as well: a school invited may be the involved service that was missing).
     */
    private static void assertFixRemovesAndAddsNone(StrategyDiscussion record, StrategyDiscussion fixed,
            String... fixedRules) {
        AuditResult before = CHECKER.check(record);
        AuditResult after = CHECKER.check(fixed);
        Set<String> fixedIds = Set.of(fixedRules);
        assertTrue(after.findings().stream().noneMatch(f -> fixedIds.contains(f.ruleId())), after.toString());
        Set<Finding> earlier = new HashSet<>(before.findings());
        for (Finding finding : after.findings()) {
            assertTrue(earlier.contains(finding), "new finding " + finding);
        }
        requireThatSomeTriesHadTheGap(before, fixedIds);
    }

    private static void assertFixRemovesOnly(String ruleId, StrategyDiscussion record, StrategyDiscussion fixed) {
        AuditResult before = CHECKER.check(record);
        AuditResult after = CHECKER.check(fixed);
        List<Finding> expected = before.findings().stream().filter(f -> !f.ruleId().equals(ruleId)).toList();
        assertEquals(expected, after.findings());
        requireThatSomeTriesHadTheGap(before, Set.of(ruleId));
    }

    /** A fix law tried only on records without the gap would prove nothing: at least 2% of tries must have it. */
    private static void requireThatSomeTriesHadTheGap(AuditResult before, Set<String> ruleIds) {
        Statistics.label("had the gap").collect(before.findings().stream().anyMatch(f -> ruleIds.contains(f.ruleId())));
        Statistics.label("had the gap").coverage(coverage -> coverage.check(true).percentage(p -> p >= 2.0));
    }

    private static List<Integer> permutation(int size, java.util.Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    /** {@code order.get(i)} is the original index of the entry now at {@code i}. */
    private static <T> List<T> reorder(List<T> list, List<Integer> order) {
        return order.stream().map(list::get).toList();
    }

    private static final Pattern INDEXED = Pattern.compile("^/(children|participants|involvedServices|significantOthers|actions)/(\\d+)");
    private static final List<String> LISTS = List.of("children", "participants", "involvedServices", "significantOthers", "actions");

    private static String key(Finding finding, List<Integer>[] orders) {
        List<String> pointers = new ArrayList<>();
        for (String pointer : finding.pointers()) {
            Matcher m = INDEXED.matcher(pointer);
            if (orders != null && m.find()) {
                int original = orders[LISTS.indexOf(m.group(1))].get(Integer.parseInt(m.group(2)));
                pointer = "/" + m.group(1) + "/" + original + pointer.substring(m.end());
            }
            pointers.add(pointer);
        }
        Collections.sort(pointers);
        return finding.ruleId() + " " + finding.severity() + " " + finding.messageKey() + " " + pointers;
    }
}
