package org.strategycheck.audit;

import java.util.List;
import java.util.Objects;

/**
 * An auditors' sheet that cannot be read as {@link Agreement} defines it: a column missing or
 * twice, a record id the audit does not hold at the row's position, a record named twice, a grade
 * not on the scale, a check neither {@code met} nor {@code not met}. Each problem names the row
 * (as a spreadsheet numbers it, the header being row 1) and the column, never the cell's content:
 * a sheet can hold auditors' notes about children.
 */
public final class SheetException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Problems named in the message; all are in {@link #problems()}. */
    private static final int IN_MESSAGE = 10;

    /** The problems, at most {@link Agreement#MAX_PROBLEMS}. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     */
    public SheetException(List<Problem> problems) {
        super(message(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a sheet exception names at least one problem");
        }
        StringBuilder message = new StringBuilder("the sheet has ").append(problems.size())
                .append(problems.size() == 1 ? " problem: " : " problems: ");
        for (int i = 0; i < Math.min(IN_MESSAGE, problems.size()); i++) {
            message.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > IN_MESSAGE) {
            message.append("; and ").append(problems.size() - IN_MESSAGE).append(" more");
        }
        return message.toString();
    }

    /**
     * What is wrong with the sheet, in row order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem of a sheet.
     *
     * @param row    the row, from 1 for the header
     * @param column the column's heading, or empty when the problem is the row's
     * @param reason what is wrong, in words that never quote the cell
     */
    public record Problem(long row, String column, String reason) implements java.io.Serializable {

        /** Checks the components. */
        public Problem {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * E.g. {@code row 4, column auditorGrade: not a grade on the scale}.
         *
         * @return the problem in words
         */
        @Override
        public String toString() {
            return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
        }
    }
}
