package org.strategycheck;

import java.util.List;
import java.util.Objects;

/**
 * Why a record could not be read or does not meet the format's contract, and where.
 *
 * <p>Like a {@link Finding}, it holds a message key and arguments, rendered late. It never
 * quotes a value from the record: arguments are property names, allowed values, expected
 * types, limits and positions.
 *
 * @param pointer   JSON pointer (RFC 6901) to the offending place; {@code ""} for the whole
 *                  document
 * @param messageKey the message's key in the message bundle
 * @param arguments the message's arguments, already formatted
 * @param line      1-based line in the input where the problem was seen, or 0 when unknown
 * @param column    1-based column in that line, or 0 when unknown
 */
public record RecordError(String pointer, String messageKey, List<String> arguments, int line, int column) {

    /** Checks and copies the components. */
    public RecordError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /**
     * An error with no position in the input text.
     *
     * @param pointer    where
     * @param messageKey why
     * @param arguments  the message's arguments
     * @return the error
     */
    public static RecordError at(String pointer, String messageKey, String... arguments) {
        return new RecordError(pointer, messageKey, List.of(arguments), 0, 0);
    }

    /**
     * The message in the library's English wording.
     *
     * @return the rendered message
     */
    public String message() {
        return Messages.english().render(messageKey, arguments);
    }

    /**
     * The message in the given wording.
     *
     * @param messages the host's messages
     * @return the rendered message
     */
    public String message(Messages messages) {
        return messages.render(messageKey, arguments);
    }
}
