package org.strategycheck.census;

/**
 * The DfE's bands of the working days from the start of a section 47 enquiry to its initial
 * child protection conference, as published in "Characteristics of children in need" (table
 * C4: {@code Duration_0-10_days} to {@code Duration_21+_days}).
 */
public enum DurationBand {
    /** 0 to 10 working days. */
    DAYS_0_TO_10(0, 10, "0-10"),
    /** 11 to 15 working days: the last band within the 15-day timescale. */
    DAYS_11_TO_15(11, 15, "11-15"),
    /** 16 to 20 working days. */
    DAYS_16_TO_20(16, 20, "16-20"),
    /** 21 working days or more. */
    DAYS_21_OR_MORE(21, Integer.MAX_VALUE, "21+");

    private final int from;
    private final int to;
    private final String label;

    DurationBand(int from, int to, String label) {
        this.from = from;
        this.to = to;
        this.label = label;
    }

    /**
     * The band of a duration.
     *
     * @param workingDays working days from the start, at least 0
     * @return its band
     */
    public static DurationBand of(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a conference before the enquiry started has no duration");
        }
        for (DurationBand band : values()) {
            if (workingDays <= band.to) {
                return band;
            }
        }
        throw new AssertionError("the last band is unbounded");
    }

    /**
     * Whether the band lies within the 15 working days of the timescale.
     *
     * @return {@code true} for 0-10 and 11-15
     */
    public boolean within15() {
        return to <= 15;
    }

    /**
     * The fewest working days in the band.
     *
     * @return e.g. 11
     */
    public int from() {
        return from;
    }

    /**
     * As the DfE labels it.
     *
     * @return {@code 0-10}, {@code 11-15}, {@code 16-20} or {@code 21+}
     */
    public String label() {
        return label;
    }
}
