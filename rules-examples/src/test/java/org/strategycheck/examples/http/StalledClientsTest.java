package org.strategycheck.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.sample;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that send part of a request and stop, over real loopback sockets: they hold no
 * check thread, the service keeps answering everyone else, and each is answered 408 and
 * closed when its time is up.
 */
class StalledClientsTest {

    private static final String HALF_A_HEAD = "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Ty";

    private static String headOfA100ByteBody() {
        return "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
    }

    @Test
    void twoStalledClientsLeaveHealthAndChecksAnswering() throws Exception {
        // Two check threads, as on a two-core machine, and the default time-outs (10 s for a head, 30 s for a body).
        try (CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0).threads(2));
                RawHttp halfAHead = new RawHttp(server);
                RawHttp halfABody = new RawHttp(server)) {
            halfAHead.send(HALF_A_HEAD);
            halfABody.send(headOfA100ByteBody() + "{\"schemaVer");
            Thread.sleep(300);
            Http http = new Http(server);

            long started = System.nanoTime();
            HttpResponse<String> health = http.get("/health");
            HttpResponse<String> check = http.post("/v1/check", sample("good-infant-injury.json"));
            long took = System.nanoTime() - started;

            assertEquals(200, health.statusCode());
            assertEquals(200, check.statusCode());
            assertTrue(took < TimeUnit.SECONDS.toNanos(3), "answered in " + took / 1_000_000 + " ms");
        }
    }

    @Test
    void manyMoreStalledClientsThanCheckThreadsLeaveHealthAnswering() throws Exception {
        try (CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0).threads(2))) {
            RawHttp[] stalled = new RawHttp[20];
            try {
                for (int i = 0; i < stalled.length; i++) {
                    stalled[i] = new RawHttp(server).send(i % 2 == 0 ? HALF_A_HEAD : headOfA100ByteBody() + "{");
                }
                long started = System.nanoTime();
                assertEquals(200, new Http(server).get("/health").statusCode());
                assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3));
            } finally {
                for (RawHttp client : stalled) {
                    if (client != null) {
                        client.close();
                    }
                }
            }
        }
    }

    private static CheckServer quick() throws IOException {
        return CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0)
                .timeouts(Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofMillis(800)));
    }

    @Test
    void aHeadThatStallsIsAnswered408AndClosed() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            long started = System.nanoTime();
            RawHttp.Answer answer = client.send(HALF_A_HEAD).read();

            assertEquals(408, answer.status());
            assertEquals("http.requestTimeout", answer.json().get("error").get("messageKey").asText());
            assertEquals("close", answer.header("Connection"));
            assertTrue(client.closedByServer());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
        }
    }

    @Test
    void aBodyThatStallsIsAnswered408AndClosed() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            RawHttp.Answer answer = client.send(headOfA100ByteBody() + "{\"schemaVersion\"").read();

            assertEquals(408, answer.status());
            assertEquals("http.requestTimeout", answer.json().get("error").get("messageKey").asText());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void aClientSendingAByteAtATimeCannotStretchTheHeaderTime() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            byte[] head = "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            long started = System.nanoTime();
            // A byte every 100 ms never leaves a read waiting long, but the head is 800 ms late all the same.
            for (int i = 0; i < 12; i++) {
                client.send(new byte[] {head[i]});
                Thread.sleep(100);
            }
            client.send("slow");

            RawHttp.Answer answer = client.read();
            assertEquals(408, answer.status());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
        }
    }

    @Test
    void aConnectionThatNeverSendsARequestIsClosed() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            client.timeout(5_000);
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void aKeptAliveConnectionIsClosedWhenItIdlesPastTheIdleTime() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            assertEquals(200, client.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n").read().status());
            client.timeout(5_000);
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void aClientThatStopsReadingItsAnswersIsDisconnected() throws Exception {
        try (CheckServer server = quick(); java.net.Socket client = new java.net.Socket()) {
            // A small receive window, so that the answers back up into the server's write quickly.
            client.setReceiveBufferSize(4096);
            client.connect(new java.net.InetSocketAddress(server.uri().getHost(), server.port()));
            String pipelined = "GET /v1/rules HTTP/1.1\r\nHost: x\r\n\r\n".repeat(2000);
            client.getOutputStream().write(pipelined.getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            assertTrue(server.openConnections() == 1 || awaitNoConnection(server), "the connection was open");

            assertTrue(awaitNoConnection(server), "the server let go of a client that reads nothing");
        }
    }

    private static boolean awaitNoConnection(CheckServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.openConnections() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void aRequestWithinItsTimeIsAnswered() throws Exception {
        try (CheckServer server = quick(); RawHttp client = new RawHttp(server)) {
            byte[] record = sample("good-infant-injury.json");
            client.send("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + record.length + "\r\n\r\n");
            Thread.sleep(300);
            client.send(record);

            assertEquals(200, client.read().status());
        }
    }
}
