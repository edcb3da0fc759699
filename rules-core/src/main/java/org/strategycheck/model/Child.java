package org.strategycheck.model;

import java.time.LocalDate;

/**
 * A child the discussion is about. The record holds no name: a child is known by its
 * {@code ref} within the record.
 *
 * @param ref               id within the record, e.g. {@code C1}
 * @param dateOfBirth       {@code null} for an unborn child
 * @param expectedDueDate   for an unborn child
 * @param education         where the child is educated; {@code null} = not recorded
 * @param ethnicity         DfE ethnicity code (e.g. {@code WBRI}) or {@code null}
 * @param lookedAfter       the child is looked after
 * @param hospitalInpatient the child is in hospital
 * @param laChildId         the local authority's child identifier (format revision 1.1), to link
 *                          the discussion to the census; withheld from every output; {@code null}
 *                          when not recorded
 */
public record Child(
        String ref,
        LocalDate dateOfBirth,
        LocalDate expectedDueDate,
        Education education,
        String ethnicity,
        Boolean lookedAfter,
        Boolean hospitalInpatient,
        LaChildId laChildId) {

    /**
     * A child without a {@code laChildId}, as built before format revision 1.1 added it, so that
     * hosts building records in Java compile unchanged.
     *
     * @param ref               id within the record
     * @param dateOfBirth       {@code null} for an unborn child
     * @param expectedDueDate   for an unborn child
     * @param education         where the child is educated
     * @param ethnicity         DfE ethnicity code
     * @param lookedAfter       the child is looked after
     * @param hospitalInpatient the child is in hospital
     */
    public Child(String ref, LocalDate dateOfBirth, LocalDate expectedDueDate, Education education, String ethnicity,
            Boolean lookedAfter, Boolean hospitalInpatient) {
        this(ref, dateOfBirth, expectedDueDate, education, ethnicity, lookedAfter, hospitalInpatient, null);
    }

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Child[ref=" + Redacted.text(ref) + ", dateOfBirth=" + (dateOfBirth == null ? "null" : "<date>")
                + ", expectedDueDate=" + (expectedDueDate == null ? "null" : "<date>") + ", education=" + education + ", ethnicity=" + Redacted.text(ethnicity) + ", lookedAfter=" + lookedAfter + ", hospitalInpatient=" + hospitalInpatient
                + ", laChildId=" + laChildId + "]";
    }
}
