package org.strategycheck.internal.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.strategycheck.facts.Recorded;

/**
 * What counts as recorded text (rule catalogue v1.1, "Recorded text"): the one definition every
 * rule that checks a text is recorded uses, through the vocabulary ({@link Recorded}).
 */
public final class Text {

    /**
     * The catalogue's placeholders, in its order: words that fill a box without saying anything.
     * A text is compared with them case-insensitively after trimming white space and trailing
     * full stops ({@code "N/A."}, {@code " See notes "}).
     */
    public static final List<String> PLACEHOLDERS = List.of("n/a", "na", "none", "nil", "nothing", "-", "--", "tbc",
            "tba", "tbd", "not discussed", "not known", "unknown", "see notes", "see above", "as above", "see minutes",
            "see record");

    private static final Set<String> PLACEHOLDER_SET = Set.copyOf(PLACEHOLDERS);

    /** No placeholder is longer: a longer text is compared with none of them (most texts, cheaply). */
    private static final int LONGEST_PLACEHOLDER = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    private Text() {
    }

    /**
     * How a text field is recorded.
     *
     * <p>Not recorded: {@code null}, or only white space (a form's empty box). Otherwise, with
     * white space and trailing full stops trimmed, the text is a placeholder when it is one
     * character or none, or holds no letter or digit (only punctuation or symbols), or is one of
     * the {@link #PLACEHOLDERS} in any case ("Locale.ROOT" lower case, never the machine's);
     * anything else is substantive.
     *
     * @param text a field's value, or {@code null}
     * @return its state
     */
    public static Recorded recorded(String text) {
        if (text == null) {
            return Recorded.NOT_RECORDED;
        }
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == end) {
            return Recorded.NOT_RECORDED;
        }
        // Trailing white space and full stops, in any mix: "N/A. ", "see notes..".
        while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        if (text.codePointCount(start, end) <= 1 || !hasLetterOrDigit(text, start, end)) {
            return Recorded.PLACEHOLDER;
        }
        if (end - start <= LONGEST_PLACEHOLDER
                && PLACEHOLDER_SET.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            return Recorded.PLACEHOLDER;
        }
        return Recorded.SUBSTANTIVE;
    }

    /**
     * Whether a text field counts as recorded: {@code recorded(text) == SUBSTANTIVE}.
     *
     * @param text a field's value, or {@code null}
     * @return {@code true} for substantive text
     */
    public static boolean isSubstantive(String text) {
        return recorded(text) == Recorded.SUBSTANTIVE;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Whether a text field holds anything but white space: for matching, not for whether a
     * check is met (that is {@link #recorded}).
     *
     * @param text a field's value, or {@code null}
     * @return {@code true} for non-blank text
     */
    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * A text normalised for matching names of organisations: trimmed, white space collapsed,
     * lower-cased without regard to the machine's locale.
     *
     * @param text a field's value, or {@code null}
     * @return the key, or {@code null} when the text is blank
     */
    public static String key(String text) {
        return hasText(text) ? collapseSpace(text.strip()).toLowerCase(Locale.ROOT) : null;
    }

    /** {@code text.replaceAll("\\s+", " ")} without compiling a pattern for every call. */
    private static String collapseSpace(String text) {
        StringBuilder collapsed = null;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The characters regex \s matches (without UNICODE_CHARACTER_CLASS).
            boolean space = isSpace(c);
            if (space && collapsed == null && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                collapsed = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (collapsed != null) {
                if (!space) {
                    collapsed.append(c);
                } else if (!inSpace) {
                    collapsed.append(' ');
                }
            }
            inSpace = space;
        }
        return collapsed == null ? text : collapsed.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
