package org.strategycheck.census;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One enquiry with its conference timed and its dates checked: a row of {@code census.csv}.
 *
 * @param enquiry        the enquiry as the census has it
 * @param status         how its conference counts in the timeliness figures
 * @param workingDays    working days from the start (day 0) to the conference; {@code null}
 *                       without a conference, or with one dated before the start
 * @param band           the DfE band of {@code workingDays}, or {@code null} with it
 * @param expectedTarget the 15th working day after the start: what {@code InitialCPCtarget}
 *                       should be
 * @param issues         what is wrong with the census's own dates, in {@link DateIssue} order
 */
public record CheckedEnquiry(CensusEnquiry enquiry, ConferenceStatus status, Integer workingDays, DurationBand band,
        LocalDate expectedTarget, List<DateIssue> issues) {

    /** Checks and copies the components. */
    public CheckedEnquiry {
        Objects.requireNonNull(enquiry, "enquiry");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expectedTarget, "expectedTarget");
        if ((workingDays == null) != (band == null)) {
            throw new IllegalArgumentException("a band goes with a duration");
        }
        issues = List.copyOf(issues);
    }

    /**
     * Whether the conference was held within 15 working days of the start.
     *
     * @return {@code true} when timed at 15 working days or fewer
     */
    public boolean within15() {
        return band != null && band.within15();
    }
}
