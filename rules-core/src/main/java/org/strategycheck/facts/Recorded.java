package org.strategycheck.facts;

/**
 * How a text the rules check is recorded (rule catalogue v1.1, "Recorded text"): a text counts
 * only when it is substantive. A finding says which of the other two it met, so a form can tell
 * a box left empty from one filled with "n/a". ({@code false} for a yes-or-no field is a third
 * thing, <em>recorded as not done</em>; the vocabulary keeps such fields as {@code Boolean}.)
 */
public enum Recorded {
    /** Nothing written: {@code null}, absent, or only white space. */
    NOT_RECORDED,
    /**
     * Something written that says nothing: one of the catalogue's placeholders ("n/a", "none",
     * "tbc", "see notes", ...), compared case-insensitively after trimming white space and
     * trailing full stops; or a single character; or only punctuation (no letter or digit).
     */
    PLACEHOLDER,
    /** Text that says something: the check is met. */
    SUBSTANTIVE;

    /**
     * Whether the text counts as recorded.
     *
     * @return {@code true} only for {@link #SUBSTANTIVE}
     */
    public boolean substantive() {
        return this == SUBSTANTIVE;
    }

    /**
     * The better recorded of two texts, where either will do (the child's views, or how the
     * child will be seen).
     *
     * @param one   one text's state
     * @param other the other's
     * @return substantive when either is, else a placeholder when either is, else not recorded
     */
    public static Recorded either(Recorded one, Recorded other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
