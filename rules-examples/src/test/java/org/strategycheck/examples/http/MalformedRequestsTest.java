package org.strategycheck.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.examples.http.Http.CHECKER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no well-behaved client sends, written byte for byte on a raw socket: each is
 * answered with the service's JSON error (never an HTML page, never a Java class name), with
 * the status and message key the OpenAPI document gives.
 */
class MalformedRequestsTest {

    private static final String CHECK_HEAD = "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
    private static CheckServer server;

    @BeforeAll
    static void start() throws IOException {
        server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String post(String target, String extraHeaders, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + extraHeaders
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("?%zz in the query", post("/v1/check?%zz", "", "{}"), 400, "http.badQuery"),
                Arguments.of("a mode escaped with %zz", post("/v1/check?mode=%zz", "", "{}"), 400, "http.badQuery"),
                Arguments.of("an escape cut short", post("/v1/check?mode=draf%6", "", "{}"), 400, "http.badQuery"),
                Arguments.of("an escape that is not UTF-8", post("/v1/check?mode=%ff", "", "{}"), 400, "http.badQuery"),
                Arguments.of("a repeated mode", post("/v1/check?mode=draft&mode=final", "", "{}"), 400,
                        "http.repeatedParameter"),
                Arguments.of("a repeated mode, the same twice", post("/v1/check?mode=draft&mode=draft", "", "{}"), 400,
                        "http.repeatedParameter"),
                Arguments.of("Content-Length: abc", CHECK_HEAD + "Content-Length: abc\r\n\r\n{}", 400,
                        "http.badContentLength"),
                Arguments.of("a negative Content-Length", CHECK_HEAD + "Content-Length: -2\r\n\r\n{}", 400,
                        "http.badContentLength"),
                Arguments.of("two Content-Lengths", CHECK_HEAD + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400,
                        "http.badFraming"),
                Arguments.of("a Content-Length list", CHECK_HEAD + "Content-Length: 2, 2\r\n\r\n{}", 400, "http.badFraming"),
                Arguments.of("Content-Length and Transfer-Encoding",
                        CHECK_HEAD + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 400,
                        "http.badFraming"),
                Arguments.of("Transfer-Encoding: gzip", CHECK_HEAD + "Transfer-Encoding: gzip\r\n\r\n", 501,
                        "http.unsupportedTransferEncoding"),
                Arguments.of("a chunk size that is not hexadecimal",
                        CHECK_HEAD + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400, "http.badChunk"),
                Arguments.of("a chunk without its line end",
                        CHECK_HEAD + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n", 400, "http.badChunk"),
                Arguments.of("a request line without spaces", "GARBAGE\r\n\r\n", 400, "http.badRequestLine"),
                Arguments.of("a version in lower case", "GET /health http/1.1\r\nHost: x\r\n\r\n", 400, "http.badRequestLine"),
                Arguments.of("two spaces in the request line", "GET  /health HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "http.badRequestLine"),
                Arguments.of("HTTP/2.0 in the request line", "GET /health HTTP/2.0\r\nHost: x\r\n\r\n", 505,
                        "http.versionNotSupported"),
                Arguments.of("the target *", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 400, "http.badTarget"),
                Arguments.of("an absolute target", "GET http://localhost/health HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "http.badTarget"),
                Arguments.of("a byte over 127 in the target", "GET /h\u00e9alth HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "http.badTarget"),
                Arguments.of("a header without a colon", "GET /health HTTP/1.1\r\nHost x\r\n\r\n", 400, "http.badHeader"),
                Arguments.of("a space before the colon", "GET /health HTTP/1.1\r\nHost : x\r\n\r\n", 400, "http.badHeader"),
                Arguments.of("a folded header", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n", 400,
                        "http.badHeader"),
                Arguments.of("a control character in a header", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: 1\u00012\r\n\r\n",
                        400, "http.badHeader"),
                Arguments.of("no Host", "GET /health HTTP/1.1\r\n\r\n", 400, "http.missingHost"),
                Arguments.of("two Hosts", "GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "http.missingHost"),
                Arguments.of("a head over 16 KiB", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: " + "a".repeat(17_000)
                        + "\r\n\r\n", 431, "http.headTooLarge"),
                Arguments.of("101 header fields", "GET /health HTTP/1.1\r\nHost: x\r\n" + "X-A: 1\r\n".repeat(100)
                        + "\r\n", 431, "http.headTooLarge"),
                Arguments.of("a Content-Length too long to count", CHECK_HEAD + "Content-Length: 99999999999999999999\r\n\r\n{}",
                        413, "http.tooLarge"),
                Arguments.of("an unknown method", "BREW /health HTTP/1.1\r\nHost: x\r\n\r\n", 405, "http.methodNotAllowed"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("malformed")
    void isAnsweredWithTheServicesJsonError(String what, String request, int status, String key) throws IOException {
        try (RawHttp raw = new RawHttp(server)) {
            RawHttp.Answer answer = raw.send(request).read();

            assertEquals(status, answer.status(), answer.text());
            assertEquals("application/json; charset=utf-8", answer.header("Content-Type"));
            JsonNode error = answer.json().get("error");
            assertEquals(status, error.get("status").asInt());
            assertEquals(key, error.get("messageKey").asText());
            assertFalse(error.get("message").asText().isEmpty());
            assertFalse(answer.text().contains("Exception"), answer.text());
            assertFalse(answer.text().contains("<"), answer.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void leavesNoConnectionItCannotTrustOpen(String what, String request, int status, String key) throws IOException {
        try (RawHttp raw = new RawHttp(server)) {
            RawHttp.Answer answer = raw.send(request).read();
            raw.timeout(5_000);
            if (status == 405) {
                // A request without a body was read whole: the connection carries the next one.
                RawHttp.Answer next = raw.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertEquals(200, next.status());
            } else {
                assertEquals("close", answer.header("Connection"));
                assertTrue(raw.closedByServer(), "closed after " + what);
            }
        }
    }
}
