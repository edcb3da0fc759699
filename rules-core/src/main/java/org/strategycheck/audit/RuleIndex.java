package org.strategycheck.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.RuleDescription;

/**
 * The rules figures are counted for, each with its position in the counters, its area's
 * position, and the areas in catalogue order. Shared by every slice of one set of figures.
 */
final class RuleIndex {

    private final List<RuleDescription> rules;
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<String> areas;
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final int[] areaOfRule;
    private final List<RuleDescription> core;

    RuleIndex(List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> areaOrder = new LinkedHashMap<>();
        areaOfRule = new int[this.rules.size()];
        List<RuleDescription> coreRules = new ArrayList<>();
        for (int i = 0; i < this.rules.size(); i++) {
            RuleDescription rule = this.rules.get(i);
            if (byId.put(rule.id(), i) != null) {
                throw new IllegalArgumentException("rule " + rule.id() + " is listed twice");
            }
            areaOfRule[i] = areaOrder.computeIfAbsent(rule.area(), a -> areaOrder.size());
            if (rule.core()) {
                coreRules.add(rule);
            }
        }
        this.areas = List.copyOf(areaOrder.keySet());
        areaIndex.putAll(areaOrder);
        this.core = List.copyOf(coreRules);
    }

    List<RuleDescription> rules() {
        return rules;
    }

    List<RuleDescription> core() {
        return core;
    }

    List<String> areas() {
        return areas;
    }

    int size() {
        return rules.size();
    }

    /** The rule's position, or -1 for a rule these figures do not count. */
    int rule(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    /** The area's position, or -1. */
    int area(String area) {
        Integer a = areaIndex.get(area);
        return a == null ? -1 : a;
    }

    int areaOf(int rule) {
        return areaOfRule[rule];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleIndex index && index.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }
}
