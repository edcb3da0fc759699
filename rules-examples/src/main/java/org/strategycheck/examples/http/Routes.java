package org.strategycheck.examples.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.ResultJson;

/**
 * Answers every request to the service. One instance serves all request threads: it holds
 * only immutable state and the shared, thread-safe checker.
 */
final class Routes implements HttpHandler {

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

    private final StrategyCheck checker;
    private final Messages messages;
    private final int maxBodyBytes;
    private final byte[] rules;
    private final byte[] health;
    private final byte[] openApi;
    private final AtomicInteger underWay = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean stopping;

    Routes(StrategyCheck checker, Messages messages, int maxBodyBytes) {
        this.checker = checker;
        this.messages = messages;
        this.maxBodyBytes = maxBodyBytes;
        // Fixed answers are written once: nothing in them changes while the service runs.
        this.rules = rules(checker);
        this.health = json(json -> {
            json.writeStringField("status", "UP");
            json.writeStringField("ruleSetVersion", checker.ruleSetVersion());
        });
        this.openApi = openApi();
    }

    /** A status, a content type, a body and any extra headers. */
    private record Response(int status, String type, byte[] body, Map<String, String> headers) {
        Response(int status, byte[] body) {
            this(status, JSON_TYPE, body, Map.of());
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

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        underWay.incrementAndGet();
        try {
            Response response;
            try {
                response = stopping ? unavailable() : route(exchange);
            } catch (RuntimeException | LinkageError unexpected) {
                // The class only: a message could quote the request, and the request is a child's record.
                LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        unexpected.getClass().getName());
                response = error(500, "http.internalError");
            }
            send(exchange, response);
        } catch (IOException clientGone) {
            // The client closed the connection before the answer was written: nobody to tell.
        } finally {
            exchange.close();
            if (underWay.decrementAndGet() == 0) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    private Response route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case CHECK:
                return "POST".equals(method) ? check(exchange) : notAllowed("POST");
            case RULES:
                return "GET".equals(method) ? new Response(200, rules) : notAllowed("GET");
            case HEALTH:
                return "GET".equals(method) ? new Response(200, health) : notAllowed("GET");
            case OPENAPI:
                return "GET".equals(method)
                        ? new Response(200, "application/yaml; charset=utf-8", openApi, Map.of()) : notAllowed("GET");
            default:
                return error(404, "http.notFound", String.join(", ", CHECK, RULES, HEALTH, OPENAPI));
        }
    }

    private Response check(HttpExchange exchange) throws IOException {
        if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            return error(415, "http.unsupportedMediaType");
        }
        CheckMode mode = CheckMode.AS_RECORDED;
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String parameter : query.split("&", -1)) {
                int equals = parameter.indexOf('=');
                String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
                String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
                if (!name.equals("mode")) {
                    return error(400, "http.badParameter", "mode");
                }
                mode = MODES.get(value.toLowerCase(Locale.ROOT));
                if (mode == null) {
                    return error(400, "http.badMode", MODE_NAMES);
                }
            }
        }
        // Refuse a body declared too large before reading a byte of it.
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && isLongerThan(declared, maxBodyBytes)) {
            return tooLarge();
        }
        byte[] body;
        InputStream in = exchange.getRequestBody();
        // A chunked body declares no length: read one byte past the limit to know it is over.
        body = in.readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            return tooLarge();
        }
        try {
            AuditResult result = checker.check(body, mode);
            return new Response(200, ResultJson.forForm(result, messages).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRecordException invalid) {
            return new Response(400, ResultJson.error(null, invalid, messages).getBytes(StandardCharsets.UTF_8));
        }
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

    private static boolean isLongerThan(String declared, int limit) {
        String digits = declared.trim();
        // A length too long to parse is certainly over the limit; the JDK server has already refused non-numbers.
        if (digits.length() > 18) {
            return true;
        }
        try {
            return Long.parseLong(digits) > limit;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return "\u0000";
        }
    }

    private Response tooLarge() {
        Response tooLarge = error(413, "http.tooLarge", String.valueOf(maxBodyBytes));
        // The rest of the body is never read: the connection cannot carry another request.
        return new Response(413, JSON_TYPE, tooLarge.body(), Map.of("Connection", "close"));
    }

    private Response unavailable() {
        Response unavailable = error(503, "http.stopping");
        return new Response(503, JSON_TYPE, unavailable.body(), Map.of("Connection", "close", "Retry-After", "1"));
    }

    private Response notAllowed(String allowed) {
        Response notAllowed = error(405, "http.methodNotAllowed", allowed);
        return new Response(405, JSON_TYPE, notAllowed.body(), Map.of("Allow", allowed));
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

    private static void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.type());
        // Results describe children's cases: no cache should keep them, and no browser should guess their type.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
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
