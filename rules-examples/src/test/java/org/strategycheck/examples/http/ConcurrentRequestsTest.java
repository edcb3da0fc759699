package org.strategycheck.examples.http;

import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.direct;
import static org.strategycheck.examples.http.Http.samples;
import static org.strategycheck.examples.http.Http.withField;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.strategycheck.CheckMode;

/** Many clients at once get, each, exactly what the library answers for their record. */
class ConcurrentRequestsTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_EACH = 50;

    private record Case(byte[] record, String query, CheckMode mode) {
    }

    @Test
    void eightClientsOfFiftyRequestsEachGetTheLibrarysAnswers() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (byte[] record : samples()) {
            cases.add(new Case(record, "", CheckMode.AS_RECORDED));
            cases.add(new Case(record, "?mode=draft", CheckMode.DRAFT));
        }
        // A record that is refused, so answers of both kinds are interleaved.
        byte[] refused = withField(samples().get(0), "status", "\"SIGNED_OFF\"");
        List<String> expected = new ArrayList<>();
        for (Case c : cases) {
            expected.add(direct(c.record(), c.mode()));
        }

        // Two check threads on two cores: the clients outnumber them, so requests queue and overlap.
        try (CheckServer server = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0).threads(2))) {
            Http http = new Http(server);
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    int offset = thread * 3;
                    done.add(clients.submit(() -> {
                        int checked = 0;
                        for (int n = 0; n < REQUESTS_EACH; n++) {
                            if ((n + offset) % 10 == 0) {
                                HttpResponse<String> response = http.post("/v1/check", refused);
                                assertEquals(400, response.statusCode(), response.body());
                                continue;
                            }
                            int i = (n + offset) % cases.size();
                            HttpResponse<String> response = http.post("/v1/check" + cases.get(i).query(),
                                    cases.get(i).record());
                            assertEquals(200, response.statusCode(), response.body());
                            assertEquals(expected.get(i), response.body());
                            checked++;
                        }
                        return checked;
                    }));
                }
                int answered = 0;
                for (Future<Integer> client : done) {
                    answered += client.get(2, TimeUnit.MINUTES);
                }
                assertEquals(THREADS * REQUESTS_EACH - THREADS * REQUESTS_EACH / 10, answered);
            } finally {
                clients.shutdownNow();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
