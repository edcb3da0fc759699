package org.strategycheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * What a rule set and a profile fix for every record, worked out once: each rule's position,
     * whether the profile switches it on, the severity it sets, and the order of findings.
     */
    public static final class Plan {
        private final List<RuleDescription> rules;
        private final Map<String, Integer> index;
        private final boolean[] enabled;
        private final Severity[] override;
        private final Profile profile;
        private final Comparator<Finding> findingOrder;

        /**
         * Works out the plan.
         *
         * @param rules   the rule set, in catalogue order
         * @param profile the profile in force: severities, switched-off rules, grading
         */
        public Plan(List<RuleDescription> rules, Profile profile) {
            this.rules = List.copyOf(rules);
            this.profile = profile;
            this.index = new HashMap<>();
            this.enabled = new boolean[rules.size()];
            this.override = new Severity[rules.size()];
            for (int i = 0; i < rules.size(); i++) {
                String id = rules.get(i).id();
                index.put(id, i);
                enabled[i] = profile.settings(id).enabled();
                override[i] = profile.settings(id).severity();
            }
            findingOrder = Comparator.<Finding>comparingInt(f -> index.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
                    .thenComparing(f -> f.pointers().isEmpty() ? "" : f.pointers().get(0), Pointers.ORDER)
                    .thenComparing(Finding::severity)
                    .thenComparing(Finding::messageKey)
                    // Findings at one pointer (e.g. one per agency missing from the minutes) differ only here.
                    .thenComparing(f -> String.join("\u0000", f.arguments()))
                    .thenComparing(f -> String.join("\u0000", f.pointers()));
        }

        /**
         * The profile the plan applies.
         *
         * @return the profile
         */
        public Profile profile() {
            return profile;
        }
    }

    private final Plan plan;
    private final boolean[] applicable;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Starts collecting.
     *
     * @param rules   the rule set, in catalogue order
     * @param profile the profile in force: severities, switched-off rules, grading
     */
    public Evaluation(List<RuleDescription> rules, Profile profile) {
        this(new Plan(rules, profile));
    }

    /**
     * Starts collecting under a plan worked out beforehand.
     *
     * @param plan the rule set and profile, worked out
     */
    public Evaluation(Plan plan) {
        this.plan = plan;
        this.applicable = new boolean[plan.rules.size()];
    }

    @Override
    public void applies(String ruleId) {
        Integer i = plan.index.get(ruleId);
        if (i != null) {
            applicable[i] = true;
        }
    }

    @Override
    public void gap(String ruleId, Severity severity, boolean variant, String messageKey, List<String> arguments,
            List<String> pointers) {
        Integer i = plan.index.get(ruleId);
        String source = "";
        Severity effective = severity;
        if (i != null) {
            applicable[i] = true;
            source = plan.rules.get(i).source();
            // A profile sets a rule's default severity; a variant (CRITICAL for an immediate action) keeps its own.
            if (plan.override[i] != null && !variant) {
                effective = plan.override[i];
            }
        }
        findings.add(new Finding(ruleId, effective, messageKey, arguments, pointers, source));
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
     * The result, naming no catalogue version.
     *
     * @param recordId       the record's id
     * @param ruleSetVersion the rule set's version
     * @param stage          the stage the record was judged at: DRAFT or FINAL
     * @return the assembled result
     */
    public AuditResult result(String recordId, String ruleSetVersion, CheckMode stage) {
        return result(recordId, ruleSetVersion, "", stage);
    }

    /**
     * The result.
     *
     * @param recordId         the record's id
     * @param ruleSetVersion   the rule set's version
     * @param catalogueVersion the version of the catalogue the rules implement
     * @param stage            the stage the record was judged at: DRAFT or FINAL
     * @return the assembled result
     */
    public AuditResult result(String recordId, String ruleSetVersion, String catalogueVersion, CheckMode stage) {
        findings.sort(plan.findingOrder);
        boolean[] failed = new boolean[applicable.length];
        for (Finding finding : findings) {
            Integer i = plan.index.get(finding.ruleId());
            if (i != null) {
                failed[i] = true;
            }
        }
        List<String> passed = new ArrayList<>(applicable.length);
        List<String> notApplicable = new ArrayList<>(applicable.length);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < applicable.length; i++) {
            if (!plan.enabled[i]) {
                continue;
            }
            RuleDescription rule = plan.rules.get(i);
            if (!applicable[i]) {
                notApplicable.add(rule.id());
                if (stage == CheckMode.DRAFT && rule.finalOnly()) {
                    pending.add(rule.id());
                }
            } else if (!failed[i]) {
                passed.add(rule.id());
            }
        }
        Profile profile = plan.profile;
        return new AuditResult(recordId, profile.grading().grade(findings), findings, passed, notApplicable,
                ruleSetVersion, profile.id(), profile.version(), stage, pending, catalogueVersion);
    }
}
