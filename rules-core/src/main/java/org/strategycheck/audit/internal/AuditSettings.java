package org.strategycheck.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.RuleSettings;

/**
 * The settings of a checker that change its results, as an audit folder records them, so a
 * resume judged by other settings is refused instead of mixing rows judged two ways. Plain
 * values where a reader can check them (rule-set and catalogue versions, mode, profile, version choice);
 * fingerprints of the content where it is long (the rules, every profile, the calendar).
 *
 * @param values setting name to value, in a fixed order
 */
public record AuditSettings(Map<String, String> values) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "1";

    /** Copies the values, keeping their order. */
    public AuditSettings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The settings of a checker.
     *
     * @param checker the checker
     * @return its settings
     */
    public static AuditSettings of(StrategyCheck checker) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("format", FORMAT);
        values.put("ruleSetVersion", checker.ruleSetVersion());
        // Catalogue 1.1 changed results without changing the library's version: a resume under another catalogue is refused.
        values.put("catalogueVersion", checker.catalogueVersion());
        values.put("mode", checker.mode().name());
        values.put("profile", checker.chosenProfile().orElse("(each record's partnership, else england)"));
        values.put("versionChoice", checker.versionChoice().name());
        values.put("rules", fingerprint(rules(checker.rules())));
        values.put("profiles", fingerprint(profiles(checker)));
        values.put("calendar", fingerprint(calendar(checker.calendar())));
        return new AuditSettings(values);
    }

    /**
     * The calendar's holidays over the years any record can plausibly be dated in. The calendar
     * has no end (the England and Wales rules are computed for any year), so the fingerprint
     * takes a window wide enough for every discussion and every host's added day in practice.
     */
    private static String calendar(org.strategycheck.WorkingDayCalendar calendar) {
        StringBuilder days = new StringBuilder();
        for (int year = CALENDAR_FROM; year <= CALENDAR_TO; year++) {
            days.append(calendar.holidaysIn(year)).append('\n');
        }
        return days.toString();
    }

    private static final int CALENDAR_FROM = 1900;
    private static final int CALENDAR_TO = 2199;

    /**
     * The settings as one JSON object, a line of its own.
     *
     * @return the JSON
     */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        values.forEach(node::put);
        return node.toString() + "\n";
    }

    /**
     * Reads settings written by {@link #toJson()}.
     *
     * @param json the file's bytes
     * @return the settings
     * @throws IllegalArgumentException when the bytes are not such settings
     */
    public static AuditSettings fromJson(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not audit settings");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not audit settings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return new AuditSettings(values);
    }

    /**
     * What differs from settings recorded earlier, in words: e.g.
     * {@code profile was (each record's partnership, else england), now example-prompt-minutes}.
     *
     * @param earlier the settings recorded earlier
     * @return the differences; empty when the same
     */
    public List<String> differences(AuditSettings earlier) {
        List<String> differences = new ArrayList<>();
        for (String name : values.keySet()) {
            String was = earlier.values.get(name);
            String now = values.get(name);
            if (!now.equals(was)) {
                differences.add(name + " was " + (was == null ? "not recorded" : was) + ", now " + now);
            }
        }
        for (String name : earlier.values.keySet()) {
            if (!values.containsKey(name)) {
                differences.add(name + " was " + earlier.values.get(name) + ", now not recorded");
            }
        }
        return differences;
    }

    private static String rules(List<RuleDescription> rules) {
        StringBuilder text = new StringBuilder();
        rules.forEach(rule -> text.append(rule).append('\n'));
        return text.toString();
    }

    /** Every profile version's settings, in an order that does not depend on hashing. */
    private static String profiles(StrategyCheck checker) {
        StringBuilder text = new StringBuilder();
        for (String id : new TreeSet<>(checker.profiles().ids())) {
            for (Profile profile : checker.profiles().versions(id)) {
                text.append(profile.id()).append(' ').append(profile.version()).append(' ')
                        .append(profile.effectiveFrom()).append('\n');
                new TreeMap<>(profile.rules()).forEach((rule, settings) -> text.append("  ").append(rule).append(' ')
                        .append(settings(settings)).append('\n'));
                text.append("  grading ").append(new TreeMap<>(profile.grading().inadequate())).append(' ')
                        .append(new TreeMap<>(profile.grading().requiresImprovement())).append('\n');
            }
        }
        return text.toString();
    }

    private static String settings(RuleSettings settings) {
        return settings.enabled() + " " + settings.severity() + " " + new TreeMap<>(settings.thresholds());
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (int i = 0; i < 8; i++) {
                hex.append(String.format(java.util.Locale.ROOT, "%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
