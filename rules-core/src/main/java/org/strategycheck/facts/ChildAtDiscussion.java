package org.strategycheck.facts;

import java.time.LocalDate;
import java.time.Period;
import org.strategycheck.model.Child;
import org.strategycheck.model.Education;

/**
 * A child as the rules see it: the record's child with its age and band at the discussion.
 *
 * @param index             position in {@code children}, for JSON pointers
 * @param ageInYears        whole years at the discussion; {@code null} when unborn or unknown
 * @param band              the child's band at the discussion
 * @param education         as recorded; {@code null} = not recorded
 * @param lookedAfter       as recorded
 * @param hospitalInpatient as recorded
 */
public record ChildAtDiscussion(
        int index,
        Integer ageInYears,
        AgeBand band,
        Education education,
        Boolean lookedAfter,
        Boolean hospitalInpatient) {

    /**
     * Derives a child's facts.
     *
     * @param index          position in {@code children}
     * @param child          the child
     * @param discussionDate the London date of the discussion, or {@code null} when unknown
     * @param preBirthConcern the concern's categories include PRE_BIRTH
     * @return the child's facts
     */
    public static ChildAtDiscussion of(int index, Child child, LocalDate discussionDate, boolean preBirthConcern) {
        Integer age = null;
        AgeBand band;
        if (child.dateOfBirth() == null) {
            band = child.expectedDueDate() != null || preBirthConcern ? AgeBand.PRE_BIRTH : AgeBand.UNKNOWN;
        } else if (discussionDate == null) {
            band = child.education() == Education.SCHOOL ? AgeBand.SCHOOL_AGE : AgeBand.UNKNOWN;
        } else if (child.dateOfBirth().isAfter(discussionDate)) {
            // Born after the discussion: the record contradicts itself; the child was unborn then.
            band = AgeBand.PRE_BIRTH;
        } else {
            age = Period.between(child.dateOfBirth(), discussionDate).getYears();
            band = band(age, child.education());
        }
        return new ChildAtDiscussion(index, age, band, child.education(), child.lookedAfter(), child.hospitalInpatient());
    }

    private static AgeBand band(int age, Education education) {
        if (education == Education.SCHOOL) {
            return AgeBand.SCHOOL_AGE;
        }
        if (age < 5) {
            return AgeBand.PRE_SCHOOL;
        }
        if (age <= 15) {
            return education == null ? AgeBand.SCHOOL_AGE : AgeBand.SCHOOL_AGE_NOT_AT_SCHOOL;
        }
        return AgeBand.OLDER;
    }

    /**
     * Whether the child is born (at the discussion).
     *
     * @return {@code false} only for a pre-birth child
     */
    public boolean born() {
        return band != AgeBand.PRE_BIRTH;
    }
}
