package org.strategycheck.facts;

import java.time.LocalDate;
import org.strategycheck.model.Education;

/**
 * A child as the rules see it: the record's child with its age and band at the discussion.
 * One fact per child.
 *
 * @param index             position in {@code children}, for JSON pointers
 * @param ageInYears        whole years at the discussion; {@code null} when unborn or unknown
 * @param band              the child's band at the discussion
 * @param dateOfBirth       as recorded; {@code null} = not recorded
 * @param education         as recorded; {@code null} = not recorded
 * @param lookedAfter       as recorded
 * @param hospitalInpatient as recorded
 */
public record ChildAtDiscussion(
        int index,
        Integer ageInYears,
        AgeBand band,
        LocalDate dateOfBirth,
        Education education,
        Boolean lookedAfter,
        Boolean hospitalInpatient) {

    /**
     * Whether the child is born (at the discussion).
     *
     * @return {@code false} only for a pre-birth child
     */
    public boolean born() {
        return band != AgeBand.PRE_BIRTH;
    }

    /**
     * A pointer to a field of the child, for a finding.
     *
     * @param field the field, e.g. {@code dateOfBirth}
     * @return e.g. {@code /children/0/dateOfBirth}
     */
    public String pointer(String field) {
        return "/children/" + index + "/" + field;
    }

    /**
     * Shows the band and age, never the date of birth: facts end up in the engine's logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "ChildAtDiscussion[index=" + index + ", ageInYears=" + ageInYears + ", band=" + band + ", education="
                + education + ", lookedAfter=" + lookedAfter + ", hospitalInpatient=" + hospitalInpatient + "]";
    }

    /**
     * The child's number as people count: for a message ("child 1").
     *
     * @return the position from 1
     */
    public int number() {
        return index + 1;
    }
}
