package org.strategycheck.examples.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;

/**
 * The numbers of the audit report, kept as counters while records stream past: per rule,
 * per area, per month of {@code heldAt}, per partnership and per team. Memory grows with the
 * number of months and groups, never with the number of records; the two lists a reader
 * wants to see record by record (Inadequate and rejected records) keep only their first
 * entries and count the rest.
 *
 * <p>A rule is <em>applicable</em> to a record when it passed or failed there, and
 * <em>met</em> when it passed; rules that did not apply, or that a profile switched off, are
 * in neither. An area is applicable when any of its rules is, and met when every applicable
 * rule of it is.
 *
 * <p>Not thread-safe: one thread adds, in input order, so the lists keep input order.
 */
final class AuditFigures {

    /** The checks the published audits count, in the order the report shows them. */
    static final List<String> CORE_CHECKS = List.of("ATT-HEALTH-INVITED", "ATT-SCHOOL-NURSE", "ATT-SCHOOL",
            "DEC-S47-RECORDED", "ACT-OWNER-NAMED", "ACT-DUE-DATE", "INF-IDENTITY");

    /** Inadequate records listed by id in the report; the rest are counted. */
    static final int LISTED_INADEQUATE = 500;
    /** Rejected records listed in the report; the rest are counted. */
    static final int LISTED_REJECTED = 200;
    /** Distinct partnerships or teams kept apart; later ones are added up as one row. */
    static final int MAX_GROUPS = 500;
    /** The group of records that do not say. */
    static final String NOT_RECORDED = "(not recorded)";
    /** The group past {@link #MAX_GROUPS}. */
    static final String OTHERS = "(all others)";

    private final List<RuleDescription> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String> areas = new ArrayList<>();
    private final int[] areaOfRule;
    private final int[] coreIndex;

    private long rejected;
    private final Counts all;
    private final Counts undated;
    private final TreeMap<YearMonth, Counts> byMonth = new TreeMap<>();
    private final Map<String, Group> partnerships = new TreeMap<>();
    private final Map<String, Group> teams = new TreeMap<>();
    private final Map<String, Long> profiles = new TreeMap<>();
    private final List<Digest> inadequate = new ArrayList<>();
    private final List<Digest> rejectedRecords = new ArrayList<>();

    AuditFigures(List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> areaIndex = new LinkedHashMap<>();
        areaOfRule = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            RuleDescription rule = rules.get(i);
            ruleIndex.put(rule.id(), i);
            areaOfRule[i] = areaIndex.computeIfAbsent(rule.area(), a -> areaIndex.size());
        }
        areas.addAll(areaIndex.keySet());
        coreIndex = CORE_CHECKS.stream().mapToInt(id -> ruleIndex.getOrDefault(id, -1)).toArray();
        all = new Counts(rules.size(), areas.size());
        undated = new Counts(rules.size(), areas.size());
    }

    /** Counts one record; records must come in input order. */
    void add(Digest digest) {
        if (!digest.graded()) {
            rejected++;
            if (rejectedRecords.size() < LISTED_REJECTED) {
                rejectedRecords.add(digest);
            }
            return;
        }
        YearMonth month = digest.context() == null ? null : digest.context().month();
        Counts period = month == null ? undated
                : byMonth.computeIfAbsent(month, m -> new Counts(rules.size(), areas.size()));
        boolean[] areaApplicable = new boolean[areas.size()];
        boolean[] areaFailed = new boolean[areas.size()];
        boolean[] ruleFailed = new boolean[rules.size()];
        boolean[] ruleApplicable = new boolean[rules.size()];
        for (String id : digest.passed()) {
            Integer i = ruleIndex.get(id);
            if (i != null) {
                ruleApplicable[i] = true;
                areaApplicable[areaOfRule[i]] = true;
            }
        }
        for (String id : digest.failed()) {
            Integer i = ruleIndex.get(id);
            if (i != null) {
                ruleApplicable[i] = true;
                ruleFailed[i] = true;
                areaApplicable[areaOfRule[i]] = true;
                areaFailed[areaOfRule[i]] = true;
            }
        }
        for (Counts counts : new Counts[] {all, period}) {
            counts.add(digest.grade(), ruleApplicable, ruleFailed, areaApplicable, areaFailed);
        }
        String partnership = digest.context() == null ? null : digest.context().partnership();
        String team = digest.context() == null ? null : digest.context().team();
        group(partnerships, partnership).add(digest.grade(), coreIndex, ruleApplicable, ruleFailed);
        group(teams, team).add(digest.grade(), coreIndex, ruleApplicable, ruleFailed);
        if (digest.profile() != null) {
            profiles.merge(digest.profile(), 1L, Long::sum);
        }
        if (digest.grade() == Grade.INADEQUATE && inadequate.size() < LISTED_INADEQUATE) {
            inadequate.add(digest);
        }
    }

    private static Group group(Map<String, Group> groups, String name) {
        String key = name == null || name.isBlank() ? NOT_RECORDED : name;
        Group group = groups.get(key);
        if (group == null) {
            // A hostile or garbled file could hold a million distinct team names: past a
            // bound they share one row, so memory stays flat.
            key = groups.size() >= MAX_GROUPS ? OTHERS : key;
            group = groups.computeIfAbsent(key, k -> new Group());
        }
        return group;
    }

    List<RuleDescription> rules() {
        return rules;
    }

    List<String> areas() {
        return areas;
    }

    int areaOf(int rule) {
        return areaOfRule[rule];
    }

    /** The index of a rule in {@link #rules()}, or -1. */
    int ruleIndex(String id) {
        return ruleIndex.getOrDefault(id, -1);
    }

    long read() {
        return all.graded + rejected;
    }

    long graded() {
        return all.graded;
    }

    long rejected() {
        return rejected;
    }

    Counts all() {
        return all;
    }

    /** Graded records with no {@code heldAt} (drafts not yet held): in totals, in no trend. */
    Counts undated() {
        return undated;
    }

    TreeMap<YearMonth, Counts> byMonth() {
        return byMonth;
    }

    Map<String, Group> partnerships() {
        return partnerships;
    }

    Map<String, Group> teams() {
        return teams;
    }

    Map<String, Long> profiles() {
        return profiles;
    }

    /** The first {@link #LISTED_INADEQUATE} Inadequate records, in input order. */
    List<Digest> inadequate() {
        return inadequate;
    }

    /** The first {@link #LISTED_REJECTED} rejected records, in input order. */
    List<Digest> rejectedRecords() {
        return rejectedRecords;
    }

    /** Counters of one slice of the records: all of them, or one period's. */
    static final class Counts {
        long graded;
        final long[] grades = new long[Grade.values().length];
        final long[] ruleApplicable;
        final long[] ruleMet;
        final long[] areaApplicable;
        final long[] areaMet;

        Counts(int rules, int areas) {
            ruleApplicable = new long[rules];
            ruleMet = new long[rules];
            areaApplicable = new long[areas];
            areaMet = new long[areas];
        }

        private void add(Grade grade, boolean[] applicable, boolean[] failed, boolean[] areaApplicable,
                boolean[] areaFailed) {
            graded++;
            grades[grade.ordinal()]++;
            for (int i = 0; i < applicable.length; i++) {
                if (applicable[i]) {
                    ruleApplicable[i]++;
                    if (!failed[i]) {
                        ruleMet[i]++;
                    }
                }
            }
            for (int a = 0; a < areaApplicable.length; a++) {
                if (areaApplicable[a]) {
                    this.areaApplicable[a]++;
                    if (!areaFailed[a]) {
                        areaMet[a]++;
                    }
                }
            }
        }

        /** Adds another slice's counters to this one's, for rolling months up into quarters. */
        void addAll(Counts other) {
            graded += other.graded;
            for (int i = 0; i < grades.length; i++) {
                grades[i] += other.grades[i];
            }
            for (int i = 0; i < ruleApplicable.length; i++) {
                ruleApplicable[i] += other.ruleApplicable[i];
                ruleMet[i] += other.ruleMet[i];
            }
            for (int a = 0; a < areaApplicable.length; a++) {
                areaApplicable[a] += other.areaApplicable[a];
                areaMet[a] += other.areaMet[a];
            }
        }
    }

    /** Counters of one partnership or team: grades, and the core checks applicable and met. */
    static final class Group {
        long graded;
        final long[] grades = new long[Grade.values().length];
        final long[] coreApplicable = new long[CORE_CHECKS.size()];
        final long[] coreMet = new long[CORE_CHECKS.size()];

        private void add(Grade grade, int[] coreIndex, boolean[] applicable, boolean[] failed) {
            graded++;
            grades[grade.ordinal()]++;
            for (int c = 0; c < coreIndex.length; c++) {
                int i = coreIndex[c];
                if (i >= 0 && applicable[i]) {
                    coreApplicable[c]++;
                    if (!failed[i]) {
                        coreMet[c]++;
                    }
                }
            }
        }
    }
}
