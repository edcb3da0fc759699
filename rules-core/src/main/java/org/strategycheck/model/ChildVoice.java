package org.strategycheck.model;

/**
 * The child's views and how the child will be seen.
 *
 * @param views              free text
 * @param howChildWillBeSeen free text
 * @param seenAlone          the child was or will be seen alone
 */
public record ChildVoice(String views, String howChildWillBeSeen, Boolean seenAlone) {
    /** A child's-voice section with nothing recorded. */
    public static final ChildVoice EMPTY = new ChildVoice(null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "ChildVoice[views=" + Redacted.text(views) + ", howChildWillBeSeen=" + Redacted.text(howChildWillBeSeen) + ", seenAlone=" + seenAlone + "]";
    }
}
