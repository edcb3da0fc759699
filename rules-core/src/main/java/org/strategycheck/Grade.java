package org.strategycheck;

/**
 * The overall grade of a record, on the scale published audits use. Declared from best to
 * worst.
 */
public enum Grade {
    /** No CRITICAL or MAJOR finding. */
    GOOD,
    /** At least one MAJOR finding and no CRITICAL one. */
    REQUIRES_IMPROVEMENT,
    /** At least one CRITICAL finding. */
    INADEQUATE;

    /**
     * The default grade mapping of the rule catalogue: INADEQUATE if any CRITICAL finding,
     * else REQUIRES_IMPROVEMENT if any MAJOR, else GOOD. MINOR and ADVISORY findings never
     * change the grade.
     *
     * @param findings the findings of one record
     * @return the grade those findings earn
     */
    public static Grade of(Iterable<Finding> findings) {
        Grade grade = GOOD;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.CRITICAL) {
                return INADEQUATE;
            }
            if (finding.severity() == Severity.MAJOR) {
                grade = REQUIRES_IMPROVEMENT;
            }
        }
        return grade;
    }
}
