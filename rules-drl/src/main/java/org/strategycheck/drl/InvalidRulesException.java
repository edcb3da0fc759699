package org.strategycheck.drl;

import java.util.List;

/**
 * Host rules could not be loaded: they do not compile, or break the conventions every rule
 * follows. The message lists each problem with its file and line.
 */
public final class InvalidRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param source   the file or resource
     * @param problems at least one problem
     */
    public InvalidRulesException(String source, List<Problem> problems) {
        super(describe(source, problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        StringBuilder text = new StringBuilder("host rules ").append(source).append(" rejected:");
        for (Problem problem : problems) {
            text.append("\n  ").append(source);
            if (problem.line() > 0) {
                text.append(" line ").append(problem.line());
            }
            text.append(": ").append(problem.text());
        }
        return text.toString();
    }

    /**
     * One problem.
     *
     * @param line the 1-based DRL line, or 0 when it concerns the whole file
     * @param text what is wrong
     */
    public record Problem(int line, String text) {
    }
}
