package org.strategycheck.census;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the census says about one discussion record that could be in it: a final record that
 * initiated a section 47 enquiry, or one that cannot be read. Drafts and final records that
 * initiated none are only counted ({@link Reconciliation#recordOutcomes()}).
 *
 * @param position            where the record stands in the audit, from 1
 * @param recordId            its id, or {@code null} when it could not be read that far
 * @param outcome             what the census says about it
 * @param heldOn              the London date it was held, or {@code null} when unreadable
 * @param enquiries           the census enquiries linked to its children, in the order they were read
 * @param childrenNotInCensus the indexes (from 0, JSON pointer {@code /children/N}) of its
 *                            children with a {@code laChildId} that no census enquiry was linked to
 * @param problem             why it cannot be used, for {@link Outcome#UNREADABLE}; else {@code null}
 */
public record RecordLink(long position, String recordId, Outcome outcome, LocalDate heldOn, List<EnquiryLink> enquiries,
        List<Integer> childrenNotInCensus, String problem) {

    /**
     * What the census says about a record. Every record of the audit has exactly one, drafts
     * and records that initiated no enquiry included; they are tried in this order.
     */
    public enum Outcome {
        /** The audit could not read it, or its input no longer reads as it did. */
        UNREADABLE,
        /** A draft: not a discussion that was held. */
        DRAFT,
        /** Final, and did not initiate a section 47 enquiry (or recorded no decision). */
        NOT_INITIATING,
        /** Initiated an enquiry, but none of its children has a {@code laChildId} to match by. */
        NO_CHILD_ID,
        /**
         * Held within the census's collection year, and a child of it with a {@code laChildId}
         * has no enquiry in the census: an enquiry missing from the census.
         */
        MISSING_FROM_CENSUS,
        /** Held outside the collection year and linked to no enquiry: not this census's to hold. */
        OUT_OF_YEAR,
        /** Linked, but to an enquiry whose start date is not the day the record was held. */
        DATES_DISAGREE,
        /** Every child with a {@code laChildId} linked to an enquiry started on the day it was held. */
        LINKED
    }

    /** Checks and copies the components. */
    public RecordLink {
        Objects.requireNonNull(outcome, "outcome");
        enquiries = List.copyOf(enquiries);
        childrenNotInCensus = List.copyOf(childrenNotInCensus);
        if ((outcome == Outcome.UNREADABLE) != (problem != null)) {
            throw new IllegalArgumentException("a problem goes with an unreadable record");
        }
    }

    /**
     * The record as a reader names it.
     *
     * @return e.g. {@code record SD-2022-0412}, or {@code record at position 7} when it has no id
     */
    public String name() {
        return recordId == null ? "record at position " + position : "record " + recordId;
    }
}
