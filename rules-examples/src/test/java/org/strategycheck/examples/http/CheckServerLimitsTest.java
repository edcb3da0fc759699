package org.strategycheck.examples.http;

import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request body limit: a body over it is refused before it is read, whether or not its length is declared. */
class CheckServerLimitsTest {

    private static final int LIMIT = 1024;
    private static CheckServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0).maxBodyBytes(LIMIT));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** {@code {}} padded with spaces to the given length: valid JSON, not a valid record. */
    private static byte[] padded(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[1] = '}';
        return body;
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIs413AndClosesTheConnection() {
        HttpResponse<String> response = http.post("/v1/check", padded(LIMIT * 4));

        assertEquals(413, response.statusCode());
        assertEquals("http.tooLarge", json(response).get("error").get("messageKey").asText());
        assertEquals(String.valueOf(LIMIT), json(response).get("error").get("arguments").get(0).asText());
        assertEquals("close", response.headers().firstValue("Connection").orElseThrow());
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIs413() {
        // No Content-Length: the server finds out by reading one byte past the limit, and no further.
        HttpRequest request = http.request("/v1/check")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded(LIMIT * 2))))
                .build();

        HttpResponse<String> response = http.send(request);

        assertEquals(413, response.statusCode());
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        HttpResponse<String> response = http.post("/v1/check", padded(LIMIT));

        assertEquals(400, response.statusCode());
        assertEquals("/schemaVersion", json(response).get("error").get("pointer").asText());
    }

    @Test
    void aLimitAboveTheLibrarysRecordLimitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CheckServer.Settings.defaults().maxBodyBytes(3 * 1024 * 1024));
    }

    @Test
    void settingsRefuseAPortOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> CheckServer.Settings.defaults().port(65536));
    }
}
