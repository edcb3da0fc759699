package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Messages;
import org.strategycheck.Severity;

/** A result as a form needs it: a results.jsonl line plus the stage judged and the field-level view. */
class FormResultJsonTest {


    private static final Finding IDENTITY = new Finding("INF-IDENTITY", Severity.MAJOR, "INF-IDENTITY", List.of("2"),
            List.of("/identity/ethnicity", "/identity/culture"), "");
    private static final Finding HEALTH = new Finding("ATT-HEALTH-INVITED", Severity.CRITICAL, "ATT-HEALTH-INVITED",
            List.of(), List.of("/participants"), "");
    private static final Finding WHOLE = new Finding("X-WHOLE", Severity.MINOR, "X-WHOLE", List.of(), List.of(), "");

    private static AuditResult draft() {
        return new AuditResult("SD-1", Grade.INADEQUATE, List.of(HEALTH, IDENTITY, WHOLE), List.of("RULE-A"),
                List.of("DEC-S47-RECORDED", "INF-MARAC"), "0.1.0", "england", "1.0", CheckMode.DRAFT,
                List.of("DEC-S47-RECORDED"));
    }



    @Test
    void hasTheFieldsOfAResultsLineThenTheFieldView() {
        JsonNode form = JsonLines.parse(ResultJson.forForm(draft(), Messages.english()));

        assertEquals(List.of("recordId", "grade", "findings", "passed", "notApplicable", "ruleSetVersion", "profile",
                "profileVersion", "mode", "pending", "catalogueVersion", "fields", "recordLevel"), JsonLines.names(form));
        assertEquals("DRAFT", form.get("mode").asText());
        assertEquals("[\"DEC-S47-RECORDED\"]", form.get("pending").toString());
    }

    @Test
    void withoutTheAddedFieldsItIsTheResultsLine() {
        ObjectNode form = (ObjectNode) JsonLines.parse(ResultJson.forForm(draft(), Messages.english()));
        form.remove(List.of("fields", "recordLevel"));

        assertEquals(JsonLines.parse(ResultJson.result(null, draft(), Messages.english())), form);
    }

    @Test
    void fieldsReferToFindingsByPositionInPointerOrder() {
        JsonNode fields = JsonLines.parse(ResultJson.forForm(draft(), Messages.english())).get("fields");

        assertEquals("[{\"pointer\":\"/identity/culture\",\"findings\":[1]},"
                + "{\"pointer\":\"/identity/ethnicity\",\"findings\":[1]},"
                + "{\"pointer\":\"/participants\",\"findings\":[0]}]", fields.toString());
    }

    @Test
    void recordLevelFindingsAreReferredToByPosition() {
        JsonNode form = JsonLines.parse(ResultJson.forForm(draft(), Messages.english()));

        assertEquals("[2]", form.get("recordLevel").toString());
    }

    @Test
    void twoEqualFindingsAreTwoPositions() {
        Finding again = new Finding("ATT-HEALTH-INVITED", Severity.CRITICAL, "ATT-HEALTH-INVITED", List.of(),
                List.of("/participants"), "");
        AuditResult result = new AuditResult("SD-1", Grade.INADEQUATE, List.of(HEALTH, again), List.of(), List.of(),
                "0.1.0", "england", "1.0");

        JsonNode fields = JsonLines.parse(ResultJson.forForm(result, Messages.english())).get("fields");

        assertEquals("[{\"pointer\":\"/participants\",\"findings\":[0,1]}]", fields.toString());
    }
}
