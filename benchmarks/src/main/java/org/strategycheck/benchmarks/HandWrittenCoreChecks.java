package org.strategycheck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.facts.Recorded;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.facts.Text;
import org.strategycheck.internal.London;
import org.strategycheck.model.Action;
import org.strategycheck.model.Agency;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Identity;
import org.strategycheck.model.Participant;
import org.strategycheck.model.Role;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.GradeMapping;

/**
 * The seven core rules written by hand in plain Java: the baseline the Drools path is measured
 * against. Benchmarks only, never shipped. It returns the same {@link AuditResult} as
 * {@link CoreRules#checker()} (HandWrittenCoreChecksTest keeps it so), so the two do the same work.
 */
public final class HandWrittenCoreChecks {

    private static final String[] IDENTITY_POINTERS =
            {"/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination"};

    private final String ruleSetVersion;
    private final String catalogueVersion;
    private final String profileId;
    private final String profileVersion;
    private final Map<String, String> sources;

    /**
     * @param ruleSetVersion   as the engine reports it
     * @param catalogueVersion the catalogue version, as the engine reports it
     * @param profileId        the profile the Drools path applies
     * @param profileVersion   its version
     * @param rules            the catalogue, for each rule's source
     */
    public HandWrittenCoreChecks(String ruleSetVersion, String catalogueVersion, String profileId,
            String profileVersion, List<RuleDescription> rules) {
        this.ruleSetVersion = ruleSetVersion;
        this.catalogueVersion = catalogueVersion;
        this.profileId = profileId;
        this.profileVersion = profileVersion;
        this.sources = rules.stream().collect(Collectors.toUnmodifiableMap(RuleDescription::id, RuleDescription::source));
    }

    /**
     * Checks a record that meets the format's contract.
     *
     * @param record the record
     * @return the result
     */
    public AuditResult check(StrategyDiscussion record) {
        List<Finding> findings = new ArrayList<>();
        List<String> passed = new ArrayList<>(7);
        List<String> notApplicable = new ArrayList<>(7);

        boolean healthInvited = false;
        boolean schoolNurseInvited = false;
        boolean schoolInvited = false;
        for (Participant p : record.participants()) {
            boolean invited = Boolean.TRUE.equals(p.attended()) || Boolean.TRUE.equals(p.contributedInWriting())
                    || Boolean.TRUE.equals(p.invited());
            if (!invited) {
                continue;
            }
            if (p.agency() == Agency.HEALTH) {
                healthInvited = true;
                if (p.role() == Role.SCHOOL_NURSE) {
                    schoolNurseInvited = true;
                }
            } else if (p.agency() == Agency.EDUCATION && p.role() != Role.SCHOOL_NURSE) {
                schoolInvited = true;
            }
        }
        boolean schoolAge = schoolAge(record);

        outcome("ATT-HEALTH-INVITED", true, healthInvited, Severity.CRITICAL, "/participants", findings, passed, notApplicable);
        outcome("ATT-SCHOOL-NURSE", schoolAge, schoolNurseInvited, Severity.MAJOR, "/participants", findings, passed,
                notApplicable);
        outcome("ATT-SCHOOL", schoolAge, schoolInvited, Severity.MAJOR, "/participants", findings, passed, notApplicable);
        outcome("DEC-S47-RECORDED", record.status() == Status.FINAL, record.decisions().section47() != null,
                Severity.CRITICAL, "/decisions/section47", findings, passed, notApplicable);

        List<String> placeholders = new ArrayList<>(4);
        List<String> identityGaps = identityGaps(record.identity(), placeholders);
        if (identityGaps.isEmpty()) {
            passed.add("INF-IDENTITY");
        } else if (placeholders.isEmpty()) {
            findings.add(new Finding("INF-IDENTITY", Severity.MAJOR, "INF-IDENTITY",
                    List.of(String.valueOf(identityGaps.size())), identityGaps, sources.get("INF-IDENTITY")));
        } else {
            findings.add(new Finding("INF-IDENTITY", Severity.MAJOR, "INF-IDENTITY.placeholder",
                    List.of(String.valueOf(identityGaps.size()), String.valueOf(placeholders.size())), identityGaps,
                    sources.get("INF-IDENTITY")));
        }

        List<Action> actions = record.actions();
        if (actions.isEmpty()) {
            notApplicable.add("ACT-OWNER-NAMED");
            notApplicable.add("ACT-DUE-DATE");
        } else {
            int before = findings.size();
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                Recorded name = Text.recorded(action.owner().name());
                if (name != Recorded.SUBSTANTIVE) {
                    findings.add(actionFinding("ACT-OWNER-NAMED", action, i, "/owner/name", name == Recorded.PLACEHOLDER));
                }
            }
            if (findings.size() == before) {
                passed.add("ACT-OWNER-NAMED");
            }
            before = findings.size();
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (action.dueBy() == null) {
                    findings.add(actionFinding("ACT-DUE-DATE", action, i, "/dueBy", false));
                }
            }
            if (findings.size() == before) {
                passed.add("ACT-DUE-DATE");
            }
        }
        // Of the seven, only DEC-S47-RECORDED waits for the meeting: a draft lists it as pending.
        boolean draft = record.status() == org.strategycheck.model.Status.DRAFT;
        return new AuditResult(record.recordId(), GradeMapping.CATALOGUE.grade(findings), findings, passed,
                notApplicable, ruleSetVersion, profileId, profileVersion,
                draft ? org.strategycheck.CheckMode.DRAFT : org.strategycheck.CheckMode.FINAL,
                draft ? List.of("DEC-S47-RECORDED") : List.of(), catalogueVersion);
    }

    private Finding actionFinding(String ruleId, Action action, int index, String field, boolean placeholder) {
        boolean immediate = Boolean.TRUE.equals(action.immediate());
        String key = immediate ? ruleId + (placeholder ? ".immediatePlaceholder" : ".immediate")
                : placeholder ? ruleId + ".placeholder" : ruleId;
        return new Finding(ruleId, immediate ? Severity.CRITICAL : Severity.MAJOR, key,
                List.of(String.valueOf(index + 1)), List.of("/actions/" + index + field), sources.get(ruleId));
    }

    private void outcome(String ruleId, boolean applies, boolean met, Severity severity, String pointer,
            List<Finding> findings, List<String> passed, List<String> notApplicable) {
        if (!applies) {
            notApplicable.add(ruleId);
        } else if (met) {
            passed.add(ruleId);
        } else {
            findings.add(new Finding(ruleId, severity, ruleId, List.of(), List.of(pointer), sources.get(ruleId)));
        }
    }

    /** A school-age child at the discussion, as the facts define it (the same age arithmetic). */
    private static boolean schoolAge(StrategyDiscussion record) {
        var held = London.date(record.heldAt());
        var date = held != null ? held : record.status() == Status.DRAFT ? London.date(record.concern().identifiedAt()) : null;
        boolean preBirthConcern = record.concern().categories().contains(ConcernCategory.PRE_BIRTH);
        for (int i = 0; i < record.children().size(); i++) {
            if (RecordFacts.child(i, record.children().get(i), date, preBirthConcern).band() == AgeBand.SCHOOL_AGE) {
                return true;
            }
        }
        return false;
    }

    /** A substantive reason addresses the empty headings, never a placeholder one (catalogue v1.1). */
    private static List<String> identityGaps(Identity identity, List<String> placeholders) {
        boolean reasoned = Text.isSubstantive(identity.notRelevantReason());
        List<String> gaps = new ArrayList<>(4);
        String[] headings = {identity.ethnicity(), identity.culture(), identity.identity(), identity.discrimination()};
        for (int i = 0; i < headings.length; i++) {
            Recorded heading = Text.recorded(headings[i]);
            if (heading == Recorded.PLACEHOLDER) {
                gaps.add(IDENTITY_POINTERS[i]);
                placeholders.add(IDENTITY_POINTERS[i]);
            } else if (heading == Recorded.NOT_RECORDED && !reasoned) {
                gaps.add(IDENTITY_POINTERS[i]);
            }
        }
        return gaps;
    }
}
