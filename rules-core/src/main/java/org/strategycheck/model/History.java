package org.strategycheck.model;

/**
 * Previous and current social-work involvement.
 *
 * @param previousInvolvementRecorded previous involvement was recorded
 * @param currentInvolvementRecorded  current involvement was recorded
 * @param summary                     free text
 */
public record History(Boolean previousInvolvementRecorded, Boolean currentInvolvementRecorded, String summary) {
    /** A history section with nothing recorded. */
    public static final History EMPTY = new History(null, null, null);

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "History[previousInvolvementRecorded=" + previousInvolvementRecorded + ", currentInvolvementRecorded=" + currentInvolvementRecorded + ", summary=" + Redacted.text(summary) + "]";
    }
}
