package org.strategycheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.internal.json.RecordMapper;

/**
 * Writes results and record errors as one-line JSON objects, the shape of a
 * {@code results.jsonl} line:
 *
 * <pre>
 * {"source":…,"recordId":…,"grade":…,"findings":[{"ruleId","severity","message","messageKey",
 *   "arguments","pointers","source"}],"passed":[…],"notApplicable":[…],"ruleSetVersion":…,"profile":…,
 *   "profileVersion":…,"mode":"FINAL"|"DRAFT","pending":[…]}
 * {"source":…,"recordId":…,"error":{"pointer","message","messageKey","arguments","line","column"}}
 * </pre>
 *
 * <p>{@code source} is left out when {@code null}; so is an error's {@code recordId} when the
 * input did not get far enough to hold one. {@code mode} is the stage the rules judged and
 * {@code pending} the rules that wait for the final record (empty unless {@code DRAFT}): a
 * re-audit that meets a draft must not read its grade as a final record's. {@link #forForm}
 * writes the same result with the field-level view added, for a form that marks its fields.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /**
     * A result as one line of JSON.
     *
     * @param source   where the record came from (e.g. {@code file.jsonl:3}), or {@code null}
     * @param result   the result
     * @param messages the wording of the messages
     * @return the JSON, without a line break
     */
    public static String result(String source, AuditResult result, Messages messages) {
        return write(json -> {
            json.writeStartObject();
            resultFields(json, source, result, messages);
            json.writeEndObject();
        });
    }

    /**
     * A result for a form that marks its fields: the fields of {@link #result} (without
     * {@code source}), then the field-level view.
     *
     * <pre>
     * {…,"mode":"DRAFT","pending":["DEC-S47-RECORDED",…],
     *  "fields":[{"pointer":"/participants","findings":[0,3]},…],"recordLevel":[…]}
     * </pre>
     *
     * <p>{@code fields} is {@link AuditResult#byField()} in its order, and {@code recordLevel} is
     * {@link AuditResult#recordLevel()}; both give positions in {@code findings} (from 0), so a
     * finding with several pointers is written once and referred to from each of them.
     *
     * @param result   the result
     * @param messages the wording of the messages
     * @return the JSON, without a line break
     */
    public static String forForm(AuditResult result, Messages messages) {
        return write(json -> {
            json.writeStartObject();
            resultFields(json, null, result, messages);
            // Positions by identity: two equal findings (same rule, same place) are still two findings.
            Map<Finding, List<Integer>> positions = new IdentityHashMap<>();
            for (int i = 0; i < result.findings().size(); i++) {
                positions.computeIfAbsent(result.findings().get(i), f -> new ArrayList<>()).add(i);
            }
            json.writeArrayFieldStart("fields");
            for (Map.Entry<String, List<Finding>> field : result.byField().entrySet()) {
                json.writeStartObject();
                json.writeStringField("pointer", field.getKey());
                json.writeArrayFieldStart("findings");
                for (Finding finding : field.getValue()) {
                    json.writeNumber(positions.get(finding).get(0));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recordLevel");
            for (Finding finding : result.recordLevel()) {
                json.writeNumber(positions.get(finding).get(0));
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void resultFields(JsonGenerator json, String source, AuditResult result, Messages messages)
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
    }

    /**
     * A record that could not be checked, as one line of JSON. The first error is
     * {@code error}; any others follow in {@code otherErrors}.
     *
     * @param source   where the record came from, or {@code null}
     * @param problem  why it could not be checked
     * @param messages the wording of the messages
     * @return the JSON, without a line break
     */
    public static String error(String source, InvalidRecordException problem, Messages messages) {
        return error(source, problem.recordId().orElse(null), problem.errors(), messages);
    }

    /**
     * A record that could not be checked, as one line of JSON.
     *
     * @param source   where the record came from, or {@code null}
     * @param recordId the record's id if it could be read, else {@code null}
     * @param errors   at least one error
     * @param messages the wording of the messages
     * @return the JSON, without a line break
     */
    public static String error(String source, String recordId, List<RecordError> errors, Messages messages) {
        return write(json -> {
            json.writeStartObject();
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
            json.writeEndObject();
        });
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

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = RecordMapper.generator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
