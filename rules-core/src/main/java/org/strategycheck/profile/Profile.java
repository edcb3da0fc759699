package org.strategycheck.profile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.strategycheck.facts.Thresholds;

/**
 * One version of a partnership's profile.
 *
 * @param id            the profile's id, e.g. {@code england}; a record's {@code partnership} names one
 * @param version       the version, e.g. {@code 2.0}
 * @param effectiveFrom the first day (London) this version is in force
 * @param description   what the profile changes and why, for people
 * @param rules         settings by rule id; rules not named keep the catalogue's settings
 * @param grading       the grade mapping
 */
public record Profile(
        String id,
        String version,
        LocalDate effectiveFrom,
        String description,
        Map<String, RuleSettings> rules,
        GradeMapping grading) {

    /** The names of the thresholds, each with the rule that uses it and the catalogue's value. */
    public static final Map<String, String> THRESHOLD_RULES = Map.of(
            "emergencyHours", "TIM-EMERGENCY-24H",
            "promptWorkingDays", "TIM-PROMPT",
            "minutesWorkingDays", "REC-MINUTES-TIMELY");

    /** Checks and copies the components. */
    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        description = description == null ? "" : description;
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        grading = grading == null ? GradeMapping.CATALOGUE : grading;
    }

    /**
     * The catalogue's defaults as a profile, for when no profile file is on the class path.
     *
     * @return profile {@value Profiles#DEFAULT_PROFILE}, version {@code catalogue}
     */
    public static Profile catalogueDefaults() {
        return new Profile(Profiles.DEFAULT_PROFILE, "catalogue", LocalDate.of(2018, 7, 1),
                "The rule catalogue's defaults.", Map.of(), GradeMapping.CATALOGUE);
    }

    /**
     * The settings for a rule.
     *
     * @param ruleId a rule id
     * @return the profile's settings, or the catalogue's when the profile does not name the rule
     */
    public RuleSettings settings(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.CATALOGUE);
    }

    /**
     * The timeliness thresholds this profile puts in force.
     *
     * @return the thresholds, the catalogue's where the profile sets none
     */
    public Thresholds thresholds() {
        Thresholds catalogue = Thresholds.CATALOGUE;
        return new Thresholds(
                threshold("emergencyHours", catalogue.emergencyHours()),
                threshold("promptWorkingDays", catalogue.promptWorkingDays()),
                threshold("minutesWorkingDays", catalogue.minutesWorkingDays()));
    }

    private int threshold(String name, int catalogueValue) {
        return settings(THRESHOLD_RULES.get(name)).thresholds().getOrDefault(name, catalogueValue);
    }
}
