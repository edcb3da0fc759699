package org.strategycheck.census;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count out of a total, e.g. the conferences held within 15 working days out of those
 * timed. Kept as counts, so that the interval of the proportion can be given beside it and
 * small totals said to be small.
 *
 * @param count how many of them
 * @param total out of how many
 */
public record Share(int count, int total) {

    /** Checks the components. */
    public Share {
        if (count < 0 || count > total) {
            throw new IllegalArgumentException("a share is 0 to its total");
        }
    }

    /**
     * In words, with thousands separated.
     *
     * @return e.g. {@code 812 of 1,000}
     */
    @Override
    public String toString() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        return number.format(count) + " of " + number.format(total);
    }
}
