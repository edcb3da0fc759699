package org.strategycheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of the discussion and its circulation.
 *
 * @param completedOn  when the minutes were completed
 * @param circulatedOn when they were circulated
 * @param circulatedTo the agencies they were sent to; never {@code null}
 */
public record Minutes(LocalDate completedOn, LocalDate circulatedOn, List<Agency> circulatedTo) {
    /** Minutes with nothing recorded. */
    public static final Minutes EMPTY = new Minutes(null, null, null);

    /** Normalises an absent recipient list to an empty one. */
    public Minutes {
        circulatedTo = Lists.copy(circulatedTo);
    }
}
