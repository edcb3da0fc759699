package org.strategycheck.json;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.internal.json.ResultFields;

/**
 * Writes results and record errors as one-line JSON objects, the shape of a
 * {@code results.jsonl} line:
 *
 * <pre>
 * {"source":…,"recordId":…,"grade":…,"findings":[{"ruleId","severity","message","messageKey",
 *   "arguments","pointers","source"}],"passed":[…],"notApplicable":[…],"ruleSetVersion":…,"profile":…,
 *   "profileVersion":…,"mode":"FINAL"|"DRAFT","pending":[…],"catalogueVersion":"1.1"}
 * {"source":…,"recordId":…,"error":{"pointer","message","messageKey","arguments","line","column"}}
 * </pre>
 *
 * <p>{@code source} is left out when {@code null}; so is an error's {@code recordId} when the
 * input did not get far enough to hold one. {@code mode} is the stage the rules judged and
 * {@code pending} the rules that wait for the final record (empty unless {@code DRAFT}): a
 * re-audit that meets a draft must not read its grade as a final record's. {@code catalogueVersion}
 * names the rule catalogue that judged the record, beside the library's {@code ruleSetVersion}
 * (the last field, so the fields before it are as they were). {@link #forForm}
 * writes the same result with the field-level view added, for a form that marks its fields.
 * The batch audit's {@code results.jsonl} line ({@link org.strategycheck.audit.ResultLines})
 * is the result line followed by the record's context (partnership, team, date, …).
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
        return ResultFields.write(json -> {
            json.writeStartObject();
            ResultFields.result(json, source, result, messages);
            json.writeEndObject();
        });
    }

    /**
     * A result for a form that marks its fields: the fields of {@link #result} (without
     * {@code source}), then the field-level view.
     *
     * <pre>
     * {…,"mode":"DRAFT","pending":["DEC-S47-RECORDED",…],"catalogueVersion":"1.1",
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
        return ResultFields.write(json -> {
            json.writeStartObject();
            ResultFields.result(json, null, result, messages);
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
        return ResultFields.write(json -> {
            json.writeStartObject();
            ResultFields.error(json, source, recordId, errors, messages);
            json.writeEndObject();
        });
    }
}
