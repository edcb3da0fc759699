package org.strategycheck.examples.cli;

import java.util.EnumMap;
import java.util.Map;
import org.strategycheck.Grade;

/** Counts outcomes for the closing line and the exit code. */
final class Tally {

    private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
    private long graded;
    private long rejected;

    /** The tally of a whole audit, from its report figures. */
    static Tally of(AuditFigures figures) {
        Tally tally = new Tally();
        for (Grade grade : Grade.values()) {
            tally.grades.put(grade, figures.all().grades[grade.ordinal()]);
        }
        tally.graded = figures.graded();
        tally.rejected = figures.rejected();
        return tally;
    }

    void add(Outcome outcome) {
        if (outcome.graded()) {
            grades.merge(outcome.result().grade(), 1L, Long::sum);
            graded++;
        } else {
            rejected++;
        }
    }

    long records() {
        return graded + rejected;
    }

    int exitCode() {
        return rejected == 0 ? StrategyCheckCli.OK : StrategyCheckCli.RECORDS_REJECTED;
    }

    /**
     * E.g. {@code 5 records read: 4 graded (2 GOOD, 1 REQUIRES_IMPROVEMENT, 1 INADEQUATE), 1 rejected}.
     * Every grade is listed, zeros included, so the numbers visibly add up.
     */
    String line() {
        StringBuilder text = new StringBuilder()
                .append(records()).append(" records read: ")
                .append(graded).append(" graded (");
        for (Grade grade : Grade.values()) {
            if (grade.ordinal() > 0) {
                text.append(", ");
            }
            text.append(grades.getOrDefault(grade, 0L)).append(' ').append(grade.name());
        }
        return text.append("), ").append(rejected).append(" rejected").toString();
    }
}
