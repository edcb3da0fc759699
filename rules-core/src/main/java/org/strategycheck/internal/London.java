package org.strategycheck.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the format: dates and "the same day" are always Europe/London's. */
public final class London {

    /** Europe/London, stated explicitly so that nothing depends on the machine's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    /**
     * The calendar date of an instant in London.
     *
     * @param instant an instant, or {@code null}
     * @return its London date, or {@code null}
     */
    public static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }
}
