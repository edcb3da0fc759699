package org.strategycheck.examples.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.Source;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.ResultJson;

/**
 * Answers every request to the service. One instance serves all connections: it holds only
 * immutable state, the shared thread-safe checker, and the pool that runs checks.
 *
 * <p>Connections are read on their own threads; checking, the CPU work, runs on the bounded
 * check pool. So a client that is slow to send its request holds a connection thread only, and
 * {@code /health} and the fixed documents never wait behind checks.
 */
final class Routes {

    static final String CHECK = "/v1/check";
    static final String RULES = "/v1/rules";
    static final String OPENAPI = "/v1/openapi.yaml";
    static final String HEALTH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Map<String, CheckMode> MODES =
            Map.of("as-recorded", CheckMode.AS_RECORDED, "draft", CheckMode.DRAFT, "final", CheckMode.FINAL);
    private static final String MODE_NAMES = "draft, final, as-recorded";
    private static final String MODE = "mode";

    private final StrategyCheck checker;
    private final Messages messages;
    private final int maxBodyBytes;
    private final ExecutorService checks;
    private final byte[] rules;
    private final byte[] health;
    private final byte[] openApi;
    private final AtomicInteger underWay = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean stopping;

    Routes(StrategyCheck checker, Messages messages, int maxBodyBytes, ExecutorService checks) {
        this.checker = checker;
        this.messages = messages;
        this.maxBodyBytes = maxBodyBytes;
        this.checks = checks;
        // Fixed answers are written once: nothing in them changes while the service runs.
        this.rules = rules(checker);
        this.health = json(json -> {
            json.writeStringField("status", "UP");
            json.writeStringField("ruleSetVersion", checker.ruleSetVersion());
            json.writeStringField("catalogueVersion", checker.catalogueVersion());
        });
        this.openApi = openApi();
    }

    /**
     * A status, a content type, a body, any extra headers, and whether the connection must
     * close after it.
     */
    record Response(int status, String type, byte[] body, Map<String, String> headers, boolean close) {
        Response(int status, byte[] body) {
            this(status, JSON_TYPE, body, Map.of(), false);
        }

        Response closing() {
            return new Response(status, type, body, headers, true);
        }
    }

    /**
     * From now on, answers every new request 503 so that the requests under way can finish
     * before the server closes its connections.
     */
    void stopAccepting() {
        stopping = true;
    }

    /**
     * Waits until no request is under way, or the time is up.
     *
     * @param grace the most to wait
     * @return {@code true} when none is under way
     * @throws InterruptedException when interrupted while waiting
     */
    boolean awaitIdle(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (idle) {
            while (underWay.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Requests being answered now. */
    int underWay() {
        return underWay.get();
    }

    /**
     * A request is under way from when its head has been read until its answer has been written:
     * a graceful stop waits for both, since closing the connection between them loses the answer.
     */
    void begin() {
        underWay.incrementAndGet();
    }

    /** The request begun last on this connection has been answered, or its client has gone. */
    void end() {
        if (underWay.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * The answer to a request whose head has been read; the caller brackets it and the writing of
     * the answer with {@link #begin()} and {@link #end()}.
     *
     * @param request the request
     * @return the answer; never {@code null}
     * @throws IOException when the client goes away while its body is read: there is nobody to answer
     */
    Response handle(Request request) throws IOException {
        try {
            return stopping ? unavailable() : route(request);
        } catch (RequestProblem problem) {
            // Closing or not is the connection's call: it closes when the body was left unread.
            return error(problem.status(), problem.key(), problem.arguments().toArray(String[]::new));
        } catch (RuntimeException | LinkageError unexpected) {
            // The class only: a message could quote the request, and the request is a child's record.
            LOG.warn("{} {} failed: {}", request.method(), request.path(), unexpected.getClass().getName());
            return error(500, "http.internalError").closing();
        }
    }

    /** The answer to a request that could not be read: the connection closes after it. */
    Response problem(RequestProblem problem) {
        return error(problem.status(), problem.key(), problem.arguments().toArray(String[]::new)).closing();
    }

    private Response route(Request request) throws RequestProblem, IOException {
        String method = request.method();
        // HEAD is GET without the body (the connection writes the same head and leaves the body out).
        boolean get = method.equals("GET") || method.equals("HEAD");
        switch (request.path()) {
            case CHECK:
                return method.equals("POST") ? check(request) : notAllowed("POST");
            case RULES:
                return get ? new Response(200, rules) : notAllowed("GET, HEAD");
            case HEALTH:
                return get ? new Response(200, health) : notAllowed("GET, HEAD");
            case OPENAPI:
                return get ? new Response(200, "application/yaml; charset=utf-8", openApi, Map.of(), false)
                        : notAllowed("GET, HEAD");
            default:
                return error(404, "http.notFound", String.join(", ", CHECK, RULES, HEALTH, OPENAPI));
        }
    }

    private Response check(Request request) throws RequestProblem, IOException {
        if (!isJson(request.header("Content-Type"))) {
            return error(415, "http.unsupportedMediaType");
        }
        CheckMode mode = mode(request.rawQuery());
        // Refuse a body declared too large before reading a byte of it.
        Long declared = request.body().declaredLength();
        if (declared != null && declared > maxBodyBytes) {
            return tooLarge();
        }
        // A chunked body declares no length: read one byte past the limit to know it is over.
        byte[] body = request.body().read(maxBodyBytes);
        if (body.length > maxBodyBytes) {
            return tooLarge();
        }
        Future<Response> checked;
        try {
            checked = checks.submit(() -> check(body, mode));
        } catch (RejectedExecutionException full) {
            // Every check thread busy and the queue full: say so, rather than let requests pile up.
            return withHeader(error(503, "http.busy"), "Retry-After", "1");
        }
        try {
            return checked.get();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return unavailable();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getClass().getName());
        }
    }

    private Response check(byte[] body, CheckMode mode) {
        try {
            AuditResult result = checker.check(body, mode);
            return new Response(200, ResultJson.forForm(result, messages).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRecordException invalid) {
            return new Response(400, ResultJson.error(null, invalid, messages).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The mode a query asks for: {@code mode} at most once, and no other parameter. */
    private static CheckMode mode(String rawQuery) throws RequestProblem {
        CheckMode mode = null;
        if (rawQuery == null || rawQuery.isEmpty()) {
            return CheckMode.AS_RECORDED;
        }
        for (String parameter : rawQuery.split("&", -1)) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = QueryText.decode(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : QueryText.decode(parameter.substring(equals + 1));
            if (!name.equals(MODE)) {
                throw new RequestProblem(400, "http.badParameter", MODE);
            }
            if (mode != null) {
                // Two answers to one question: which one the client meant is a guess, so neither is taken.
                throw new RequestProblem(400, "http.repeatedParameter", MODE);
            }
            mode = MODES.get(value.toLowerCase(Locale.ROOT));
            if (mode == null) {
                throw new RequestProblem(400, "http.badMode", MODE_NAMES);
            }
        }
        return mode == null ? CheckMode.AS_RECORDED : mode;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                // JSON exchanged between systems is UTF-8 (RFC 8259); the record is read as such.
                return false;
            }
        }
        return true;
    }

    private Response tooLarge() {
        // The rest of the body is never read: the connection cannot carry another request.
        return error(413, "http.tooLarge", String.valueOf(maxBodyBytes)).closing();
    }

    private Response unavailable() {
        return withHeader(error(503, "http.stopping"), "Retry-After", "1").closing();
    }

    private Response notAllowed(String allowed) {
        return withHeader(error(405, "http.methodNotAllowed", allowed), "Allow", allowed);
    }

    private static Response withHeader(Response response, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put(name, value);
        return new Response(response.status(), response.type(), response.body(), Map.copyOf(headers), response.close());
    }

    /** A request error in the shape of a record error, without a pointer: it is not about the record. */
    private Response error(int status, String key, String... arguments) {
        return new Response(status, json(json -> {
            json.writeObjectFieldStart("error");
            json.writeNumberField("status", status);
            json.writeStringField("message", messages.render(key, List.of(arguments)));
            json.writeStringField("messageKey", key);
            json.writeArrayFieldStart("arguments");
            for (String argument : arguments) {
                json.writeString(argument);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private static byte[] rules(StrategyCheck checker) {
        return json(json -> {
            json.writeStringField("ruleSetVersion", checker.ruleSetVersion());
            json.writeArrayFieldStart("rules");
            for (RuleDescription rule : checker.rules()) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("area", rule.area());
                json.writeStringField("severity", rule.severity().name());
                json.writeStringField("severityText", rule.severityText());
                json.writeBooleanField("finalOnly", rule.finalOnly());
                json.writeStringField("applies", rule.applies());
                json.writeStringField("checks", rule.checks());
                json.writeStringField("source", rule.source());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("catalogueVersion", checker.catalogueVersion());
            json.writeArrayFieldStart("sources");
            for (Source source : checker.sources()) {
                json.writeStartObject();
                json.writeStringField("code", source.code());
                json.writeStringField("text", source.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static byte[] openApi() {
        try (InputStream in = Routes.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** A JSON object with the given fields. */
    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
