package org.strategycheck.census;

import java.util.Objects;

/**
 * A child's {@code LAchildID}, held to match a census child with records about the same child
 * and never shown: there is no accessor, and {@link #toString()} withholds it. Two keys are
 * equal when the identifiers are equal, surrounding white space aside (as XML has it).
 */
public final class ChildKey {

    private final String id;

    private ChildKey(String id) {
        this.id = id;
    }

    /**
     * The key of an identifier, e.g. a record's {@code laChildId}.
     *
     * @param laChildId the local authority's child identifier
     * @return its key
     * @throws IllegalArgumentException when it is blank (the message does not quote it)
     */
    public static ChildKey of(String laChildId) {
        Objects.requireNonNull(laChildId, "laChildId");
        String trimmed = laChildId.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a child identifier is not blank");
        }
        return new ChildKey(trimmed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChildKey key && key.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Says that a key is there, never what it is: identifiers end up in logs.
     *
     * @return {@code ChildKey[withheld]}
     */
    @Override
    public String toString() {
        return "ChildKey[withheld]";
    }
}
