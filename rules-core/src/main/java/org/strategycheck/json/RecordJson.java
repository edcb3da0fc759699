package org.strategycheck.json;

import java.nio.charset.StandardCharsets;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.internal.json.RecordMapper;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Reads and writes records in interchange format v1.
 *
 * <p>Reading is strict: an unknown property, an unknown enumeration value, a date in the
 * wrong shape, a value of the wrong JSON type, a duplicate key or a missing {@code recordId}
 * is an {@link InvalidRecordException} naming the JSON pointer, never a silent default. A
 * date-time without an offset is Europe/London time: one the clocks skipped is an error, one
 * they repeated is the earlier (BST) instant. The reader also bounds its input: at most
 * {@value #MAX_RECORD_LENGTH} bytes, strings of at most {@value #MAX_STRING_LENGTH} characters,
 * nesting at most {@value #MAX_NESTING_DEPTH} deep, a vendor's {@code extensions} included; an
 * error inside {@code extensions} is reported at {@code /extensions}, with its line and column,
 * because the vendor's keys are its data.
 */
public final class RecordJson {

    /** Largest record accepted, in bytes. */
    public static final int MAX_RECORD_LENGTH = RecordMapper.MAX_RECORD_LENGTH;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = RecordMapper.MAX_STRING_LENGTH;
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = RecordMapper.MAX_NESTING_DEPTH;

    private RecordJson() {
    }

    /**
     * Reads one record.
     *
     * @param json UTF-8 JSON
     * @return the record
     * @throws InvalidRecordException when it cannot be read or breaks the contract
     */
    public static StrategyDiscussion read(byte[] json) {
        return RecordMapper.read(json);
    }

    /**
     * Reads one record.
     *
     * @param json JSON text
     * @return the record
     * @throws InvalidRecordException when it cannot be read or breaks the contract
     */
    public static StrategyDiscussion read(String json) {
        return RecordMapper.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a record as compact JSON; reading it back gives an equal record.
     *
     * @param record the record
     * @return its JSON
     */
    public static String write(StrategyDiscussion record) {
        return RecordMapper.write(record);
    }
}
