package org.strategycheck.profile;

/**
 * A profile could not be loaded: its message names the source, the JSON pointer of the key
 * at fault, and why.
 */
public final class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param source  where the profile came from
     * @param pointer JSON pointer to the key at fault
     * @param why     what is wrong
     */
    public InvalidProfileException(String source, String pointer, String why) {
        super("profile " + source + ": at '" + pointer + "': " + why, null, false, false);
        this.pointer = pointer;
    }

    /**
     * Where in the profile the problem is.
     *
     * @return a JSON pointer
     */
    public String pointer() {
        return pointer;
    }
}
