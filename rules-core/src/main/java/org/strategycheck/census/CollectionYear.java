package org.strategycheck.census;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The twelve months a census covers: those up to and including its {@code ReferenceDate}
 * (1 April 2022 to 31 March 2023 for the census of 2023).
 *
 * @param first the first day
 * @param last  the last day, the census's reference date
 */
public record CollectionYear(LocalDate first, LocalDate last) {

    /** Checks the components. */
    public CollectionYear {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a collection year ends after it starts");
        }
    }

    /**
     * The twelve months to a reference date.
     *
     * @param referenceDate the census's {@code ReferenceDate}
     * @return the year that ends on it
     */
    public static CollectionYear endingOn(LocalDate referenceDate) {
        return new CollectionYear(referenceDate.minusYears(1).plusDays(1), referenceDate);
    }

    /**
     * Whether a day falls in the year.
     *
     * @param day a date
     * @return {@code true} from {@link #first} to {@link #last}, both included
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * The calendar months the year touches, in order.
     *
     * @return twelve months for a year ending on a month's last day
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }
}
