package org.strategycheck.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.strategycheck.CheckMode;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.ResultJson;

/**
 * A client of one running service, over real HTTP/1.1 on loopback, and the records the tests
 * send. One client per service: a client pools connections by address, and a later service
 * may get the port of a stopped one, whose pooled connections are dead.
 */
final class Http {

    static final StrategyCheck CHECKER = StrategyCheck.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Http(CheckServer server) {
        this.base = server.uri();
    }

    URI base() {
        return base;
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) {
        HttpRequest.Builder request = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String pathAndQuery, byte[] body) {
        return post(pathAndQuery, "application/json", body);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled sample record. */
    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled sample record, one per file, by name. */
    static List<byte[]> samples() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> sample(f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record with a top-level field set to JSON text, or removed when {@code json} is null. */
    static byte[] withField(byte[] record, String field, String json) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(record);
            if (json == null) {
                root.remove(field);
            } else {
                root.set(field, JSON.readTree(json));
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the library itself answers for the record, written as the service writes it. */
    static String direct(byte[] record, CheckMode mode) {
        return ResultJson.forForm(CHECKER.check(record, mode), Messages.english());
    }
}
