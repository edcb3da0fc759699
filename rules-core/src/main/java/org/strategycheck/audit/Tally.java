package org.strategycheck.audit;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;

/**
 * The counts of one slice of an audit's graded records (all of them, one month's, one
 * team's): how many, by grade, and per rule and per area of practice how many it applied to
 * and how many met it. Immutable.
 *
 * <p>Beside the rules it counts what the records show of practice ({@link #practice()}): the
 * measures published audits report, whichever catalogue judged the records.
 *
 * <p>A rule <em>applies</em> to a record when it passed or failed there, and is <em>met</em>
 * when it passed; a rule that did not apply, or that a profile switched off, counts in
 * neither. An area applies when any of its rules does, and is met when every rule of it that
 * applies is met.
 */
public final class Tally {

    private final RuleIndex index;
    private final long graded;
    private final long[] grades;
    private final long[] ruleApplicable;
    private final long[] ruleMet;
    private final long[] areaApplicable;
    private final long[] areaMet;
    private final PracticeCounts practice;

    private Tally(RuleIndex index, long graded, long[] grades, long[] ruleApplicable, long[] ruleMet,
            long[] areaApplicable, long[] areaMet, long[] practice) {
        this.index = index;
        this.graded = graded;
        this.grades = grades;
        this.ruleApplicable = ruleApplicable;
        this.ruleMet = ruleMet;
        this.areaApplicable = areaApplicable;
        this.areaMet = areaMet;
        this.practice = new PracticeCounts(practice);
    }

    static Tally empty(RuleIndex index) {
        return new Mutable(index).snapshot();
    }

    /**
     * How many graded records this slice holds.
     *
     * @return the count
     */
    public long graded() {
        return graded;
    }

    /**
     * How many of them got a grade.
     *
     * @param grade the grade
     * @return the count
     */
    public long count(Grade grade) {
        return grades[grade.ordinal()];
    }

    /**
     * The records of a grade, of all graded: "2 of 6 Inadequate".
     *
     * @param grade the grade
     * @return that grade's count of the graded records
     */
    public Proportion grade(Grade grade) {
        return new Proportion(count(grade), graded);
    }

    /**
     * Every grade's count, in {@link Grade} order.
     *
     * @return grade to count
     */
    public Map<Grade, Long> grades() {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, grades[grade.ordinal()]);
        }
        return counts;
    }

    /**
     * The records a rule applied to, and of those the ones that met it.
     *
     * @param ruleId a rule of these figures
     * @return met of applicable
     * @throws IllegalArgumentException when the figures do not count that rule
     */
    public Proportion rule(String ruleId) {
        int i = index.rule(ruleId);
        if (i < 0) {
            throw new IllegalArgumentException("these figures count no rule " + ruleId);
        }
        return new Proportion(ruleMet[i], ruleApplicable[i]);
    }

    /**
     * The records an area of practice applied to, and of those the ones that met every rule of
     * it that applied.
     *
     * @param area an area, e.g. {@code attendance}
     * @return met of applicable
     * @throws IllegalArgumentException when no rule of these figures is in that area
     */
    public Proportion area(String area) {
        int a = index.area(area);
        if (a < 0) {
            throw new IllegalArgumentException("these figures count no area " + area);
        }
        return new Proportion(areaMet[a], areaApplicable[a]);
    }

    /**
     * The counts behind the measures audits publish (attendance by agency, timeliness, minutes,
     * the section 47 decision), from what the records show rather than from rule outcomes.
     *
     * @return the practice counts
     */
    public PracticeCounts practice() {
        return practice;
    }

    /**
     * This slice and another of the same figures added up, e.g. three months into a quarter.
     *
     * @param other another slice counted for the same rules
     * @return the sum
     * @throws IllegalArgumentException when the other was counted for other rules
     */
    public Tally plus(Tally other) {
        if (!index.equals(other.index)) {
            throw new IllegalArgumentException("tallies of different rules cannot be added up");
        }
        return new Tally(index, Math.addExact(graded, other.graded), sum(grades, other.grades),
                sum(ruleApplicable, other.ruleApplicable), sum(ruleMet, other.ruleMet),
                sum(areaApplicable, other.areaApplicable), sum(areaMet, other.areaMet),
                sum(practice.counts(), other.practice.counts()));
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = Math.addExact(a[i], b[i]);
        }
        return sum;
    }

    /**
     * The rules counted, in catalogue order.
     *
     * @return the rules
     */
    public List<RuleDescription> rules() {
        return index.rules();
    }

    /** The counts as one array, for the serialised form of figures. */
    long[] flat() {
        long[] flat = new long[1 + grades.length + ruleApplicable.length * 2 + areaApplicable.length * 2
                + PracticeCounts.SIZE];
        flat[0] = graded;
        int at = 1;
        for (long[] part : List.of(grades, ruleApplicable, ruleMet, areaApplicable, areaMet, practice.counts())) {
            System.arraycopy(part, 0, flat, at, part.length);
            at += part.length;
        }
        return flat;
    }

    /** The tally of {@link #flat()}'s array. */
    static Tally fromFlat(RuleIndex index, long[] flat) {
        int rules = index.size();
        int areas = index.areas().size();
        int grades = Grade.values().length;
        if (flat.length != 1 + grades + 2 * rules + 2 * areas + PracticeCounts.SIZE) {
            throw new IllegalArgumentException("the counts do not fit the rules");
        }
        int at = 1;
        long[][] parts = new long[6][];
        int[] sizes = {grades, rules, rules, areas, areas, PracticeCounts.SIZE};
        for (int p = 0; p < parts.length; p++) {
            parts[p] = Arrays.copyOfRange(flat, at, at + sizes[p]);
            at += sizes[p];
        }
        return new Tally(index, flat[0], parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tally tally && graded == tally.graded && index.equals(tally.index)
                && Arrays.equals(grades, tally.grades) && Arrays.equals(ruleApplicable, tally.ruleApplicable)
                && Arrays.equals(ruleMet, tally.ruleMet) && Arrays.equals(areaApplicable, tally.areaApplicable)
                && Arrays.equals(areaMet, tally.areaMet) && practice.equals(tally.practice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(graded, Arrays.hashCode(grades), Arrays.hashCode(ruleApplicable), Arrays.hashCode(ruleMet));
    }

    @Override
    public String toString() {
        return "Tally[graded=" + graded + ", grades=" + grades() + "]";
    }

    /** The counters of a slice while records stream past; not thread-safe. */
    static final class Mutable {
        private final RuleIndex index;
        private long graded;
        private final long[] grades = new long[Grade.values().length];
        private final long[] ruleApplicable;
        private final long[] ruleMet;
        private final long[] areaApplicable;
        private final long[] areaMet;
        private final long[] practice = new long[PracticeCounts.SIZE];

        Mutable(RuleIndex index) {
            this.index = index;
            ruleApplicable = new long[index.size()];
            ruleMet = new long[index.size()];
            areaApplicable = new long[index.areas().size()];
            areaMet = new long[index.areas().size()];
        }

        /**
         * Counts one graded record, given which rules applied and which of them failed, and the
         * practice counters it adds to ({@link PracticeCounts#indices}).
         */
        void add(Grade grade, boolean[] applicable, boolean[] failed, boolean[] areaApplies, boolean[] areaFailed,
                int[] practiceCounters) {
            graded++;
            for (int counter : practiceCounters) {
                practice[counter]++;
            }
            grades[grade.ordinal()]++;
            for (int i = 0; i < applicable.length; i++) {
                if (applicable[i]) {
                    ruleApplicable[i]++;
                    if (!failed[i]) {
                        ruleMet[i]++;
                    }
                }
            }
            for (int a = 0; a < areaApplies.length; a++) {
                if (areaApplies[a]) {
                    areaApplicable[a]++;
                    if (!areaFailed[a]) {
                        areaMet[a]++;
                    }
                }
            }
        }

        /** Adds a snapshot's counts. */
        void add(Tally tally) {
            add(tally.graded, tally.grades, tally.ruleApplicable, tally.ruleMet, tally.areaApplicable, tally.areaMet,
                    tally.practice.counts());
        }

        /** Adds another slice's counts, e.g. a team that leaves the kept names for the others' row. */
        void add(Mutable other) {
            add(other.graded, other.grades, other.ruleApplicable, other.ruleMet, other.areaApplicable, other.areaMet,
                    other.practice);
        }

        private void add(long moreGraded, long[] moreGrades, long[] moreApplicable, long[] moreMet,
                long[] moreAreaApplicable, long[] moreAreaMet, long[] morePractice) {
            graded = Math.addExact(graded, moreGraded);
            addInto(grades, moreGrades);
            addInto(ruleApplicable, moreApplicable);
            addInto(ruleMet, moreMet);
            addInto(areaApplicable, moreAreaApplicable);
            addInto(areaMet, moreAreaMet);
            addInto(practice, morePractice);
        }

        private static void addInto(long[] into, long[] more) {
            for (int i = 0; i < into.length; i++) {
                into[i] = Math.addExact(into[i], more[i]);
            }
        }

        long graded() {
            return graded;
        }

        Tally snapshot() {
            return new Tally(index, graded, grades.clone(), ruleApplicable.clone(), ruleMet.clone(),
                    areaApplicable.clone(), areaMet.clone(), practice.clone());
        }
    }
}
