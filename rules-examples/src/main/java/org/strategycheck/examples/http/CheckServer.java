package org.strategycheck.examples.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;

/**
 * The example service, running: one {@link StrategyCheck} shared by a bounded pool of
 * request threads.
 *
 * <pre>{@code
 * try (CheckServer server = CheckServer.start(StrategyCheck.create(), CheckServer.Settings.defaults().port(0))) {
 *     URI check = server.uri().resolve("/v1/check");
 *     ...
 * }
 * }</pre>
 *
 * <p>Requests beyond what the pool can take ({@code threads} running and {@code queue}
 * waiting) are not queued without bound: the JDK server closes their connections, so a load
 * balancer or client can retry elsewhere rather than wait on a backlog.
 */
public final class CheckServer implements AutoCloseable {

    static {
        // The JDK server writes a response's headers and body in two writes; with Nagle's algorithm
        // on, the body then waits for the client's delayed ACK, adding about 40 ms to every answer.
        // Read once, when the first JDK server starts; a host that set it already keeps its value.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final Routes routes;
    private final ThreadPoolExecutor pool;
    private final Duration grace;
    private final Object stopLock = new Object();
    private boolean stopped;

    private CheckServer(HttpServer server, Routes routes, ThreadPoolExecutor pool, Duration grace) {
        this.server = server;
        this.routes = routes;
        this.pool = pool;
        this.grace = grace;
    }

    /**
     * Binds and starts the service.
     *
     * @param checker  the checker every request shares
     * @param settings where to listen and the limits
     * @return the running service
     * @throws IOException when the address cannot be bound (e.g. the port is in use)
     */
    public static CheckServer start(StrategyCheck checker, Settings settings) throws IOException {
        Objects.requireNonNull(checker, "checker");
        Messages messages = Messages.english().withOverrides(ResourceBundle.getBundle(
                "org.strategycheck.examples.http.messages", Locale.ROOT, CheckServer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        if (settings.wording() != null) {
            messages = messages.withOverrides(settings.wording());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), settings.backlog());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), new Named(), new ThreadPoolExecutor.AbortPolicy());
        // One context for every path, so an unknown path gets the service's JSON 404, not the JDK's page.
        Routes routes = new Routes(checker, messages, settings.maxBodyBytes());
        server.createContext("/", routes);
        server.setExecutor(pool);
        server.start();
        return new CheckServer(server, routes, pool, settings.grace());
    }

    /**
     * The port listened on: the one asked for, or the one the system chose for port 0.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The service's base address, e.g. {@code http://127.0.0.1:8080/}.
     *
     * @return the address
     */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /** Requests being answered now; for tests of the graceful stop. */
    int requestsUnderWay() {
        return routes.underWay();
    }

    /**
     * Stops gracefully: new requests are answered 503, requests under way get up to the grace
     * period to finish, then the connections close and the threads stop. Calling it again does
     * nothing.
     */
    public void stop() {
        synchronized (stopLock) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        // The JDK 17 server's own stop(delay) waits the whole delay even when nothing is under way,
        // so the service drains itself: new requests get 503, those under way finish, then it closes.
        routes.stopAccepting();
        try {
            routes.awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Where the service listens and its limits.
     *
     * @param bind         the address to listen on; loopback by default, so that nothing outside
     *                     the machine reaches it unless the host says so
     * @param port         the port; 0 lets the system choose
     * @param threads      request threads: checking is CPU work, so about the number of cores
     * @param queue        requests that may wait for a thread before connections are closed
     * @param backlog      connections the system may hold before the server accepts them
     * @param maxBodyBytes largest request body read; a larger one is answered 413 unread
     * @param grace        how long a stop waits for requests under way
     * @param wording      a host's message bundle in front of the library's English, or {@code null}
     */
    public record Settings(InetAddress bind, int port, int threads, int queue, int backlog, int maxBodyBytes,
            Duration grace, ResourceBundle wording) {

        /** Checks the values. */
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(grace, "grace");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + port);
            }
            if (threads < 1 || queue < 1 || backlog < 0) {
                throw new IllegalArgumentException("threads and queue must be at least 1, backlog at least 0");
            }
            if (maxBodyBytes < 1 || maxBodyBytes > RecordJson.MAX_RECORD_LENGTH) {
                // The library reads no record larger than this: accepting more would only be rejected later.
                throw new IllegalArgumentException("the body limit must be 1 to " + RecordJson.MAX_RECORD_LENGTH + " bytes");
            }
            if (grace.isNegative()) {
                throw new IllegalArgumentException("grace must not be negative");
            }
        }

        /**
         * Loopback, port 8080, one thread per core (at least 2), 256 waiting requests, a
         * body of at most the library's record limit, 5 seconds' grace, the library's English.
         *
         * @return the defaults
         */
        public static Settings defaults() {
            return new Settings(InetAddress.getLoopbackAddress(), 8080,
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 256, 128, RecordJson.MAX_RECORD_LENGTH,
                    Duration.ofSeconds(5), null);
        }

        /**
         * These settings on another port.
         *
         * @param port the port; 0 lets the system choose
         * @return the changed settings
         */
        public Settings port(int port) {
            return new Settings(bind, port, threads, queue, backlog, maxBodyBytes, grace, wording);
        }

        /**
         * These settings with another body limit.
         *
         * @param maxBodyBytes the largest body read
         * @return the changed settings
         */
        public Settings maxBodyBytes(int maxBodyBytes) {
            return new Settings(bind, port, threads, queue, backlog, maxBodyBytes, grace, wording);
        }

        /**
         * These settings with a host's wording.
         *
         * @param wording the host's bundle, or {@code null} for the library's English
         * @return the changed settings
         */
        public Settings wording(ResourceBundle wording) {
            return new Settings(bind, port, threads, queue, backlog, maxBodyBytes, grace, wording);
        }
    }

    /** Names request threads, so a thread dump shows whose they are. */
    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "strategycheck-http-" + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        }
    }
}
