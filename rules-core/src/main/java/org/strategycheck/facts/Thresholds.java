package org.strategycheck.facts;

/**
 * The timeliness thresholds in force for a record, from the profile applied. One instance is
 * inserted with every record, so rules read the profile's numbers rather than hard-coding them.
 *
 * @param emergencyHours     TIM-EMERGENCY-24H: hours after emergency action within which the
 *                           discussion is held
 * @param promptWorkingDays  TIM-PROMPT: working days after the concern within which an initial
 *                           discussion is held
 * @param minutesWorkingDays REC-MINUTES-TIMELY: working days after the discussion within which the
 *                           minutes are circulated
 */
public record Thresholds(int emergencyHours, int promptWorkingDays, int minutesWorkingDays) {

    /** The rule catalogue's defaults: 24 hours, 2 working days, 3 working days. */
    public static final Thresholds CATALOGUE = new Thresholds(24, 2, 3);

    /** Checks the values. */
    public Thresholds {
        if (emergencyHours < 0 || promptWorkingDays < 0 || minutesWorkingDays < 0) {
            throw new IllegalArgumentException("thresholds are never negative");
        }
    }
}
