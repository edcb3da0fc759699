package org.strategycheck.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.strategycheck.Severity;
import org.strategycheck.internal.RulesModule;

/**
 * The profiles a checker can apply: every version of every profile it knows, and the choice of
 * the version in force on a date. Immutable and thread-safe.
 *
 * <p>The library ships {@value #DEFAULT_PROFILE} (the catalogue's defaults) and two worked
 * examples of local variation ({@link #builtIn()}); a host adds its own with {@link #read}
 * and {@link #plus}.
 */
public final class Profiles {

    /** The id of the profile that applies when neither the host nor the record names another. */
    public static final String DEFAULT_PROFILE = "england";

    private static final String BUILT_IN_INDEX = "/org/strategycheck/profiles/index.txt";
    private static final Set<String> TOP_KEYS = Set.of("id", "version", "effectiveFrom", "description", "rules", "grading");
    private static final Set<String> GRADE_KEYS = Set.of("inadequate", "requiresImprovement");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, List<Profile>> versions;

    private Profiles(Map<String, List<Profile>> versions) {
        this.versions = versions;
    }

    /**
     * The profiles shipped with the rules: {@value #DEFAULT_PROFILE} and the worked examples.
     *
     * @return the built-in profiles
     */
    public static Profiles builtIn() {
        return BuiltIn.PROFILES;
    }

    /**
     * Profiles from the given versions.
     *
     * @param profiles any number of versions of any number of profiles
     * @return the profiles
     * @throws InvalidProfileException when two versions of one profile share a version or a date
     */
    public static Profiles of(Collection<Profile> profiles) {
        Map<String, List<Profile>> byId = new TreeMap<>();
        for (Profile profile : profiles) {
            byId.computeIfAbsent(profile.id(), k -> new ArrayList<>()).add(profile);
        }
        for (List<Profile> list : byId.values()) {
            list.sort(Comparator.comparing(Profile::effectiveFrom));
            for (int i = 1; i < list.size(); i++) {
                Profile earlier = list.get(i - 1);
                Profile later = list.get(i);
                if (earlier.effectiveFrom().equals(later.effectiveFrom()) || earlier.version().equals(later.version())) {
                    throw new InvalidProfileException(later.id() + " " + later.version(), "/version",
                            "two versions of profile " + later.id() + " share a version or an effectiveFrom date");
                }
            }
        }
        Map<String, List<Profile>> frozen = new LinkedHashMap<>();
        byId.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new Profiles(Map.copyOf(frozen));
    }

    /**
     * These profiles with more versions added (e.g. the built-in ones and a host's own).
     *
     * @param more more versions
     * @return the union
     */
    public Profiles plus(Collection<Profile> more) {
        List<Profile> all = new ArrayList<>();
        versions.values().forEach(all::addAll);
        all.addAll(more);
        return of(all);
    }

    /**
     * The ids of the profiles known.
     *
     * @return the ids, sorted
     */
    public Set<String> ids() {
        return new TreeSet<>(versions.keySet());
    }

    /**
     * Every version of a profile, oldest first.
     *
     * @param id a profile id
     * @return its versions; empty when unknown
     */
    public List<Profile> versions(String id) {
        return versions.getOrDefault(id, List.of());
    }

    /**
     * The version of a profile in force on a date: the latest whose {@code effectiveFrom} is not
     * after the date. A date before the first version gets the first version, so that a record
     * older than the profile is still judged by it.
     *
     * @param id   a known profile id
     * @param date a London date
     * @return the version in force
     * @throws IllegalArgumentException when the id is unknown
     */
    public Profile inForce(String id, LocalDate date) {
        List<Profile> list = versions.get(id);
        if (list == null) {
            throw new IllegalArgumentException("unknown profile " + id + "; known: " + ids());
        }
        Profile chosen = list.get(0);
        for (Profile profile : list) {
            if (!profile.effectiveFrom().isAfter(date)) {
                chosen = profile;
            }
        }
        return chosen;
    }

    /**
     * Checks that every profile names only rules that exist.
     *
     * @param ruleIds the ids of the rules of the rule set
     * @throws InvalidProfileException naming the first unknown rule id
     */
    public void requireKnownRules(Set<String> ruleIds) {
        for (List<Profile> list : versions.values()) {
            for (Profile profile : list) {
                for (String ruleId : new TreeSet<>(profile.rules().keySet())) {
                    if (!ruleIds.contains(ruleId)) {
                        throw new InvalidProfileException(profile.id() + " " + profile.version(), "/rules/" + ruleId,
                                "unknown rule id " + ruleId);
                    }
                }
            }
        }
    }

    /**
     * Reads one profile version from JSON, checking every key and value.
     *
     * @param json   the profile
     * @param source where it came from, for error messages (a file name)
     * @return the profile
     * @throws InvalidProfileException naming the JSON pointer of the first problem
     */
    public static Profile read(InputStream json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidProfileException(source, "", "not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException(source, "", "expected a JSON object");
        }
        onlyKeys(root, TOP_KEYS, "", source);
        String id = text(root, "id", source, true);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidProfileException(source, "/id", "an id is lower-case letters, digits and hyphens");
        }
        String version = text(root, "version", source, true);
        LocalDate effectiveFrom = date(root, "effectiveFrom", source);
        String description = text(root, "description", source, false);
        Map<String, RuleSettings> rules = new HashMap<>();
        JsonNode rulesNode = root.get("rules");
        if (rulesNode != null) {
            requireObject(rulesNode, "/rules", source);
            for (Iterator<Map.Entry<String, JsonNode>> it = rulesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                rules.put(entry.getKey(), settings(entry.getKey(), entry.getValue(), "/rules/" + escape(entry.getKey()), source));
            }
        }
        GradeMapping grading = GradeMapping.CATALOGUE;
        JsonNode gradingNode = root.get("grading");
        if (gradingNode != null) {
            requireObject(gradingNode, "/grading", source);
            onlyKeys(gradingNode, GRADE_KEYS, "/grading", source);
            grading = new GradeMapping(
                    gradeThresholds(gradingNode.get("inadequate"), "/grading/inadequate", source,
                            GradeMapping.CATALOGUE.inadequate()),
                    gradeThresholds(gradingNode.get("requiresImprovement"), "/grading/requiresImprovement", source,
                            GradeMapping.CATALOGUE.requiresImprovement()));
        }
        return new Profile(id, version, effectiveFrom, description, rules, grading);
    }

    private static RuleSettings settings(String ruleId, JsonNode node, String pointer, String source) {
        requireObject(node, pointer, source);
        boolean enabled = true;
        Severity severity = null;
        Map<String, Integer> thresholds = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String at = pointer + "/" + escape(key);
            if (key.equals("enabled")) {
                if (!value.isBoolean()) {
                    throw new InvalidProfileException(source, at, "expected true or false");
                }
                enabled = value.booleanValue();
            } else if (key.equals("severity")) {
                severity = severity(value, at, source);
            } else if (Profile.THRESHOLD_RULES.containsKey(key)) {
                if (!Profile.THRESHOLD_RULES.get(key).equals(ruleId)) {
                    throw new InvalidProfileException(source, at,
                            key + " is a threshold of " + Profile.THRESHOLD_RULES.get(key) + ", not of " + ruleId);
                }
                thresholds.put(key, count(value, at, source, 0));
            } else {
                throw new InvalidProfileException(source, at, "unknown key " + key + "; allowed: enabled, severity"
                        + Profile.THRESHOLD_RULES.entrySet().stream().filter(e -> e.getValue().equals(ruleId))
                        .map(e -> ", " + e.getKey()).collect(Collectors.joining()));
            }
        }
        return new RuleSettings(enabled, severity, thresholds);
    }

    private static Map<Severity, Integer> gradeThresholds(JsonNode node, String pointer, String source,
            Map<Severity, Integer> catalogue) {
        if (node == null) {
            return catalogue;
        }
        requireObject(node, pointer, source);
        Map<Severity, Integer> thresholds = new EnumMap<>(Severity.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = pointer + "/" + escape(entry.getKey());
            Severity severity = severity(new com.fasterxml.jackson.databind.node.TextNode(entry.getKey()), at, source);
            if (severity == Severity.ADVISORY) {
                throw new InvalidProfileException(source, at, "ADVISORY findings never change the grade");
            }
            thresholds.put(severity, count(entry.getValue(), at, source, 1));
        }
        return thresholds;
    }

    private static Severity severity(JsonNode value, String pointer, String source) {
        String allowed = Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isTextual()) {
            for (Severity severity : Severity.values()) {
                if (severity.name().equals(value.asText())) {
                    return severity;
                }
            }
        }
        throw new InvalidProfileException(source, pointer, "expected one of " + allowed);
    }

    private static int count(JsonNode value, String pointer, String source, int minimum) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < minimum) {
            throw new InvalidProfileException(source, pointer, "expected a whole number of at least " + minimum);
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String key, String source, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidProfileException(source, "/" + key, "required");
            }
            return "";
        }
        if (!value.isTextual() || (required && value.asText().isBlank())) {
            throw new InvalidProfileException(source, "/" + key, "expected a non-blank string");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String key, String source) {
        String text = text(node, key, source, true);
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new InvalidProfileException(source, "/" + key, "expected a date YYYY-MM-DD");
    }

    private static void requireObject(JsonNode node, String pointer, String source) {
        if (!node.isObject()) {
            throw new InvalidProfileException(source, pointer, "expected an object");
        }
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String pointer, String source) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidProfileException(source, pointer + "/" + escape(name),
                        "unknown key " + name + "; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static final class BuiltIn {
        static final Profiles PROFILES = load();

        private static Profiles load() {
            List<Profile> profiles = new ArrayList<>();
            for (String name : resource(BUILT_IN_INDEX).split("\n")) {
                String file = name.strip();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                try (InputStream in = RulesModule.open("/org/strategycheck/profiles/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in profile missing: " + file);
                    }
                    profiles.add(read(in, file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (profiles.stream().noneMatch(p -> p.id().equals(DEFAULT_PROFILE))) {
                profiles.add(Profile.catalogueDefaults());
            }
            return of(profiles);
        }

        private static String resource(String name) {
            // The profiles ship with the rules, in their module: asked of it, as on the module path
            // rules-core cannot read another module's resources. With rules-core alone there are
            // no rules, so no profiles beyond the catalogue's.
            try (InputStream in = RulesModule.open(name)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
