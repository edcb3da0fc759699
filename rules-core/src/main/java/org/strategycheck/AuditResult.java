package org.strategycheck;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one record.
 *
 * <p>Every rule of the rule set is in exactly one of three places: it found at least one gap
 * (its findings are in {@link #findings()}), it applied and {@link #passed()}, or it did not
 * apply to this record ({@link #notApplicable()}). Rules the profile switches off are in none.
 *
 * @param recordId       the record's id
 * @param grade          the overall grade
 * @param findings       the gaps found, in catalogue order, then in record order
 * @param passed         ids of the rules that applied and found no gap, in catalogue order
 * @param notApplicable  ids of the rules that did not apply, in catalogue order
 * @param ruleSetVersion the version of the rule set that produced the result
 * @param profileId      the id of the profile applied
 * @param profileVersion the version of the profile applied
 */
public record AuditResult(
        String recordId,
        Grade grade,
        List<Finding> findings,
        List<String> passed,
        List<String> notApplicable,
        String ruleSetVersion,
        String profileId,
        String profileVersion) {

    /** Checks and copies the components. */
    public AuditResult {
        Objects.requireNonNull(grade, "grade");
        findings = List.copyOf(findings);
        passed = List.copyOf(passed);
        notApplicable = List.copyOf(notApplicable);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(profileVersion, "profileVersion");
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity wanted
     * @return those findings, in result order
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The ids of the rules that found at least one gap, in result order, without repeats.
     *
     * @return the failed rule ids
     */
    public List<String> failed() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }
}
