package org.strategycheck.model;

/**
 * What {@code toString()} shows of free text: whether it is there, never what it says. Records
 * end up in logs (a host's, or the engine's own at TRACE), and their free text may hold
 * personal data.
 */
public final class Redacted {

    private Redacted() {
    }

    /**
     * How a free-text value is shown.
     *
     * @param text a value, or {@code null}
     * @return {@code null}, {@code <blank>} or {@code <text>}
     */
    public static String text(String text) {
        return text == null ? "null" : text.isBlank() ? "<blank>" : "<text>";
    }
}
