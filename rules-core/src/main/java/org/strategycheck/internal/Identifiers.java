package org.strategycheck.internal;

import java.util.function.Function;
import org.strategycheck.model.LaChildId;

/**
 * The text of a withheld identifier, for the library's own code alone: the JSON writer must
 * write a record's {@code laChildId} back as it was read. The model type has no public
 * accessor, so that an identifier is never printed by accident; it hands its reader over here
 * when its class is initialised, which happens before any instance exists.
 */
public final class Identifiers {

    private static volatile Function<LaChildId, String> reader;

    private Identifiers() {
    }

    /**
     * Called once, by {@link LaChildId}'s class initialiser; any other caller is refused.
     *
     * @param text how to read an identifier's text
     * @throws IllegalStateException when called from anywhere else
     */
    public static void grant(Function<LaChildId, String> text) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != LaChildId.class) {
            throw new IllegalStateException("only LaChildId grants access to its text");
        }
        reader = text;
    }

    /**
     * The text of an identifier, to write it where the format says, never to show it.
     *
     * @param id an identifier
     * @return its text, as written
     */
    public static String text(LaChildId id) {
        return reader.apply(id);
    }
}
