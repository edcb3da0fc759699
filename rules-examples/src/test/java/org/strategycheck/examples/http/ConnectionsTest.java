package org.strategycheck.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 as clients use it, on raw sockets: HEAD, keep-alive, pipelining, 100-continue, HTTP/1.0. */
class ConnectionsTest {

    private static CheckServer server;

    @BeforeAll
    static void start() throws IOException {
        server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void headIsGetWithoutTheBodyAndLeavesTheConnectionReadyForTheNext() throws IOException {
        try (RawHttp client = new RawHttp(server)) {
            RawHttp.Answer get = client.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();
            RawHttp.Answer head = client.send("HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
            RawHttp.Answer after = client.send("GET /v1/rules HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertEquals(200, head.status());
            assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
            assertEquals(get.header("Content-Type"), head.header("Content-Type"));
            // Had the HEAD answer carried a body, this answer would start inside it.
            assertEquals(200, after.status());
            assertTrue(after.text().startsWith("{\"ruleSetVersion\""), after.text());
        }
    }

    @Test
    void headOnEveryPathLogsNothing() throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try (RawHttp client = new RawHttp(server)) {
            for (String path : new String[] {Routes.HEALTH, Routes.RULES, Routes.OPENAPI}) {
                assertEquals(200, client.send("HEAD " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").read(true).status());
            }
            RawHttp.Answer check = client.send("HEAD /v1/check HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
            assertEquals(405, check.status());
            assertEquals("POST", check.header("Allow"));
        } finally {
            System.setErr(err);
        }
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        byte[] record = sample("good-infant-injury.json");
        try (RawHttp client = new RawHttp(server)) {
            client.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /v1/check?mode=draft HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + record.length + "\r\n\r\n" + new String(record, StandardCharsets.ISO_8859_1)
                    + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");

            assertEquals(200, client.read().status());
            RawHttp.Answer checked = client.read();
            assertEquals(200, checked.status());
            assertEquals("DRAFT", checked.json().get("mode").asText());
            assertEquals(404, client.read().status());
        }
    }

    @Test
    void aChunkedRecordIsReadAndChecked() throws IOException {
        byte[] record = sample("good-infant-injury.json");
        int half = record.length / 2;
        try (RawHttp client = new RawHttp(server)) {
            client.send("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(half) + ";ext=1\r\n" + new String(record, 0, half, StandardCharsets.ISO_8859_1) + "\r\n"
                    + Integer.toHexString(record.length - half) + "\r\n"
                    + new String(record, half, record.length - half, StandardCharsets.ISO_8859_1) + "\r\n"
                    + "0\r\nX-Trailer: ignored\r\n\r\n");

            RawHttp.Answer answer = client.read();
            assertEquals(200, answer.status(), answer.text());
            assertEquals(Http.direct(record, org.strategycheck.CheckMode.AS_RECORDED), answer.text());
            assertEquals(200, client.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read().status());
        }
    }

    @Test
    void expectContinueGetsAnInterimAnswerBeforeTheBodyIsSent() throws IOException {
        byte[] record = sample("good-infant-injury.json");
        try (RawHttp client = new RawHttp(server)) {
            client.send("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + record.length + "\r\n\r\n");

            assertEquals(100, client.read(true).status());
            assertEquals(200, client.send(record).read().status());
        }
    }

    @Test
    void aRefusedBodyIsNeverAskedFor() throws IOException {
        try (RawHttp client = new RawHttp(server)) {
            client.send("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 10\r\n\r\n");

            RawHttp.Answer answer = client.read();
            assertEquals(415, answer.status());
            assertEquals("close", answer.header("Connection"));
        }
    }

    @Test
    void anHttp10RequestIsAnsweredAndClosed() throws IOException {
        try (RawHttp client = new RawHttp(server)) {
            RawHttp.Answer answer = client.send("GET /health HTTP/1.0\r\n\r\n").read();

            assertEquals(200, answer.status());
            assertEquals("close", answer.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void connectionCloseFromTheClientIsHonoured() throws IOException {
        try (RawHttp client = new RawHttp(server)) {
            RawHttp.Answer answer = client.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();

            assertEquals(200, answer.status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void everyAnswerCarriesADateAndNoStore() throws IOException {
        try (RawHttp client = new RawHttp(server)) {
            RawHttp.Answer answer = client.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertTrue(answer.header("Date").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                    answer.header("Date"));
            assertEquals("no-store", answer.header("Cache-Control"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        }
    }
}
