package org.strategycheck.profile;

import java.util.Map;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Severity;

/**
 * How findings make a grade: a record is INADEQUATE when, for some severity, it has at least
 * the number of findings {@link #inadequate()} names; else REQUIRES_IMPROVEMENT when it meets
 * one of {@link #requiresImprovement()}; else GOOD. ADVISORY findings never count.
 *
 * @param inadequate          at least this many findings of a severity make a record INADEQUATE
 * @param requiresImprovement at least this many findings of a severity make it REQUIRES_IMPROVEMENT
 */
public record GradeMapping(Map<Severity, Integer> inadequate, Map<Severity, Integer> requiresImprovement) {

    /** The catalogue's mapping: any CRITICAL is INADEQUATE, else any MAJOR is REQUIRES_IMPROVEMENT. */
    public static final GradeMapping CATALOGUE =
            new GradeMapping(Map.of(Severity.CRITICAL, 1), Map.of(Severity.MAJOR, 1));

    /** Checks and copies the thresholds. */
    public GradeMapping {
        inadequate = Map.copyOf(inadequate);
        requiresImprovement = Map.copyOf(requiresImprovement);
        for (Map<Severity, Integer> thresholds : java.util.List.of(inadequate, requiresImprovement)) {
            if (thresholds.containsKey(Severity.ADVISORY)) {
                throw new IllegalArgumentException("ADVISORY findings never change the grade");
            }
            if (thresholds.values().stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("a grade threshold is at least 1");
            }
        }
    }

    /**
     * The grade a record's findings earn.
     *
     * @param findings the findings
     * @return the grade
     */
    public Grade grade(Iterable<Finding> findings) {
        int[] counts = new int[Severity.values().length];
        for (Finding finding : findings) {
            counts[finding.severity().ordinal()]++;
        }
        if (meets(inadequate, counts)) {
            return Grade.INADEQUATE;
        }
        return meets(requiresImprovement, counts) ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD;
    }

    private static boolean meets(Map<Severity, Integer> thresholds, int[] counts) {
        for (Map.Entry<Severity, Integer> threshold : thresholds.entrySet()) {
            if (counts[threshold.getKey().ordinal()] >= threshold.getValue()) {
                return true;
            }
        }
        return false;
    }
}
