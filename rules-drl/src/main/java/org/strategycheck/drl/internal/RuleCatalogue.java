package org.strategycheck.drl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;

/**
 * The catalogue as the DRL rules describe themselves. Each catalogue rule is one DRL rule
 * named after its id, whose metadata ({@code @id @severity @applies @checks @source}) describes
 * it and whose conditions say where it applies; the rules that report its gaps carry {@code @id}
 * (and, for a severity variant, {@code @severity} and {@code @condition}), and state in their own
 * conditions the situation they report, which lies where the catalogue rule applies. The
 * catalogue's gap rules do not {@code extend} their catalogue rule: a rule that extends another
 * repeats its patterns and joins them to its own, a join per gap rule that cost about 15% of a
 * check; a host's rules may still extend. A
 * catalogue rule may carry a {@code @condition} too, where the catalogue qualifies its default
 * severity ("MAJOR for an open case, MINOR otherwise"), and {@code @stage("FINAL")} when it can only
 * hold after the meeting, and {@code @core("true")} when it is one of the checks audits publish.
 *
 * <p>Nothing here is a second table: ids, severities and sources are read from the rules.
 */
final class RuleCatalogue {

    /** The catalogue's areas in the order it lists them; a host's areas follow, by name. */
    static final List<String> AREAS =
            List.of("attendance", "decisions", "information", "actions", "timeliness", "records", "casetypes");

    private final List<RuleDescription> rules;
    private final Map<String, RuleBinding> bindings;

    private RuleCatalogue(List<RuleDescription> rules, Map<String, RuleBinding> bindings) {
        this.rules = List.copyOf(rules);
        this.bindings = Map.copyOf(bindings);
    }

    List<RuleDescription> rules() {
        return rules;
    }

    /** Bindings by DRL rule name. */
    Map<String, RuleBinding> bindings() {
        return bindings;
    }

    static RuleCatalogue read(KieBase kieBase) {
        List<Rule> all = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            all.addAll(kiePackage.getRules());
        }
        all.sort(Comparator.comparingInt((Rule r) -> areaOrder(area(r)))
                .thenComparing(RuleCatalogue::area)
                .thenComparingInt(r -> r instanceof RuleImpl impl ? impl.getLoadOrder() : 0)
                .thenComparing(Rule::getName));

        Map<String, Rule> catalogueRules = new LinkedHashMap<>();
        Map<String, RuleBinding> bindings = new HashMap<>();
        for (Rule rule : all) {
            String id = required(rule, "id");
            if (rule.getMetaData().containsKey("applies")) {
                if (!rule.getName().equals(id)) {
                    throw invalid(rule, "a catalogue rule is named after its @id");
                }
                catalogueRules.put(id, rule);
            }
        }
        Map<String, List<RuleDescription.SeverityVariant>> variants = new HashMap<>();
        for (Rule rule : all) {
            String id = required(rule, "id");
            Rule catalogueRule = catalogueRules.get(id);
            if (catalogueRule == null) {
                throw invalid(rule, "no catalogue rule (with @applies) has the id " + id);
            }
            boolean applicability = rule == catalogueRule;
            Severity severity = severity(applicability || !rule.getMetaData().containsKey("severity")
                    ? catalogueRule : rule);
            if (!applicability && rule.getMetaData().containsKey("severity")) {
                // Several gap rules may share one variant (a missing decision, a missing rationale): list it once.
                List<RuleDescription.SeverityVariant> known = variants.computeIfAbsent(id, k -> new ArrayList<>());
                RuleDescription.SeverityVariant variant = new RuleDescription.SeverityVariant(severity, required(rule, "condition"));
                if (!known.contains(variant)) {
                    known.add(variant);
                }
            }
            String messageKey = rule.getMetaData().containsKey("message") ? required(rule, "message") : id;
            boolean variant = !applicability && rule.getMetaData().containsKey("severity");
            if (bindings.put(rule.getName(), new RuleBinding(id, severity, messageKey, applicability, variant)) != null) {
                throw invalid(rule, "two DRL rules have this name");
            }
        }
        List<RuleDescription> descriptions = new ArrayList<>();
        for (Rule rule : catalogueRules.values()) {
            String id = rule.getName();
            String condition = rule.getMetaData().containsKey("condition") ? required(rule, "condition") : "";
            descriptions.add(new RuleDescription(id, area(rule), severity(rule), condition, variants.getOrDefault(id, List.of()),
                    required(rule, "applies"), required(rule, "checks"), required(rule, "source"), finalOnly(rule), core(rule)));
        }
        return new RuleCatalogue(descriptions, bindings);
    }

    /**
     * {@code @stage("FINAL")}: the rule can only hold after the meeting. Stated in the metadata
     * rather than inferred from the conditions, so that a draft's pending rules are known
     * without evaluating the record twice; a test checks that the tags match the conditions.
     */
    private static boolean finalOnly(Rule rule) {
        if (!rule.getMetaData().containsKey("stage")) {
            return false;
        }
        String stage = required(rule, "stage");
        if (!stage.equals("FINAL")) {
            throw invalid(rule, "unknown @stage " + stage + "; the only stage is FINAL");
        }
        return true;
    }

    /**
     * {@code @core("true")}: one of the checks published audits report. Only a catalogue rule
     * (the one with {@code @applies}) carries it, so that reports take the list from the rules.
     */
    private static boolean core(Rule rule) {
        if (!rule.getMetaData().containsKey("core")) {
            return false;
        }
        String core = required(rule, "core");
        if (!core.equals("true")) {
            throw invalid(rule, "@core is written @core(\"true\"), not " + core);
        }
        return true;
    }

    private static String area(Rule rule) {
        String pkg = rule.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static int areaOrder(String area) {
        int index = AREAS.indexOf(area);
        return index < 0 ? AREAS.size() : index;
    }

    private static Severity severity(Rule rule) {
        String value = required(rule, "severity");
        try {
            return Severity.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid(rule, "unknown @severity " + value);
        }
    }

    private static String required(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(rule, "missing @" + key);
        }
        return text;
    }

    private static IllegalStateException invalid(Rule rule, String why) {
        return new IllegalStateException("rule '" + rule.getName() + "' in " + rule.getPackageName() + ": " + why);
    }
}
