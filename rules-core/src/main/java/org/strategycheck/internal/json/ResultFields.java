package org.strategycheck.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;

/**
 * The fields of a result line and of an error line, written once for every writer of them
 * ({@link org.strategycheck.json.ResultJson} and the audit's results-line codec), so the
 * shapes cannot drift apart.
 */
public final class ResultFields {

    private ResultFields() {
    }

    /** Writes the inside of one JSON object. */
    public interface Body {
        /**
         * Writes fields.
         *
         * @param json the generator
         * @throws IOException never, for a string
         */
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * Runs a body on a generator writing to a string.
     *
     * @param body what to write
     * @return the JSON written, on one line
     */
    public static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = RecordMapper.generator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The fields of a result, from {@code source} to {@code pending}, then {@code catalogueVersion}
     * (added after the fields that came before it, so they keep their places and bytes).
     *
     * @param json     the generator, inside an object
     * @param source   where the record came from, or {@code null} to leave it out
     * @param result   the result
     * @param messages the wording
     * @throws IOException never, for a string
     */
    public static void result(JsonGenerator json, String source, AuditResult result, Messages messages)
            throws IOException {
        if (source != null) {
            json.writeStringField("source", source);
        }
        json.writeStringField("recordId", result.recordId());
        json.writeStringField("grade", result.grade().name());
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("message", finding.message(messages));
            json.writeStringField("messageKey", finding.messageKey());
            strings(json, "arguments", finding.arguments());
            strings(json, "pointers", finding.pointers());
            json.writeStringField("source", finding.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "passed", result.passed());
        strings(json, "notApplicable", result.notApplicable());
        json.writeStringField("ruleSetVersion", result.ruleSetVersion());
        json.writeStringField("profile", result.profileId());
        json.writeStringField("profileVersion", result.profileVersion());
        json.writeStringField("mode", result.mode().name());
        strings(json, "pending", result.pending());
        json.writeStringField("catalogueVersion", result.catalogueVersion());
    }

    /**
     * The fields of a record that could not be checked: {@code source}, {@code recordId},
     * {@code error} and any {@code otherErrors}.
     *
     * @param json     the generator, inside an object
     * @param source   where the record came from, or {@code null} to leave it out
     * @param recordId the record's id, or {@code null} to leave it out
     * @param errors   at least one error
     * @param messages the wording
     * @throws IOException never, for a string
     */
    public static void error(JsonGenerator json, String source, String recordId, List<RecordError> errors,
            Messages messages) throws IOException {
        if (source != null) {
            json.writeStringField("source", source);
        }
        if (recordId != null) {
            json.writeStringField("recordId", recordId);
        }
        json.writeFieldName("error");
        error(json, errors.get(0), messages);
        if (errors.size() > 1) {
            json.writeArrayFieldStart("otherErrors");
            for (RecordError other : errors.subList(1, errors.size())) {
                error(json, other, messages);
            }
            json.writeEndArray();
        }
    }

    private static void error(JsonGenerator json, RecordError error, Messages messages) throws IOException {
        json.writeStartObject();
        json.writeStringField("pointer", error.pointer());
        json.writeStringField("message", error.message(messages));
        json.writeStringField("messageKey", error.messageKey());
        strings(json, "arguments", error.arguments());
        if (error.line() > 0) {
            json.writeNumberField("line", error.line());
            json.writeNumberField("column", error.column());
        }
        json.writeEndObject();
    }

    /**
     * A field holding an array of strings.
     *
     * @param json   the generator
     * @param name   the field's name
     * @param values the strings
     * @throws IOException never, for a string
     */
    public static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
