package org.strategycheck.model;

import java.util.Objects;
import org.strategycheck.census.ChildKey;
import org.strategycheck.internal.Identifiers;

/**
 * A child's {@code laChildId} (format revision 1.1): the local authority's child identifier, as
 * {@code LAchildID} in the Children in Need census. It is there to link a discussion to the
 * census's section 47 enquiries, never to be shown: {@link #toString()} withholds it, and there
 * is no accessor that returns it. Match it with {@link #key()}, or compare it with an
 * identifier of your own through {@link #equals(Object)}:
 *
 * <pre>{@code
 * boolean same = LaChildId.of(fromMyCaseSystem).equals(child.laChildId());
 * }</pre>
 *
 * <p>Two values are equal when their text is equal, exactly as written; {@link ChildKey}s,
 * like the census, ignore white space around the identifier.
 */
public final class LaChildId {

    static {
        // The library's own code (the JSON writer) needs the text; nothing else is given it.
        Identifiers.grant(id -> id.id);
    }

    private final String id;

    private LaChildId(String id) {
        this.id = id;
    }

    /**
     * The identifier of a child.
     *
     * @param laChildId the local authority's child identifier
     * @return it, as a value that withholds it
     * @throws IllegalArgumentException when it is blank (the message does not quote it)
     */
    public static LaChildId of(String laChildId) {
        Objects.requireNonNull(laChildId, "laChildId");
        if (laChildId.isBlank()) {
            throw new IllegalArgumentException("a child identifier is not blank");
        }
        return new LaChildId(laChildId);
    }

    /**
     * The key that matches this child with the census's child of the same identifier.
     *
     * @return the census key
     */
    public ChildKey key() {
        return ChildKey.of(id);
    }

    /**
     * Equal when the identifiers are the same text.
     *
     * @param other another object
     * @return whether it is the same identifier
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LaChildId that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Says that an identifier is there, never what it is: identifiers end up in logs.
     *
     * @return {@code LaChildId[withheld]}
     */
    @Override
    public String toString() {
        return "LaChildId[withheld]";
    }
}
