package org.strategycheck.examples.cli;

import java.util.EnumMap;
import java.util.Map;
import org.strategycheck.Grade;

/** Counts outcomes for the closing line and the exit code. */
final class Tally {

    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    private int graded;
    private int rejected;

    void add(Outcome outcome) {
        if (outcome.graded()) {
            grades.merge(outcome.result().grade(), 1, Integer::sum);
            graded++;
        } else {
            rejected++;
        }
    }

    int records() {
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
            text.append(grades.getOrDefault(grade, 0)).append(' ').append(grade.name());
        }
        return text.append("), ").append(rejected).append(" rejected").toString();
    }
}
