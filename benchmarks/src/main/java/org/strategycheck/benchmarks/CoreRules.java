package org.strategycheck.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.profile.GradeMapping;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.RuleSettings;

/**
 * The seven core (★) rules, and a checker restricted to them through a profile that switches
 * every other rule off: the public way a partnership narrows the catalogue.
 */
public final class CoreRules {

    /** The core rules, in catalogue order: those the rules' own metadata marks {@code @core}. */
    public static final List<String> IDS = StrategyCheck.create().rules().stream()
            .filter(RuleDescription::core).map(RuleDescription::id).toList();

    /** The profile id. */
    public static final String PROFILE = "core-seven";

    private CoreRules() {
    }

    /**
     * A checker that applies only the core rules.
     *
     * @return the checker
     */
    public static StrategyCheck checker() {
        List<String> all = StrategyCheck.create().rules().stream().map(r -> r.id()).toList();
        Map<String, RuleSettings> off = new HashMap<>();
        for (String id : all) {
            if (!IDS.contains(id)) {
                off.put(id, new RuleSettings(false, null, Map.of()));
            }
        }
        Profile profile = new Profile(PROFILE, "1.0", LocalDate.of(2000, 1, 1),
                "Benchmarks only: the seven core rules, every other rule switched off.", off, GradeMapping.CATALOGUE);
        return StrategyCheck.builder().profiles(Profiles.of(List.of(profile))).profile(PROFILE).build();
    }
}
