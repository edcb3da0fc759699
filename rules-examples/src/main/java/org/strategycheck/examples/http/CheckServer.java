package org.strategycheck.examples.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;

/**
 * The example service, running: one {@link StrategyCheck} shared by a bounded pool of check
 * threads, behind connection threads that read requests with deadlines.
 *
 * <pre>{@code
 * try (CheckServer server = CheckServer.start(StrategyCheck.create(), CheckServer.Settings.defaults().port(0))) {
 *     URI check = server.uri().resolve("/v1/check");
 *     ...
 * }
 * }</pre>
 *
 * <p>Each connection has a thread of its own while it is open, up to {@code maxConnections};
 * beyond that a new connection is closed at once. A request must arrive within the header and
 * body time-outs (408 otherwise), and a kept-alive connection that idles past the idle
 * time-out is closed: a client that stalls holds one connection thread for a bounded time and
 * never a check thread. Checks, the CPU work, run on {@code threads} threads with
 * {@code queue} waiting; beyond that a check is answered 503 with {@code Retry-After}.
 */
public final class CheckServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Routes routes;
    private final ThreadPoolExecutor connections;
    private final ThreadPoolExecutor checks;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "strategycheck-http-sweeper");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread acceptor;
    private final Duration grace;
    private final Object stopLock = new Object();
    private boolean stopped;

    private CheckServer(ServerSocket listener, Routes routes, ThreadPoolExecutor connections, ThreadPoolExecutor checks,
            Settings settings) {
        this.listener = listener;
        this.routes = routes;
        this.connections = connections;
        this.checks = checks;
        this.grace = settings.grace();
        HttpConnection.Timeouts timeouts = new HttpConnection.Timeouts(settings.headerTimeout(), settings.bodyTimeout(),
                settings.idleTimeout());
        this.acceptor = new Thread(() -> accept(timeouts), "strategycheck-http-accept");
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
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(settings.bind(), settings.port()), settings.backlog());
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        ThreadPoolExecutor checks = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), new Named("strategycheck-check-"),
                new ThreadPoolExecutor.AbortPolicy());
        // A connection thread mostly waits on its client; idle ones end after a while.
        ThreadPoolExecutor connections = new ThreadPoolExecutor(0, settings.maxConnections(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new Named("strategycheck-http-"), new ThreadPoolExecutor.AbortPolicy());
        Routes routes = new Routes(checker, messages, settings.maxBodyBytes(), checks);
        CheckServer server = new CheckServer(listener, routes, connections, checks, settings);
        server.acceptor.start();
        server.sweeper.scheduleWithFixedDelay(server::sweep, 250, 250, TimeUnit.MILLISECONDS);
        return server;
    }

    private void accept(HttpConnection.Timeouts timeouts) {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            HttpConnection connection = null;
            try {
                socket.setTcpNoDelay(true);
                HttpConnection accepted = new HttpConnection(socket, routes, timeouts);
                connection = accepted;
                open.add(accepted);
                connections.execute(() -> {
                    try {
                        accepted.run();
                    } finally {
                        open.remove(accepted);
                    }
                });
            } catch (IOException | RejectedExecutionException full) {
                // Every connection thread is taken: closing at once lets the client retry elsewhere.
                if (connection != null) {
                    open.remove(connection);
                }
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a socket that failed anyway.
                }
            }
        }
    }

    /** Closes connections whose client has stopped reading its answer (a write has no time-out of its own). */
    private void sweep() {
        long now = System.nanoTime();
        open.removeIf(connection -> connection.closeIfWriteStalled(now));
    }

    /** Connections open now; for tests. */
    int openConnections() {
        return open.size();
    }

    /**
     * The port listened on: the one asked for, or the one the system chose for port 0.
     *
     * @return the port
     */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * The service's base address, e.g. {@code http://127.0.0.1:8080/}.
     *
     * @return the address
     */
    public URI uri() {
        InetSocketAddress address = (InetSocketAddress) listener.getLocalSocketAddress();
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
        // New requests get 503 while those under way finish; then every connection closes.
        routes.stopAccepting();
        try {
            routes.awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        sweeper.shutdownNow();
        open.forEach(HttpConnection::close);
        connections.shutdown();
        checks.shutdown();
        try {
            acceptor.join(1000);
            if (!connections.awaitTermination(1, TimeUnit.SECONDS)) {
                connections.shutdownNow();
            }
            if (!checks.awaitTermination(1, TimeUnit.SECONDS)) {
                checks.shutdownNow();
            }
        } catch (InterruptedException e) {
            connections.shutdownNow();
            checks.shutdownNow();
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
     * @param bind           the address to listen on; loopback by default, so that nothing outside
     *                       the machine reaches it unless the host says so
     * @param port           the port; 0 lets the system choose
     * @param threads        check threads: checking is CPU work, so about the number of cores
     * @param queue          checks that may wait for a thread before a check is answered 503
     * @param backlog        connections the system may hold before the server accepts them
     * @param maxConnections connections served at once, each on a thread of its own; more are closed
     * @param maxBodyBytes   largest request body read; a larger one is answered 413 unread
     * @param headerTimeout  the most a request's head may take from its first byte (and a new
     *                       connection to start its request); then 408
     * @param bodyTimeout    the most a request's body may take after its head; then 408
     * @param idleTimeout    how long a kept-alive connection may wait for its next request
     * @param grace          how long a stop waits for requests under way
     * @param wording        a host's message bundle in front of the library's English, or {@code null}
     */
    public record Settings(InetAddress bind, int port, int threads, int queue, int backlog, int maxConnections,
            int maxBodyBytes, Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout, Duration grace,
            ResourceBundle wording) {

        /** Checks the values. */
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(grace, "grace");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + port);
            }
            if (threads < 1 || queue < 1 || backlog < 0 || maxConnections < 1) {
                throw new IllegalArgumentException("threads, queue and connections must be at least 1, backlog at least 0");
            }
            if (maxBodyBytes < 1 || maxBodyBytes > RecordJson.MAX_RECORD_LENGTH) {
                // The library reads no record larger than this: accepting more would only be rejected later.
                throw new IllegalArgumentException("the body limit must be 1 to " + RecordJson.MAX_RECORD_LENGTH + " bytes");
            }
            for (Duration timeout : new Duration[] {headerTimeout, bodyTimeout, idleTimeout}) {
                Objects.requireNonNull(timeout, "timeout");
                if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofHours(1)) > 0) {
                    throw new IllegalArgumentException("time-outs must be 1 ms to 1 hour");
                }
            }
            if (grace.isNegative()) {
                throw new IllegalArgumentException("grace must not be negative");
            }
        }

        /**
         * Loopback, port 8080, one check thread per core (at least 2), 256 waiting checks, 128
         * connections, a body of at most the library's record limit, 10 seconds for a head, 30
         * for a body (2 MiB at 0.6 Mbit/s), 15 idle, 5 seconds' grace, the library's English.
         *
         * @return the defaults
         */
        public static Settings defaults() {
            return new Settings(InetAddress.getLoopbackAddress(), 8080,
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 256, 128, 128, RecordJson.MAX_RECORD_LENGTH,
                    Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofSeconds(5), null);
        }

        /**
         * These settings on another port.
         *
         * @param port the port; 0 lets the system choose
         * @return the changed settings
         */
        public Settings port(int port) {
            return new Settings(bind, port, threads, queue, backlog, maxConnections, maxBodyBytes, headerTimeout,
                    bodyTimeout, idleTimeout, grace, wording);
        }

        /**
         * These settings with another number of check threads.
         *
         * @param threads check threads
         * @return the changed settings
         */
        public Settings threads(int threads) {
            return new Settings(bind, port, threads, queue, backlog, maxConnections, maxBodyBytes, headerTimeout,
                    bodyTimeout, idleTimeout, grace, wording);
        }

        /**
         * These settings with another body limit.
         *
         * @param maxBodyBytes the largest body read
         * @return the changed settings
         */
        public Settings maxBodyBytes(int maxBodyBytes) {
            return new Settings(bind, port, threads, queue, backlog, maxConnections, maxBodyBytes, headerTimeout,
                    bodyTimeout, idleTimeout, grace, wording);
        }

        /**
         * These settings with other time-outs.
         *
         * @param headerTimeout the most a request's head may take
         * @param bodyTimeout   the most a request's body may take after its head
         * @param idleTimeout   how long a kept-alive connection may wait for its next request
         * @return the changed settings
         */
        public Settings timeouts(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout) {
            return new Settings(bind, port, threads, queue, backlog, maxConnections, maxBodyBytes, headerTimeout,
                    bodyTimeout, idleTimeout, grace, wording);
        }

        /**
         * These settings with a host's wording.
         *
         * @param wording the host's bundle, or {@code null} for the library's English
         * @return the changed settings
         */
        public Settings wording(ResourceBundle wording) {
            return new Settings(bind, port, threads, queue, backlog, maxConnections, maxBodyBytes, headerTimeout,
                    bodyTimeout, idleTimeout, grace, wording);
        }
    }

    /** Names the service's threads, so a thread dump shows whose they are. */
    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String prefix;

        Named(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        }
    }
}
