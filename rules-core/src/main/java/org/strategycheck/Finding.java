package org.strategycheck;

import java.util.List;
import java.util.Objects;

/**
 * One gap a rule found in a record.
 *
 * <p>The message is held as a key and arguments and rendered late ({@link #message()} in
 * English, {@link #message(Messages)} in a host's wording), so a finding never carries text
 * taken from the record: arguments are positions, enumeration values and dates, never free
 * text.
 *
 * @param ruleId     the catalogue id of the rule, e.g. {@code ACT-OWNER-NAMED}
 * @param severity   how serious the gap is
 * @param messageKey the message's key in the message bundle
 * @param arguments  the message's arguments, already formatted
 * @param pointers   JSON pointers (RFC 6901) into the record at the fields concerned; empty
 *                   when the finding concerns the whole record
 * @param source     the guidance or audit the rule rests on
 */
public record Finding(
        String ruleId,
        Severity severity,
        String messageKey,
        List<String> arguments,
        List<String> pointers,
        String source) {

    /** Checks and copies the components. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        pointers = List.copyOf(pointers);
        source = source == null ? "" : source;
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
