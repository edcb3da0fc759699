package org.strategycheck.examples.http;

import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The published OpenAPI document describes the service that runs: the same paths, methods and answers. */
class OpenApiDocumentTest {

    private static CheckServer server;
    private static Http http;
    private static HttpResponse<String> served;

    @BeforeAll
    static void start() throws IOException {
        server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
        http = new Http(server);
        served = http.get("/v1/openapi.yaml");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(served.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) document().get("paths");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedStatuses(String path, String method) {
        Map<String, Object> operation = (Map<String, Object>) paths().get(path).get(method);
        return new TreeSet<>(((Map<String, Object>) operation.get("responses")).keySet());
    }

    @Test
    void theDocumentIsServedAsYaml() {
        assertEquals(200, served.statusCode());
        assertEquals("application/yaml; charset=utf-8", served.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void itIsAnOpenApi3Document() {
        assertTrue(String.valueOf(document().get("openapi")).startsWith("3."), "openapi: 3.x");
    }

    @Test
    void itDocumentsExactlyThePathsTheServiceAnswers() {
        assertEquals(Set.of(Routes.CHECK, Routes.RULES, Routes.HEALTH, Routes.OPENAPI), paths().keySet());
    }

    @Test
    void everyDocumentedOperationAnswersItsDocumentedSuccess() {
        for (Map.Entry<String, Map<String, Object>> path : paths().entrySet()) {
            for (String method : path.getValue().keySet()) {
                HttpResponse<String> response = method.equals("post")
                        ? http.post(path.getKey(), sample("good-infant-injury.json"))
                        : http.get(path.getKey());
                assertEquals(200, response.statusCode(), method + " " + path.getKey());
                assertTrue(documentedStatuses(path.getKey(), method).contains("200"), method + " " + path.getKey());
            }
        }
    }

    @Test
    void everyPathOnlyTakesItsDocumentedMethods() {
        for (Map.Entry<String, Map<String, Object>> path : paths().entrySet()) {
            String other = path.getValue().containsKey("get") ? "DELETE" : "GET";
            HttpResponse<String> response = http.send(http.request(path.getKey())
                    .method(other, HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, response.statusCode(), other + " " + path.getKey());
            assertTrue(documentedStatuses(path.getKey(), path.getValue().keySet().iterator().next()).contains("405"));
        }
    }

    @Test
    void theCheckOperationDocumentsEveryStatusItAnswers() {
        assertEquals(new TreeSet<>(List.of("200", "400", "405", "408", "413", "415", "431", "500", "501", "503", "505")),
                documentedStatuses(Routes.CHECK, "post"));
    }

    @Test
    void everyStatusAMalformedRequestGetsIsDocumentedForEveryOperationItCanReach() {
        Set<String> malformed = new TreeSet<>();
        MalformedRequestsTest.malformed().forEach(c -> malformed.add(String.valueOf(c.get()[2])));
        malformed.add("408");
        for (Map.Entry<String, Map<String, Object>> path : paths().entrySet()) {
            for (String method : path.getValue().keySet()) {
                for (String status : malformed) {
                    // Only a check reads a body, so only a check refuses one as too large.
                    if (!status.equals("413") || method.equals("post")) {
                        assertTrue(documentedStatuses(path.getKey(), method).contains(status),
                                status + " for " + method + " " + path.getKey());
                    }
                }
            }
        }
    }

    @Test
    void theModeParameterListsTheModesTheServiceTakes() {
        String yaml = served.body();
        assertTrue(yaml.contains("enum: [draft, final, as-recorded]"), "modes documented");
        assertNotEquals(400, http.post(Routes.CHECK + "?mode=as-recorded", sample("good-infant-injury.json")).statusCode());
    }
}
