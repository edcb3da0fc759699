package org.strategycheck.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.json;
import static org.strategycheck.examples.http.Http.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Stopping lets the requests under way finish, turns new ones away with 503, then closes. */
class GracefulStopTest {

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void aRequestUnderWayFinishesNewOnesGet503AndThenTheServiceIsGone() throws Exception {
        CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
        byte[] record = sample("good-infant-injury.json");
        // A client that sends its record slowly, on a plain socket so that nothing buffers it:
        // the request is under way until the body is complete.
        try (Socket slow = new Socket(server.uri().getHost(), server.uri().getPort())) {
            slow.setSoTimeout(30_000);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + record.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(record, 0, 10);
            out.flush();
            await(() -> server.requestsUnderWay() == 1, "the slow request is under way");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            HttpResponse<String> turnedAway = firstAnswerOtherThan200(new Http(server));
            assertEquals(503, turnedAway.statusCode());
            assertEquals("http.stopping", json(turnedAway).get("error").get("messageKey").asText());
            assertFalse(stopping.isDone(), "stop waits for the request under way");

            out.write(record, 10, record.length - 10);
            out.flush();
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            assertTrue(answer.contains("\"grade\":\"GOOD\""), answer);

            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThrows(UncheckedIOException.class, () -> new Http(server).get("/health"));
    }

    /** The first answer once stopping has begun: until then, health answers 200. */
    private static HttpResponse<String> firstAnswerOtherThan200(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            HttpResponse<String> response = http.get("/health");
            if (response.statusCode() != 200 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(10);
        }
    }

    @Test
    void stoppingTwiceIsHarmless() throws IOException {
        CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));

        server.stop();
        server.stop();

        assertThrows(UncheckedIOException.class, () -> new Http(server).get("/health"));
    }

    @Test
    void anIdleServiceStopsAtOnce() throws IOException {
        CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0));
        long started = System.nanoTime();

        server.stop();

        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "stopped in under 2 s");
    }
}
