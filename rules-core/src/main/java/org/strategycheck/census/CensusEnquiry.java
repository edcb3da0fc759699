package org.strategycheck.census;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One {@code Section47} of a census: a section 47 enquiry, named by its position, never by
 * the child's identifiers.
 *
 * @param child                 the child's position in the file, from 1 ({@code Child[child]})
 * @param episode               the position of its {@code CINdetails} within the child, from 1
 * @param enquiry               its position among the child's enquiries (all episodes), from 1
 * @param line                  the line of its {@code <Section47>} in the file
 * @param start                 {@code S47ActualStartDate}: the date of the strategy discussion
 *                              that initiated the enquiry
 * @param target                {@code InitialCPCtarget}, the recorded target date of the initial
 *                              child protection conference, or {@code null}
 * @param conference            {@code DateOfInitialCPC}, or {@code null}
 * @param conferenceNotRequired {@code ICPCnotRequired}: the enquiry concluded that no conference
 *                              was required
 */
public record CensusEnquiry(int child, int episode, int enquiry, int line, LocalDate start, LocalDate target,
        LocalDate conference, boolean conferenceNotRequired) {

    /** Checks the components. */
    public CensusEnquiry {
        if (child < 1 || episode < 1 || enquiry < 1) {
            throw new IllegalArgumentException("positions count from 1");
        }
        Objects.requireNonNull(start, "start");
    }
}
