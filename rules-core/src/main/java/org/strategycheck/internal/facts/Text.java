package org.strategycheck.internal.facts;

import java.util.Locale;
import java.util.Set;

/** What counts as recorded text. */
public final class Text {

    /**
     * Words that fill a heading without addressing it (record format v1, identity section),
     * compared case-insensitively after trimming.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("n/a", "none", "-", "tbc", "not discussed");

    private Text() {
    }

    /**
     * Whether a text field holds anything but white space.
     *
     * @param text a field's value, or {@code null}
     * @return {@code true} for non-blank text
     */
    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Whether a text field holds something that addresses its heading: not blank and not a
     * placeholder.
     *
     * @param text a field's value, or {@code null}
     * @return {@code true} for substantive text
     */
    public static boolean isSubstantive(String text) {
        return hasText(text) && !isPlaceholder(text);
    }

    /**
     * {@code PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT))}, without the two copies
     * (identity headings are checked for every record). The placeholders are ASCII, and no
     * character outside ASCII lower-cases to an ASCII letter of theirs, so comparing ASCII letters
     * case-blind and any other character as unequal gives the same answer, under any locale.
     */
    private static boolean isPlaceholder(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String placeholder : PLACEHOLDERS) {
            if (placeholder.length() == end - start && asciiEqualsIgnoreCase(text, start, placeholder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiEqualsIgnoreCase(String text, int start, String lowerCaseAscii) {
        for (int i = 0; i < lowerCaseAscii.length(); i++) {
            char c = text.charAt(start + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerCaseAscii.charAt(i)) {
                return false;
            }
        }
        return true;
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
