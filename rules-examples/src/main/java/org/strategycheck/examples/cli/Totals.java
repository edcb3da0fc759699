package org.strategycheck.examples.cli;

import org.strategycheck.Grade;
import org.strategycheck.audit.AuditFigures;

/** The closing line of {@code check} and {@code audit}, and their exit code. */
final class Totals {

    private final AuditFigures figures;

    private Totals(AuditFigures figures) {
        this.figures = figures;
    }

    static Totals of(AuditFigures figures) {
        return new Totals(figures);
    }

    long records() {
        return figures.read();
    }

    int exitCode() {
        return figures.rejected() == 0 ? StrategyCheckCli.OK : StrategyCheckCli.RECORDS_REJECTED;
    }

    /**
     * E.g. {@code 5 records read: 4 graded (2 GOOD, 1 REQUIRES_IMPROVEMENT, 1 INADEQUATE), 1 rejected; 2 blank lines skipped}.
     * Every grade is listed, zeros included, so the numbers visibly add up; records read and
     * blank lines account for every line of JSON Lines input.
     */
    String line() {
        StringBuilder text = new StringBuilder()
                .append(figures.read()).append(" records read: ")
                .append(figures.graded()).append(" graded (");
        for (Grade grade : Grade.values()) {
            if (grade.ordinal() > 0) {
                text.append(", ");
            }
            text.append(figures.graded(grade)).append(' ').append(grade.name());
        }
        text.append("), ").append(figures.rejected()).append(" rejected");
        if (figures.blankLines() > 0) {
            text.append("; ").append(figures.blankLines())
                    .append(figures.blankLines() == 1 ? " blank line skipped" : " blank lines skipped");
        }
        return text.toString();
    }
}
