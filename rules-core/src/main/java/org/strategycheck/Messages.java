package org.strategycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.strategycheck.internal.RulesModule;

/**
 * Renders findings and record errors from message keys and arguments.
 *
 * <p>The library's English wording lives in two resource bundles: {@value #CORE_BUNDLE}
 * (record errors) and {@value #RULES_BUNDLE} (findings, shipped with the rules). A host may
 * put its own bundle in front ({@link #withOverrides(ResourceBundle)}), to translate or
 * reword, without touching the rules; keys it does not define fall back to English.
 *
 * <p>Patterns use {@link MessageFormat} syntax. Arguments are passed as strings, so rendering
 * never depends on the machine's locale. An argument that is an enumeration value (e.g.
 * {@code CHILDRENS_SOCIAL_CARE}) is shown by its label, key {@code value.CHILDRENS_SOCIAL_CARE},
 * when a bundle has one ("children's social care"), so a host's bundle translates values too.
 * Instances are immutable and thread-safe.
 */
public final class Messages {

    /** Base name of the bundle holding record-error messages. */
    public static final String CORE_BUNDLE = "org.strategycheck.messages";
    /** Base name of the bundle holding finding messages. */
    public static final String RULES_BUNDLE = "org.strategycheck.rules.messages";

    private static final Messages ENGLISH = new Messages(defaultBundles());

    private final List<ResourceBundle> bundles;
    /**
     * Each key's pattern, parsed once: parsing a pattern was among the costliest steps of writing a
     * batch's results. A parsed format is not safe to share between threads, so each use clones it.
     */
    private final java.util.concurrent.ConcurrentMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(List<ResourceBundle> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /**
     * The library's own English wording.
     *
     * @return the default messages
     */
    public static Messages english() {
        return ENGLISH;
    }

    /**
     * The library's wording with a host's bundle in front of it.
     *
     * @param overrides the host's bundle; its keys win
     * @return messages that look in {@code overrides} first
     */
    public Messages withOverrides(ResourceBundle overrides) {
        Objects.requireNonNull(overrides, "overrides");
        List<ResourceBundle> chain = new ArrayList<>();
        chain.add(overrides);
        chain.addAll(bundles);
        return new Messages(chain);
    }

    /**
     * Whether some bundle defines the key.
     *
     * @param key a message key
     * @return {@code true} when {@link #render} would find a pattern
     */
    public boolean has(String key) {
        return pattern(key) != null;
    }

    /**
     * Renders a message.
     *
     * @param key       the message key
     * @param arguments the arguments, already formatted
     * @return the message; the key itself, with its arguments, when no bundle defines it
     */
    public String render(String key, List<String> arguments) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            String pattern = pattern(key);
            if (pattern == null) {
                return arguments.isEmpty() ? key : key + " " + arguments;
            }
            format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.UK));
        }
        Object[] shown = new Object[arguments.size()];
        for (int i = 0; i < shown.length; i++) {
            String argument = arguments.get(i);
            String label = isEnumValue(argument) ? pattern("value." + argument) : null;
            shown[i] = label != null ? label : argument;
        }
        return ((MessageFormat) format.clone()).format(shown);
    }

    /**
     * The sources glossary (catalogue v1.1 "Sources in full") in this wording, in the catalogue's
     * order: what the codes a rule's {@link RuleDescription#source() source} cites stand for. Key
     * {@code sources} lists the codes and {@code source.<code>} writes each out, so a host's
     * bundle can reword the glossary as it rewords findings; {@link StrategyCheck#sources()} is
     * the rules' own English.
     *
     * @return the glossary; empty when no bundle has one (rules-core alone)
     */
    public List<Source> sources() {
        return Source.read(this);
    }

    /**
     * The glossary's entries a rule's source cites, in the glossary's order and each once: for
     * {@code "WT; GSCB A; SCR-AUD rec 1"} they are {@code WT}, {@code GSCB A / B / C / D} and
     * {@code SCR-AUD rec N}. A citation names its entry by the entry's first word (a letter, a
     * recommendation's number or a note in brackets after it names a part); a citation that names
     * no entry is left out.
     *
     * @param source a rule's source, as its metadata gives it
     * @return the entries cited
     */
    public List<Source> sourcesCited(String source) {
        if (source == null) {
            return List.of();
        }
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (String citation : source.split(";")) {
            cited.add(firstWord(citation.strip()));
        }
        List<Source> entries = new ArrayList<>();
        for (Source entry : sources()) {
            if (cited.contains(firstWord(entry.code()))) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '(') {
            end++;
        }
        return text.substring(0, end);
    }

    private static boolean isEnumValue(String argument) {
        if (argument.isEmpty() || argument.charAt(0) < 'A' || argument.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    private static List<ResourceBundle> defaultBundles() {
        // Read as plain properties files rather than through ResourceBundle.getBundle: a
        // Control (to keep the machine's locale out) is refused in a named module, and on the
        // module path getBundle would not see the rules module's bundle at all. Each file is
        // opened by the module that holds it, which works the same on the class path.
        List<ResourceBundle> found = new ArrayList<>();
        ResourceBundle rules = bundle(RulesModule.open(resourceName(RULES_BUNDLE)), RULES_BUNDLE);
        if (rules != null) {
            found.add(rules);
        }
        // The rules bundle is absent when rules-core is used alone; the core bundle never is.
        found.add(Objects.requireNonNull(bundle(Messages.class.getResourceAsStream(resourceName(CORE_BUNDLE)), CORE_BUNDLE),
                CORE_BUNDLE));
        return found;
    }

    private static String resourceName(String baseName) {
        return "/" + baseName.replace('.', '/') + ".properties";
    }

    private static ResourceBundle bundle(InputStream in, String baseName) {
        if (in == null) {
            return null;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message bundle " + baseName, e);
        }
    }
}
