package dev.parley.conversation.mock.standalone;

import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The standalone fake UltraCart server: {@code java -jar conversation-mock-server.jar [options]}.
 * Options are parsed straight into the {@link FakeUltraCart.Builder} the embedded server uses, with the
 * standalone defaults (port 8089, demonstration data for every new tenant, lenient validation).
 *
 * <p>When ready it prints one line with the API's base URL, {@code http://HOST:PORT/rest/v2}; Ctrl-C
 * or SIGTERM stops it. A port already in use is one line on standard error and exit code 1; a bad
 * option is a usage message and exit code 2.
 */
@Command(name = "conversation-mock-server",
        mixinStandardHelpOptions = true,
        versionProvider = FakeUltraCartMain.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves a fake of UltraCart's conversation API (REST v2) on http://HOST:PORT/rest/v2.",
            "Each credential (x-ultracart-simple-key or Authorization: Bearer) is its own merchant sandbox.",
            "Control plane: /__admin (same credential). Contract: /openapi.json."
        })
public final class FakeUltraCartMain implements Callable<Integer> {
    static final int DEFAULT_PORT = 8089;

    private final FakeUltraCart.Builder options = FakeUltraCart.builder()
            .port(DEFAULT_PORT)
            .demoData(true)
            .strictValidation(false);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    /** The command with its defaults, for picocli to fill from the command line; {@link #main} runs it. */
    public FakeUltraCartMain() {
    }

    /**
     * Runs the server until the process is stopped; exits with the command's code when it cannot start.
     *
     * @param args the command line, as {@code --help} describes
     */
    public static void main(String[] args) {
        FakeUltraCart.prepareInBackground();
        int code = commandLine(new FakeUltraCartMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static CommandLine commandLine(FakeUltraCartMain main) {
        return new CommandLine(main).setUsageHelpLongOptionsMaxWidth(28);
    }

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    void port(int port) {
        options.port(port);
    }

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    void host(String host) {
        options.host(host);
    }

    @Option(names = "--empty",
            description = "New tenants start without the demonstration data.")
    void empty(boolean empty) {
        options.demoData(!empty);
    }

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + ConversationEngine.DEFAULT_SEED,
            description = "Seed of the demonstration data: the same seed gives the same data. Default: ${DEFAULT-VALUE}.")
    void seed(long seed) {
        options.seed(seed);
    }

    @Option(names = "--strict", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Check every API request against openapi.json (no undeclared parameter or field); "
                    + "a violation is answered 400. Default: off.")
    void strict(boolean strict) {
        options.strictValidation(strict);
    }

    @Option(names = "--journal-size", paramLabel = "N", defaultValue = "1000",
            description = "Requests kept per tenant for GET /__admin/requests (the newest). Default: ${DEFAULT-VALUE}.")
    void journalSize(int size) {
        options.journalSize(size);
    }

    @Option(names = "--max-tenants", paramLabel = "N", defaultValue = "" + ConversationEngine.DEFAULT_MAX_TENANTS,
            description = "Most tenants (credentials) kept; one more evicts the least recently used, "
                    + "which starts afresh when its credential comes back. Default: ${DEFAULT-VALUE}.")
    void maxTenants(int max) {
        options.maxTenants(max);
    }

    @Option(names = "--max-body-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted; larger is answered 413. Default: ${DEFAULT-VALUE}.")
    void maxBodySize(long bytes) {
        options.maxBodyBytes(bytes);
    }

    @Option(names = "--max-upload-size", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest file an upload URL accepts. Default: ${DEFAULT-VALUE}.")
    void maxUploadSize(long bytes) {
        options.maxUploadBytes(bytes);
    }

    @Option(names = "--upload-url-ttl", paramLabel = "DURATION", defaultValue = "PT15M",
            description = "How long an upload URL stays valid: seconds, or ISO-8601 such as PT15M. Default: ${DEFAULT-VALUE}.")
    void uploadUrlTtl(String ttl) {
        options.uploadUrlTtl(duration(ttl, "--upload-url-ttl"));
    }

    @Option(names = "--websocket-idle-timeout", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "How long a realtime socket may go without a frame from its client before it is closed"
                    + " (1001): seconds or ISO-8601. Default: ${DEFAULT-VALUE}.")
    void websocketIdleTimeout(String timeout) {
        options.websocketIdleTimeout(duration(timeout, "--websocket-idle-timeout"));
    }

    @Option(names = "--public-url", paramLabel = "URL",
            description = "URL clients reach the server at when not http://HOST:PORT (proxy, container); "
                    + "upload and websocket URLs use it.")
    void publicUrl(URI url) {
        options.publicUrl(url);
    }

    @Option(names = "--verbose",
            description = "Log what the server does (Jetty and Javalin), not only warnings.")
    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public Integer call() {
        configureLogging(verbose);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FakeUltraCart fake;
        try {
            fake = options.lifecycleLogging(verbose).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid option: " + e.getMessage());
        }
        try {
            fake.start();
        } catch (UncheckedIOException e) {
            err.println("conversation-mock-server: " + e.getCause().getMessage()
                    + " (is another server using that port? --port 0 picks a free one)");
            err.flush();
            return 1;
        } catch (IllegalStateException e) {
            err.println("conversation-mock-server: " + e.getMessage());
            err.flush();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            out.println("Fake UltraCart stopped.");
            out.flush();
            stopped.countDown();
            // A JVM stopped by a signal exits 128 + its number (143 for SIGTERM) once its hooks are done;
            // the server stopped cleanly, so say so to the supervisor (a container runtime, systemd, CI).
            Runtime.getRuntime().halt(0);
        }, "fake-ultracart-shutdown"));
        out.println("Fake UltraCart ready: " + fake.baseUrl() + " (console /__console, control plane /__admin, contract /openapi.json; Ctrl-C stops)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private Duration duration(String text, String option) {
        try {
            return text.matches("[0-9]{1,12}") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': expected seconds or an ISO-8601 duration such as PT15M but was '"
                            + text + "'", e);
        }
    }

    /** SLF4J's simple logger reads these once, at its first use, which comes after parsing. */
    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn"));
        if (!verbose) {
            // Javalin and Jetty report a failed bind with stack traces; the command says it in one line.
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "off");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = FakeUltraCart.class.getPackage().getImplementationVersion();
            return new String[] {"conversation-mock-server " + (version == null ? "(development build)" : version),
                "Fake of UltraCart's conversation API (REST v2), API version 2017-03-01"};
        }
    }
}
