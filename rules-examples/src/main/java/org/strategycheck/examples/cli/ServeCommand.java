package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.strategycheck.StrategyCheck;
import org.strategycheck.examples.http.CheckServer;
import org.strategycheck.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck serve}: the example HTTP service, until the process is stopped
 * (Ctrl-C or SIGTERM stop it gracefully).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serves POST /v1/check over HTTP until stopped.",
        description = {
            "POST /v1/check (a record in, its result with the field-level view out; ?mode=draft|final), "
                + "GET /v1/rules, GET /health, GET /v1/openapi.yaml.",
            "Listens on loopback unless --bind says otherwise. Ctrl-C or SIGTERM stop it gracefully."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 lets the system choose (the port is printed). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    private String bind;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check threads. Default: one per core, at least 2.")
    private Integer threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "256",
            description = "Checks that may wait for a thread; beyond that, 503. Default: ${DEFAULT-VALUE}.")
    private int queue;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "128",
            description = "Connections served at once; more are closed. Default: ${DEFAULT-VALUE}.")
    private int connections;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The most a request's line and headers may take to arrive; then 408. Default: ${DEFAULT-VALUE}.")
    private long headerTimeout;

    @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The most a request's body may take to arrive; then 408. Default: ${DEFAULT-VALUE}.")
    private long bodyTimeout;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body read; larger ones get 413 unread. Default and most: the record limit, "
                    + RecordJson.MAX_RECORD_LENGTH + ".")
    private Integer maxBody;

    @Option(names = "--messages", paramLabel = "FILE",
            description = "A .properties file (UTF-8) of the host's own wording, in front of the library's English: "
                    + "finding messages, value.X labels, record and request errors.")
    private Path messages;

    /** Picocli creates the command. */
    public ServeCommand() {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        CheckServer.Settings defaults = CheckServer.Settings.defaults();
        CheckServer.Settings settings;
        try {
            settings = new CheckServer.Settings(address(), port, threads == null ? defaults.threads() : threads, queue,
                    defaults.backlog(), connections, maxBody == null ? defaults.maxBodyBytes() : maxBody,
                    seconds(headerTimeout), seconds(bodyTimeout), defaults.idleTimeout(), defaults.grace(),
                    messages == null ? null : wording(messages));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        StrategyCheck checker = options.checker();
        CheckServer server;
        try {
            server = CheckServer.start(checker, settings);
        } catch (BindException e) {
            throw new StrategyCheckCli.RunFailure("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "strategycheck-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        // Scripts and tests read the port from this line when they asked for port 0.
        out.println("strategycheck: listening on " + server.uri() + " (check threads: " + settings.threads() + ")");
        out.flush();
        stopped.await();
        return StrategyCheckCli.OK;
    }

    private Duration seconds(long seconds) {
        if (seconds < 1 || seconds > 3600) {
            throw usage("time-outs must be 1 to 3600 seconds: " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw usage("--bind: unknown address " + bind);
        }
    }

    private ResourceBundle wording(Path file) {
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw usage("cannot read messages " + file);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
