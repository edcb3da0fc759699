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
        String pattern = pattern(key);
        if (pattern == null) {
            return arguments.isEmpty() ? key : key + " " + arguments;
        }
        Object[] shown = new Object[arguments.size()];
        for (int i = 0; i < shown.length; i++) {
            String argument = arguments.get(i);
            String label = isEnumValue(argument) ? pattern("value." + argument) : null;
            shown[i] = label != null ? label : argument;
        }
        return new MessageFormat(pattern, Locale.UK).format(shown);
    }

    /**
     * The codes of the sources glossary (catalogue v1.1 "Sources in full"), in the catalogue's
     * order: the guidance and audits a rule's {@link RuleDescription#source() source} cites, e.g.
     * {@code WT}, {@code GSCB}, {@code SCR-AUD}. Key {@code source.codes} lists them and
     * {@code source.CODE} writes each out, so a host's bundle can reword or extend the glossary.
     *
     * @return the codes; empty when no bundle has a glossary (rules-core alone)
     */
    public List<String> sourceCodes() {
        String codes = pattern("source.codes");
        if (codes == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (String code : codes.split(",")) {
            String trimmed = code.strip();
            if (!trimmed.isEmpty() && !list.contains(trimmed)) {
                list.add(trimmed);
            }
        }
        return List.copyOf(list);
    }

    /**
     * A source written out in full, e.g. {@code WT}: "Working Together to Safeguard Children (HM
     * Government, 2018 and 2023 editions), as quoted in local procedures".
     *
     * @param code a code of the glossary
     * @return the source in full; the code itself when the glossary does not have it
     */
    public String sourceInFull(String code) {
        String text = pattern("source." + code);
        return text == null ? code : new MessageFormat(text, Locale.UK).format(new Object[0]);
    }

    /**
     * The glossary's codes a rule's source cites, in the order cited and each once: for
     * {@code "WT; GSCB A; SCR-AUD rec 1"} they are {@code WT}, {@code GSCB} and {@code SCR-AUD}.
     * A part of a source (a letter, a recommendation's number, a note in brackets) is not a code
     * of its own; a citation that names no code of the glossary is left out.
     *
     * @param source a rule's source, as its metadata gives it
     * @return the codes cited
     */
    public List<String> sourcesCited(String source) {
        List<String> cited = new ArrayList<>();
        if (source == null) {
            return cited;
        }
        List<String> codes = sourceCodes();
        for (String citation : source.split(";")) {
            String item = citation.strip();
            String best = null;
            for (String code : codes) {
                boolean whole = item.startsWith(code) && (item.length() == code.length()
                        || item.charAt(code.length()) == ' ' || item.charAt(code.length()) == '(');
                if (whole && (best == null || code.length() > best.length())) {
                    best = code;
                }
            }
            if (best != null && !cited.contains(best)) {
                cited.add(best);
            }
        }
        return List.copyOf(cited);
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
