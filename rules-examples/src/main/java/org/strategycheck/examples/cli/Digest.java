package org.strategycheck.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;

/**
 * What the audit report needs of one record, and no more: ids, the grade, which rules passed
 * and failed, the findings of an Inadequate record by rule and pointer, and the groups of
 * {@link Outcome.Context}. It is made from a fresh outcome or, on {@code --resume}, from the
 * {@code results.jsonl} line an earlier run wrote, so both give the same report.
 *
 * @param source   where the record came from
 * @param recordId the record's id, or {@code null}
 * @param grade    the grade, or {@code null} when rejected
 * @param passed   ids of the rules met
 * @param failed   ids of the rules not met
 * @param findings the findings when the grade is Inadequate, else empty
 * @param context  the record's groups, or {@code null} when rejected
 * @param profile  the profile applied, e.g. {@code england 1.0}, or {@code null} when rejected
 * @param error    the first error when rejected, else {@code null}
 */
record Digest(String source, String recordId, Grade grade, List<String> passed, List<String> failed,
        List<FindingRef> findings, Outcome.Context context, String profile, RecordError error) {

    /**
     * A finding as the report shows it: where, never what the record says.
     *
     * @param ruleId   the rule
     * @param severity its severity
     * @param pointers the JSON pointers
     */
    record FindingRef(String ruleId, Severity severity, List<String> pointers) {
    }

    Digest {
        passed = List.copyOf(passed);
        failed = List.copyOf(failed);
        findings = List.copyOf(findings);
    }

    boolean graded() {
        return grade != null;
    }

    static Digest of(Outcome outcome) {
        if (!outcome.graded()) {
            return new Digest(outcome.source(), outcome.recordId(), null, List.of(), List.of(), List.of(), null, null,
                    outcome.errors().get(0));
        }
        AuditResult result = outcome.result();
        List<FindingRef> findings = new ArrayList<>();
        if (result.grade() == Grade.INADEQUATE) {
            for (Finding finding : result.findings()) {
                findings.add(new FindingRef(finding.ruleId(), finding.severity(), finding.pointers()));
            }
        }
        return new Digest(outcome.source(), result.recordId(), result.grade(), result.passed(), result.failed(),
                findings, outcome.context(), result.profileId() + " " + result.profileVersion(), null);
    }

    /**
     * The digest of a {@code results.jsonl} line written by an earlier run.
     *
     * @param line    the line, parsed
     * @param context the groups, read again from the record; {@code null} for an error line
     * @return the digest
     */
    static Digest of(JsonNode line, Outcome.Context context) {
        String source = text(line, "source");
        String recordId = text(line, "recordId");
        if (line.has("error")) {
            JsonNode error = line.get("error");
            List<String> arguments = new ArrayList<>();
            error.path("arguments").forEach(a -> arguments.add(a.asText()));
            RecordError first = new RecordError(error.path("pointer").asText(), error.path("messageKey").asText(),
                    arguments, error.path("line").asInt(0), error.path("column").asInt(0));
            return new Digest(source, recordId, null, List.of(), List.of(), List.of(), null, null, first);
        }
        Grade grade = Grade.valueOf(line.get("grade").asText());
        List<String> failed = new ArrayList<>();
        List<FindingRef> findings = new ArrayList<>();
        for (JsonNode finding : line.path("findings")) {
            String ruleId = finding.get("ruleId").asText();
            if (!failed.contains(ruleId)) {
                failed.add(ruleId);
            }
            if (grade == Grade.INADEQUATE) {
                findings.add(new FindingRef(ruleId, Severity.valueOf(finding.get("severity").asText()),
                        strings(finding.path("pointers"))));
            }
        }
        return new Digest(source, recordId, grade, strings(line.path("passed")), failed, findings, context,
                text(line, "profile") + " " + text(line, "profileVersion"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
