package org.strategycheck.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.direct;
import static org.strategycheck.examples.http.Http.json;
import static org.strategycheck.examples.http.Http.sample;
import static org.strategycheck.examples.http.Http.withField;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategycheck.CheckMode;

/** The example service over real HTTP on loopback, answering as the library does. */
class CheckServerTest {

    private static CheckServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    // ---- POST /v1/check

    @Test
    void checkAnswersWhatTheLibraryAnswers() {
        byte[] record = sample("school-nurse-not-school.json");

        HttpResponse<String> response = http.post("/v1/check", record);

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(direct(record, CheckMode.AS_RECORDED), response.body());
    }

    @Test
    void theAnswerGroupsFindingsByField() {
        JsonNode answer = json(http.post("/v1/check", sample("school-nurse-not-school.json")));

        JsonNode first = answer.get("fields").get(0);
        assertEquals("/actions/0/owner/name", first.get("pointer").asText());
        int position = first.get("findings").get(0).asInt();
        assertEquals("ACT-OWNER-NAMED", answer.get("findings").get(position).get("ruleId").asText());
    }

    @Test
    void modeDraftJudgesAFinalRecordAsADraftWithRulesPending() {
        byte[] record = sample("school-nurse-not-school.json");

        HttpResponse<String> response = http.post("/v1/check?mode=draft", record);

        assertEquals(200, response.statusCode());
        assertEquals(direct(record, CheckMode.DRAFT), response.body());
        assertEquals("DRAFT", json(response).get("mode").asText());
        assertTrue(json(response).get("pending").toString().contains("DEC-S47-RECORDED"), response.body());
    }

    @Test
    void modeFinalAppliesEveryRuleToADraft() {
        byte[] record = sample("draft-no-decision.json");

        HttpResponse<String> response = http.post("/v1/check?mode=final", record);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(direct(record, CheckMode.FINAL), response.body());
        assertEquals("FINAL", json(response).get("mode").asText());
    }

    @Test
    void modeFinalOnADraftWithoutHeldAtIs400AtHeldAt() {
        byte[] record = withField(sample("draft-no-decision.json"), "heldAt", null);

        HttpResponse<String> response = http.post("/v1/check?mode=final", record);

        assertEquals(400, response.statusCode());
        assertEquals("/heldAt", json(response).get("error").get("pointer").asText());
        assertEquals("SD-SAMPLE-0003", json(response).get("recordId").asText());
    }

    @Test
    void anUnknownModeIs400() {
        HttpResponse<String> response = http.post("/v1/check?mode=later", sample("draft-no-decision.json"));

        assertEquals(400, response.statusCode());
        assertEquals("http.badMode", json(response).get("error").get("messageKey").asText());
    }

    @Test
    void anUnknownQueryParameterIs400() {
        HttpResponse<String> response = http.post("/v1/check?profile=x", sample("draft-no-decision.json"));

        assertEquals(400, response.statusCode());
        assertEquals("http.badParameter", json(response).get("error").get("messageKey").asText());
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        HttpResponse<String> response = http.post("/v1/check", "{\"schemaVersion\":\"1\",\n,}".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode());
        JsonNode error = json(response).get("error");
        assertEquals("json.malformed", error.get("messageKey").asText());
        assertEquals(2, error.get("line").asInt());
    }

    @Test
    void anUnknownEnumerationValueIs400AtItsPointerWithTheAllowedValues() {
        byte[] record = withField(sample("good-infant-injury.json"), "format", "\"CARRIER_PIGEON\"");

        HttpResponse<String> response = http.post("/v1/check", record);

        assertEquals(400, response.statusCode());
        JsonNode answer = json(response);
        assertEquals("SD-SAMPLE-0001", answer.get("recordId").asText());
        assertEquals("/format", answer.get("error").get("pointer").asText());
        assertEquals("record.unknownValue", answer.get("error").get("messageKey").asText());
        assertEquals("[\"MEETING, VIRTUAL_MEETING, TELEPHONE, MIXED\"]", answer.get("error").get("arguments").toString());
    }

    @Test
    void anEmptyBodyIs400() {
        HttpResponse<String> response = http.post("/v1/check", new byte[0]);

        assertEquals(400, response.statusCode());
        assertEquals("json.empty", json(response).get("error").get("messageKey").asText());
    }

    @Test
    void answersNeverQuoteTheRecordsFreeText() {
        byte[] named = withField(sample("school-nurse-not-school.json"), "timingRationale", "\"Jane Doe-Secret\"");
        byte[] badlyTyped = withField(sample("school-nurse-not-school.json"), "heldAt", "\"Jane Doe-Secret\"");

        HttpResponse<String> graded = http.post("/v1/check", named);
        HttpResponse<String> rejected = http.post("/v1/check", badlyTyped);

        assertEquals(200, graded.statusCode());
        assertEquals(400, rejected.statusCode());
        assertFalse(graded.body().contains("Secret"), graded.body());
        assertFalse(rejected.body().contains("Secret"), rejected.body());
    }

    @Test
    void aContentTypeOtherThanJsonIs415() {
        HttpResponse<String> response = http.post("/v1/check", "text/plain", sample("draft-no-decision.json"));

        assertEquals(415, response.statusCode());
        assertEquals("http.unsupportedMediaType", json(response).get("error").get("messageKey").asText());
    }

    @Test
    void noContentTypeIs415() {
        assertEquals(415, http.post("/v1/check", null, sample("draft-no-decision.json")).statusCode());
    }

    @Test
    void jsonInACharsetOtherThanUtf8Is415() {
        assertEquals(415, http.post("/v1/check", "application/json; charset=ISO-8859-1",
                sample("draft-no-decision.json")).statusCode());
    }

    @Test
    void jsonDeclaredAsUtf8InAnyCaseIsAccepted() {
        assertEquals(200, http.post("/v1/check", "Application/JSON; charset=\"UTF-8\"",
                sample("draft-no-decision.json")).statusCode());
    }

    @Test
    void aGetOnCheckIs405NamingTheMethodAllowed() {
        HttpResponse<String> response = http.get("/v1/check");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
        assertEquals("http.methodNotAllowed", json(response).get("error").get("messageKey").asText());
    }

    @Test
    void aPostOnRulesIs405() {
        HttpResponse<String> response = http.post("/v1/rules", "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void anUnknownPathIs404InJson() {
        HttpResponse<String> response = http.get("/v2/check");

        assertEquals(404, response.statusCode());
        assertEquals("http.notFound", json(response).get("error").get("messageKey").asText());
    }

    // ---- GET

    @Test
    void rulesListsTheCheckersRulesInCatalogueOrder() {
        JsonNode answer = json(http.get("/v1/rules"));

        List<String> ids = new ArrayList<>();
        answer.get("rules").forEach(rule -> ids.add(rule.get("id").asText()));
        assertEquals(CHECKER.rules().stream().map(r -> r.id()).toList(), ids);
        assertEquals(CHECKER.ruleSetVersion(), answer.get("ruleSetVersion").asText());
    }

    @Test
    void rulesSayWhichCanOnlyHoldAfterTheMeeting() {
        JsonNode answer = json(http.get("/v1/rules"));

        for (JsonNode rule : answer.get("rules")) {
            boolean finalOnly = CHECKER.rules().stream().filter(r -> r.id().equals(rule.get("id").asText()))
                    .findFirst().orElseThrow().finalOnly();
            assertEquals(finalOnly, rule.get("finalOnly").asBoolean(), rule.toString());
        }
    }

    @Test
    void healthSaysUpWithTheRuleSetVersion() {
        HttpResponse<String> response = http.get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).get("status").asText());
        assertEquals(CHECKER.ruleSetVersion(), json(response).get("ruleSetVersion").asText());
        assertEquals(CHECKER.catalogueVersion(), json(response).get("catalogueVersion").asText());
    }

    @Test
    void rulesNameTheCatalogueAndWriteOutItsSources() {
        JsonNode answer = json(http.get("/v1/rules"));

        assertEquals(CHECKER.catalogueVersion(), answer.get("catalogueVersion").asText());
        List<String> codes = new ArrayList<>();
        answer.get("sources").forEach(source -> codes.add(source.get("code").asText()));
        assertEquals(CHECKER.sources().stream().map(s -> s.code()).toList(), codes);
    }

    @Test
    void theServiceListensOnLoopbackByDefault() {
        assertTrue(CheckServer.Settings.defaults().bind().isLoopbackAddress());
        assertEquals("127.0.0.1", server.uri().getHost());
    }
}
