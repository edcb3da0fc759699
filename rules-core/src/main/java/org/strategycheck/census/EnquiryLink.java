package org.strategycheck.census;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A census enquiry and the discussion record behind it, if one was found. The census side is
 * named by position ({@link CensusEnquiry#child()}, {@link CensusEnquiry#enquiry()}), the record
 * side by id and position.
 *
 * @param checked          the enquiry, timed and checked
 * @param outcome          how it was linked
 * @param recordId         the linked record's id; {@code null} for {@link Outcome#NO_RECORD}
 * @param recordPosition   the linked record's position in the audit, from 1; 0 for NO_RECORD
 * @param recordChild      the index of the linked child in the record's {@code children}, from
 *                         0 (its JSON pointer is {@code /children/N}); -1 for NO_RECORD
 * @param recordHeldOn     the London date the linked record was held; {@code null} for NO_RECORD
 * @param workingDaysApart working days from the census's start date to the record's date
 *                         (negative when the record is earlier): 0 for {@link Outcome#LINKED},
 *                         {@code null} for NO_RECORD
 */
public record EnquiryLink(CheckedEnquiry checked, Outcome outcome, String recordId, long recordPosition,
        int recordChild, LocalDate recordHeldOn, Integer workingDaysApart) {

    /** How an enquiry was linked. Every enquiry has exactly one. */
    public enum Outcome {
        /** To a record held on its start date. */
        LINKED,
        /** To a record of the same child held within 5 working days of its start date, but not on it. */
        DATES_DISAGREE,
        /** To no record: a census enquiry with no discussion record. */
        NO_RECORD
    }

    /** Checks the components. */
    public EnquiryLink {
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.NO_RECORD) != (recordId == null) || (recordId == null) != (recordHeldOn == null)
                || (recordId == null) != (workingDaysApart == null)) {
            throw new IllegalArgumentException("a linked enquiry has a record, an unlinked one none");
        }
        if (outcome == Outcome.LINKED && !recordHeldOn.equals(checked.enquiry().start())) {
            throw new IllegalArgumentException("a linked record was held on the start date");
        }
        if (outcome == Outcome.DATES_DISAGREE && recordHeldOn.equals(checked.enquiry().start())) {
            throw new IllegalArgumentException("a record whose date disagrees was not held on the start date");
        }
    }

    /**
     * An enquiry with no discussion record.
     *
     * @param checked the enquiry
     * @return it, unlinked
     */
    public static EnquiryLink none(CheckedEnquiry checked) {
        return new EnquiryLink(checked, Outcome.NO_RECORD, null, 0, -1, null, null);
    }

    /**
     * The enquiry as a reader names it.
     *
     * @return e.g. {@code child 1,234, enquiry 2}
     */
    public String name() {
        return String.format(java.util.Locale.UK, "child %,d, enquiry %d", checked.enquiry().child(),
                checked.enquiry().enquiry());
    }
}
