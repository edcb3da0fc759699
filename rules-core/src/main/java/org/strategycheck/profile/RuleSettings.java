package org.strategycheck.profile;

import java.util.Map;
import org.strategycheck.Severity;

/**
 * A profile's settings for one rule. Absent values keep the catalogue's.
 *
 * @param enabled    {@code false} switches the rule off: it is not evaluated or reported
 * @param severity   replaces the rule's default severity ({@code null}: the catalogue's); a
 *                   severity variant (e.g. CRITICAL for an immediate action) keeps its own
 * @param thresholds threshold values by name (e.g. {@code minutesWorkingDays}); only the names
 *                   the rule uses are allowed
 */
public record RuleSettings(boolean enabled, Severity severity, Map<String, Integer> thresholds) {

    /** The catalogue's settings: enabled, default severity, default thresholds. */
    public static final RuleSettings CATALOGUE = new RuleSettings(true, null, Map.of());

    /** Copies the thresholds. */
    public RuleSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }
}
