package org.strategycheck.audit.internal;

import org.strategycheck.RecordError;

/**
 * One input record to check, or the reason there is nothing to check.
 *
 * @param source where it came from: {@code FILE}, {@code FILE:LINE} or the host's label
 * @param json   the record's bytes, or {@code null} when {@code error} is set
 * @param error  why it could not be read, or {@code null}
 * @param length the bytes of input it stands for, for progress
 */
public record Input(String source, byte[] json, RecordError error, long length) {

    /**
     * A record read.
     *
     * @param source where it came from
     * @param json   its bytes
     * @return the input
     */
    public static Input of(String source, byte[] json) {
        return new Input(source, json, null, json.length);
    }

    /**
     * Nothing to check, and why.
     *
     * @param source where it came from
     * @param error  why it could not be read
     * @return the input
     */
    public static Input failed(String source, RecordError error) {
        return new Input(source, null, error, 0);
    }

    /**
     * The same input standing for another number of bytes.
     *
     * @param bytes the bytes of input
     * @return the input
     */
    public Input withLength(long bytes) {
        return new Input(source, json, error, bytes);
    }
}
