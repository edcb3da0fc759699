package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;

/** Results and record errors as one-line JSON objects (a results.jsonl line). */
class ResultJsonTest {


    private static final Messages MESSAGES = Messages.english().withOverrides(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"test.action.owner", "Action {0} has no named owner."}};
        }
    });

    private static AuditResult result() {
        Finding finding = new Finding("ACT-OWNER-NAMED", Severity.MAJOR, "test.action.owner", List.of("A2"),
                List.of("/actions/1/owner/name"), "Working Together 2023");
        return new AuditResult("SD-1", Grade.REQUIRES_IMPROVEMENT, List.of(finding), List.of("RULE-A"),
                List.of("RULE-B", "RULE-C"), "0.1.0", "england", "1.0");
    }



    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static InvalidRecordException invalid(String json) {
        return assertThrows(InvalidRecordException.class, () -> RecordJson.read(json));
    }

    @Test
    void resultLineHasTheDocumentedFields() {
        JsonNode line = JsonLines.parse(ResultJson.result("batch.jsonl:3", result(), MESSAGES));

        assertEquals(List.of("source", "recordId", "grade", "findings", "passed", "notApplicable", "ruleSetVersion", "profile", "profileVersion",
                "mode", "pending", "catalogueVersion"), JsonLines.names(line));
        assertEquals("batch.jsonl:3", line.get("source").asText());
        assertEquals("SD-1", line.get("recordId").asText());
        assertEquals("REQUIRES_IMPROVEMENT", line.get("grade").asText());
        assertEquals(List.of("RULE-A"), strings(line.get("passed")));
        assertEquals(List.of("RULE-B", "RULE-C"), strings(line.get("notApplicable")));
        assertEquals("0.1.0", line.get("ruleSetVersion").asText());
    }

    @Test
    void aFinalResultLineSaysFinalWithNothingPending() {
        JsonNode line = JsonLines.parse(ResultJson.result(null, result(), MESSAGES));

        assertEquals("FINAL", line.get("mode").asText());
        assertEquals(List.of(), strings(line.get("pending")));
    }

    @Test
    void aDraftsResultLineSaysDraftAndListsThePendingRules() {
        AuditResult draft = new AuditResult("SD-1", Grade.GOOD, List.of(), List.of("RULE-A"), List.of("RULE-B"),
                "0.1.0", "england", "1.0", CheckMode.DRAFT, List.of("RULE-B"));

        JsonNode line = JsonLines.parse(ResultJson.result(null, draft, MESSAGES));

        assertEquals("DRAFT", line.get("mode").asText());
        assertEquals(List.of("RULE-B"), strings(line.get("pending")));
    }

    @Test
    void findingHasTheDocumentedFields() {
        JsonNode finding = JsonLines.parse(ResultJson.result("batch.jsonl:3", result(), MESSAGES)).get("findings").get(0);

        assertEquals(List.of("ruleId", "severity", "message", "messageKey", "arguments", "pointers", "source"),
                JsonLines.names(finding));
        assertEquals("ACT-OWNER-NAMED", finding.get("ruleId").asText());
        assertEquals("MAJOR", finding.get("severity").asText());
        assertEquals("Action A2 has no named owner.", finding.get("message").asText());
        assertEquals("test.action.owner", finding.get("messageKey").asText());
        assertEquals(List.of("A2"), strings(finding.get("arguments")));
        assertEquals(List.of("/actions/1/owner/name"), strings(finding.get("pointers")));
        assertEquals("Working Together 2023", finding.get("source").asText());
    }

    @Test
    void resultSourceIsOmittedWhenNull() {
        JsonNode line = JsonLines.parse(ResultJson.result(null, result(), MESSAGES));

        assertFalse(line.has("source"));
        assertEquals("SD-1", line.get("recordId").asText());
    }

    @Test
    void resultWithoutFindingsHasAnEmptyFindingsArray() {
        AuditResult clean = new AuditResult("SD-2", Grade.GOOD, List.of(), List.of("RULE-A"), List.of(), "0.1.0", "england", "1.0");

        JsonNode line = JsonLines.parse(ResultJson.result(null, clean, Messages.english()));

        assertTrue(line.get("findings").isArray());
        assertEquals(0, line.get("findings").size());
        assertEquals(0, line.get("notApplicable").size());
    }

    @Test
    void errorLineHasTheDocumentedFields() {
        InvalidRecordException problem = invalid(
                "{\"schemaVersion\":\"1\",\"recordId\":\"R-9\",\"heldAt\":\"2024-03-12T15:30:00Z\","
                        + "\"children\":[{\"ref\":\"C1\"}],\"status\":\"final\"}");

        JsonNode line = JsonLines.parse(ResultJson.error("batch.jsonl:7", problem, Messages.english()));

        assertEquals(List.of("source", "recordId", "error"), JsonLines.names(line));
        assertEquals("batch.jsonl:7", line.get("source").asText());
        assertEquals("R-9", line.get("recordId").asText());
        JsonNode error = line.get("error");
        assertEquals(List.of("pointer", "message", "messageKey", "arguments", "line", "column"), JsonLines.names(error));
        assertEquals("/status", error.get("pointer").asText());
        assertEquals("Not an allowed value; allowed: DRAFT, FINAL.", error.get("message").asText());
        assertEquals("record.unknownValue", error.get("messageKey").asText());
        assertEquals(List.of("DRAFT, FINAL"), strings(error.get("arguments")));
        assertEquals(1, error.get("line").asInt());
        assertEquals(problem.firstError().column(), error.get("column").asInt());
        assertTrue(error.get("column").asInt() > 0);
    }

    @Test
    void errorSourceAndRecordIdAreOmittedWhenAbsent() {
        InvalidRecordException problem = invalid("{\"schemaVersion\": oops}");

        JsonNode line = JsonLines.parse(ResultJson.error(null, problem, Messages.english()));

        assertEquals(List.of("error"), JsonLines.names(line));
        assertEquals("json.malformed", line.get("error").get("messageKey").asText());
    }

    @Test
    void errorLineAndColumnAreOmittedWhenUnknown() {
        JsonNode line = JsonLines.parse(ResultJson.error(null, "R-1",
                List.of(RecordError.at("/children", "record.childrenEmpty")), Messages.english()));

        JsonNode error = line.get("error");
        assertEquals(List.of("pointer", "message", "messageKey", "arguments"), JsonLines.names(error));
        assertEquals("At least one child is required.", error.get("message").asText());
    }

    @Test
    void errorsAfterTheFirstAreOtherErrors() {
        InvalidRecordException problem = invalid("{\"schemaVersion\":\"1\",\"children\":[]}");

        JsonNode line = JsonLines.parse(ResultJson.error(null, problem, Messages.english()));

        assertEquals(List.of("error", "otherErrors"), JsonLines.names(line));
        assertEquals("/recordId", line.get("error").get("pointer").asText());
        assertEquals(List.of("/children", "/heldAt"),
                List.of(line.get("otherErrors").get(0).get("pointer").asText(),
                        line.get("otherErrors").get(1).get("pointer").asText()));
    }

    @Test
    void singleErrorHasNoOtherErrors() {
        JsonNode line = JsonLines.parse(ResultJson.error(null, "R-1",
                List.of(RecordError.at("/heldAt", "record.heldAtRequired")), Messages.english()));

        assertFalse(line.has("otherErrors"));
    }

    @Test
    void errorMessageUsesTheGivenWording() {
        Messages host = Messages.english().withOverrides(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"record.heldAtRequired", "Date de la réunion manquante."}};
            }
        });

        JsonNode line = JsonLines.parse(ResultJson.error(null, "R-1",
                List.of(RecordError.at("/heldAt", "record.heldAtRequired")), host));

        assertEquals("Date de la réunion manquante.", line.get("error").get("message").asText());
    }

    @Test
    void textIsEscapedSoTheLineStaysOneLine() {
        AuditResult result = new AuditResult("SD-\"1\"\n\u2028x", Grade.GOOD, List.of(), List.of(), List.of(), "0.1.0", "england", "1.0");

        JsonNode line = JsonLines.parse(ResultJson.result("dir\\file\n.jsonl", result, Messages.english()));

        assertEquals("SD-\"1\"\n\u2028x", line.get("recordId").asText());
        assertEquals("dir\\file\n.jsonl", line.get("source").asText());
    }
}
