package org.strategycheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.profile.Profile;

/**
 * Collects one record's outcome and assembles the result in a fixed order, so that the
 * result never depends on the order in which the engine fired its rules.
 */
public final class Evaluation implements RuleEngine.Outcome {

    private final List<RuleDescription> rules;
    private final Map<String, RuleDescription> byId;
    private final Map<String, Integer> order;
    private final Profile profile;
    private final Set<String> applicable = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Starts collecting.
     *
     * @param rules the rule set, in catalogue order
     * @param byId  the same rules by id
     * @param order   each rule id's position in the catalogue
     * @param profile the profile in force: severities, switched-off rules, grading
     */
    public Evaluation(List<RuleDescription> rules, Map<String, RuleDescription> byId, Map<String, Integer> order,
            Profile profile) {
        this.rules = rules;
        this.byId = byId;
        this.order = order;
        this.profile = profile;
    }

    @Override
    public void applies(String ruleId) {
        applicable.add(ruleId);
    }

    @Override
    public void gap(String ruleId, Severity severity, boolean variant, String messageKey, List<String> arguments,
            List<String> pointers) {
        applicable.add(ruleId);
        RuleDescription rule = byId.get(ruleId);
        Severity override = profile.settings(ruleId).severity();
        // A profile sets a rule's default severity; a variant (CRITICAL for an immediate action) keeps its own.
        Severity effective = override != null && !variant ? override : severity;
        findings.add(new Finding(ruleId, effective, messageKey, arguments, pointers, rule == null ? "" : rule.source()));
    }

    /**
     * The result of a record judged as final.
     *
     * @param recordId       the record's id
     * @param ruleSetVersion the rule set's version
     * @return the assembled result
     */
    public AuditResult result(String recordId, String ruleSetVersion) {
        return result(recordId, ruleSetVersion, CheckMode.FINAL);
    }

    /**
     * The result.
     *
     * @param recordId       the record's id
     * @param ruleSetVersion the rule set's version
     * @param stage          the stage the record was judged at: DRAFT or FINAL
     * @return the assembled result
     */
    public AuditResult result(String recordId, String ruleSetVersion, CheckMode stage) {
        findings.sort(Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
                .thenComparing(f -> f.pointers().isEmpty() ? "" : f.pointers().get(0), Pointers.ORDER)
                .thenComparing(Finding::severity)
                .thenComparing(Finding::messageKey)
                // Findings at one pointer (e.g. one per agency missing from the minutes) differ only here.
                .thenComparing(f -> String.join("\u0000", f.arguments()))
                .thenComparing(f -> String.join("\u0000", f.pointers())));
        Set<String> failed = new HashSet<>();
        for (Finding finding : findings) {
            failed.add(finding.ruleId());
        }
        List<String> passed = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (RuleDescription rule : rules) {
            if (!profile.settings(rule.id()).enabled()) {
                continue;
            }
            if (!applicable.contains(rule.id())) {
                notApplicable.add(rule.id());
                if (stage == CheckMode.DRAFT && rule.finalOnly()) {
                    pending.add(rule.id());
                }
            } else if (!failed.contains(rule.id())) {
                passed.add(rule.id());
            }
        }
        return new AuditResult(recordId, profile.grading().grade(findings), findings, passed, notApplicable,
                ruleSetVersion, profile.id(), profile.version(), stage, pending);
    }
}
