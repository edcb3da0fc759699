package org.strategycheck.census;

import org.strategycheck.audit.Proportion;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The conferences of one calendar month (the month of the conference's date).
 *
 * @param month       the month
 * @param conferences conferences dated in it (those dated before their enquiry's start included)
 * @param beforeStart of those, dated before the start, so not timed
 * @param within15    of those timed, held within 15 working days
 */
public record MonthTimeliness(YearMonth month, int conferences, int beforeStart, Proportion within15) {

    /** Checks the components. */
    public MonthTimeliness {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(within15, "within15");
        if (beforeStart + within15.of() != conferences) {
            throw new IllegalArgumentException("every conference is timed or dated before its start");
        }
    }
}
