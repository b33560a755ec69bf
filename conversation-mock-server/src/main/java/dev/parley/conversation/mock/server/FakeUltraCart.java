package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.engine.TenantControl;
import dev.parley.conversation.wire.UltraCartJson;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A fake of UltraCart's conversation API (REST v2) over HTTP, for tests and local development: point
 * any UltraCart client at {@link #baseUrl()} instead of {@code https://secure.ultracart.com/rest/v2}.
 *
 * <pre>{@code
 * try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
 *     FakeTenant tenant = fake.control("test-key");
 *     tenant.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:+15125550100"),
 *             "Ada", "Where is my order?");
 *     // GET fake.baseUrl() + "/conversation/conversations" with header x-ultracart-simple-key: test-key
 * }
 * }</pre>
 *
 * <p>Each credential ({@code x-ultracart-simple-key} or bearer token) is its own tenant: a merchant
 * sandbox with one agent, created on first use, invisible to every other credential. So tests that
 * share one server but use different credentials cannot see each other's data.
 *
 * <p>Besides the 13 operations under {@code /rest/v2}, the server answers:
 * <ul>
 *   <li>{@code /__admin/...}: the control plane, the HTTP twin of {@link #control(String)};</li>
 *   <li>{@code /__uploads/{key}}: presigned upload URLs ({@code PUT}) and the stored media ({@code GET});</li>
 *   <li>{@code /openapi.json}: the contract it implements, naming this server as its server.</li>
 * </ul>
 *
 * <p>Safe for use from many threads. Close it to stop it.
 */
public final class FakeUltraCart implements AutoCloseable {
    /** The path of the API on the server, as on UltraCart's. */
    public static final String API_PATH = "/rest/v2";
    /** The longest request line plus headers read whole; longer heads are refused by Jetty itself. */
    static final int HEAD_BYTES = 256 * 1024;
    /** The longest request URI (path and query) answered; a longer one is 414. */
    static final int MAX_URI_CHARS = 8 * 1024;

    /** How long a realtime socket may stay silent unless {@link Builder#websocketIdleTimeout} says otherwise. */
    public static final Duration DEFAULT_WEBSOCKET_IDLE_TIMEOUT = Duration.ofMinutes(10);

    /** Frames a socket may have waiting to be written before it is closed (1013) as not reading. */
    static final int SOCKET_MAX_PENDING_FRAMES = 1024;

    private final Builder settings;
    /** Immutable and safe for use from many threads: one for every fake of the JVM, its adapters made once. */
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private volatile ConversationEngine engine;
    private final Map<MerchantId, Channel> channels = new ConcurrentHashMap<>();
    private RealtimeEndpoint realtime;
    private volatile Journal refused;
    private volatile URI root;
    private volatile byte[] openApiDocument;
    private Javalin app;
    private boolean closed;
    private volatile boolean stopping;

    private FakeUltraCart(Builder settings) {
        this.settings = settings;
        this.root = settings.publicUrl != null ? settings.publicUrl
                : URI.create("http://" + hostInUrl(settings.host) + ":" + settings.port);
        this.engine = newEngine();
        this.refused = new Journal(settings.journalSize);
    }

    /**
     * Starts preparing, on a background daemon thread, what every fake's first requests need whatever its
     * settings: reading the contract, making the JSON adapters of the answers a console asks for first
     * (listing, conversation, messages, errors), and loading the demonstration data's generator. Optional:
     * a fake that starts without it does this work when first asked. A program that calls it first thing,
     * before it reads its settings and starts a fake, overlaps this work with Jetty's start, and its fake
     * answers its first request sooner; the standalone server does. Calls after the first do nothing.
     */
    public static void prepareInBackground() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread preparing = new Thread(FakeUltraCart::prepare, "fake-ultracart-prepare");
        preparing.setDaemon(true);
        preparing.setPriority(Thread.MIN_PRIORITY);
        preparing.start();
    }

    private static void prepare() {
        ContractOperations.get();
        ConversationEngine scratch = ConversationEngine.builder().demoData(true).build();
        ConversationPort port = scratch.port("prepare");
        Page<ConversationSummary> page = port.listConversations(ConversationListQuery.all());
        JSON.writeConversations(page, JSON::summaryJson).toByteArray();
        ConversationId first = page.items().get(0).id();
        JSON.writeConversation(port.getConversation(new ConversationQuery(first, null)), JSON::messageJson).toByteArray();
        JSON.writeMessages(port.getMessages(new MessagesQuery(first, Instant.EPOCH, null)), JSON::messageJson).toByteArray();
        JSON.error().writeBytes(ErrorDetails.of("prepare", "prepare"));
        scratch.close();
    }

    /**
     * A builder with the embedded defaults: loopback, a free port, tenants start empty, strict validation on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving.
     *
     * @return this server
     * @throws UncheckedIOException  with a {@link BindException} when the host and port cannot be bound
     *                               (for example the port is in use)
     * @throws IllegalStateException when it was started or closed before, or could not start
     */
    public synchronized FakeUltraCart start() {
        if (closed || app != null) {
            throw new IllegalStateException(closed ? "a closed fake cannot be started again" : "the fake is already started");
        }
        // The contract is read while Jetty starts: its operations, and, when strict checks need them,
        // its JSON tree and the schema validator (a lenient server loads those only for a request body).
        boolean strict = settings.strictValidation;
        CompletableFuture<ContractOperations> contract = CompletableFuture.supplyAsync(() -> {
            if (strict) {
                OpenApiContract.get().prepareValidation();
            }
            return ContractOperations.get();
        });
        Gateway gateway = new Gateway(this, settings.clock, settings.strictValidation, settings.maxBodyBytes);
        ErrorResponses errors = new ErrorResponses(JSON, settings.maxBodyBytes);
        RealtimeEndpoint endpoint = new RealtimeEndpoint(this, JSON, errors, settings.clock,
                settings.websocketIdleTimeout, settings.strictValidation, SOCKET_MAX_PENDING_FRAMES);
        Routes routes = new Routes(gateway, new ApiHandlers(JSON),
                new AdminHandlers(JSON, settings.seed, settings.strictValidation, settings.maxBodyBytes),
                new UploadHandlers(this), endpoint, this::openApiDocument);
        Javalin created = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.host = settings.host;
            config.jetty.port = settings.port;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes;
            // Jetty refuses an oversized request head by closing the connection while the client may still
            // be sending it, which can reset the connection before the client reads the answer. Reading
            // heads up to HEAD_BYTES whole and refusing a long URI from a handler (Gateway.refuseLongUri)
            // answers 414 on a connection that stays usable.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(HEAD_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(errors.jettyErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors.jettyErrorHandler()));
            config.jetty.modifyWebSocketServletFactory(factory -> {
                // The endpoint closes idle sockets itself (only the client's frames count); Jetty's own
                // timeout, which any traffic resets, is a backstop behind it.
                factory.setIdleTimeout(settings.websocketIdleTimeout.plusMinutes(1));
                factory.setMaxTextMessageSize(settings.maxBodyBytes);
            });
            errors.install(config.routes);
            routes.declare(config.routes);
        });
        try {
            if (settings.lifecycleLogging) {
                created.start();
            } else {
                ServerLogLevels.quietly(created::start);
            }
        } catch (JavalinBindException e) {
            throw new UncheckedIOException(bindFailure(e));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the fake could not start on " + settings.host + ":" + settings.port
                    + ": " + rootMessage(e), e);
        }
        try {
            if (settings.publicUrl == null) {
                root = URI.create("http://" + hostInUrl(settings.host) + ":" + created.port());
            }
            settings.routeCheck.accept(routes, contract.join());
        } catch (RuntimeException e) {
            // Jetty is listening already: a fake that failed to start must not keep the port.
            created.stop();
            throw e;
        }
        app = created;
        realtime = endpoint;
        return this;
    }

    /**
     * The base URL of the API, {@code http://HOST:PORT/rest/v2} (no trailing slash): where a client
     * would otherwise use {@code https://secure.ultracart.com/rest/v2}.
     *
     * @return the API's base URL
     * @throws IllegalStateException when the server is not started
     */
    public String baseUrl() {
        requireStarted();
        return root + API_PATH;
    }

    /**
     * The port the server listens on.
     *
     * @return the bound port
     * @throws IllegalStateException when the server is not started
     */
    public int port() {
        requireStarted();
        return app.port();
    }

    /**
     * The control plane of one tenant, from Java: customers, messages, queues, clock, faults and the
     * request journal of the tenant of {@code credential} (created on first use). The same as the HTTP
     * control plane under {@code /__admin} with that credential.
     *
     * @param credential the API key or token that names the tenant
     * @return the tenant's control plane
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public FakeTenant control(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new IllegalArgumentException("credential must not be blank but was " + (credential == null ? "null" : "blank"));
        }
        return new FakeTenant(this, credential.strip(), settings.seed);
    }

    /**
     * Forgets every tenant: their data, faults and journals. The server is as just started (new tenants
     * get the demonstration data again when the server gives it). Presigned upload URLs issued before
     * stop working. For one tenant only, see {@link FakeTenant#reset()}.
     */
    public void reset() {
        ConversationEngine forgotten = engine;
        engine = newEngine();
        closeSockets("The fake was reset: every tenant was forgotten; authorize again");
        channels.values().forEach(Channel::clear);
        refused = new Journal(settings.journalSize);
        forgotten.close();
    }

    /**
     * The API requests refused for their credential (answered 401: none sent, a blank one, an
     * Authorization header that is not a bearer token), oldest first. They belong to no tenant, so the
     * server keeps them in a journal of its own ({@code journalSize} newest). Credentials are masked, but
     * show whether they were blank and an Authorization header's scheme ({@code Basic ****}); each
     * request's note says why it was refused.
     *
     * @return the refused requests, oldest first
     */
    public List<RecordedRequest> refusedRequests() {
        return refused.newest(null);
    }

    /** Empties the journal of refused requests. */
    public void clearRefusedRequests() {
        refused.clear();
    }

    /** Stops serving; does nothing when already closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        closeSockets("The fake is shutting down");
        engine.close();
        if (app != null) {
            if (settings.lifecycleLogging) {
                app.stop();
            } else {
                ServerLogLevels.quietly(app::stop);
            }
            realtime.stop();
        }
    }

    @Override
    public String toString() {
        return "FakeUltraCart[" + (app == null ? "not started" : root + API_PATH) + "]";
    }

    /** The contract naming this server, written on first request: most runs never ask for it. */
    private byte[] openApiDocument() {
        byte[] document = openApiDocument;
        if (document == null) {
            document = OpenApiContract.get().documentServedAt(baseUrl()).getBytes(StandardCharsets.UTF_8);
            openApiDocument = document;
        }
        return document;
    }

    /**
     * The in-memory engine behind this fake: its ports and controls act on the same tenants as the
     * HTTP API, in-process (for instance {@code engine().control(key)}, what {@link #control(String)}
     * adds the fake's faults and journal to).
     *
     * @return the engine
     */
    public ConversationEngine engine() {
        return engine;
    }

    /** Whether {@link #close()} was called. */
    boolean isStopping() {
        return stopping;
    }

    /** The realtime channel of a merchant (created on first use). */
    Channel channel(MerchantId merchant) {
        return channels.computeIfAbsent(merchant, key -> new Channel(settings.journalSize));
    }

    private void closeSockets(String reason) {
        RealtimeEndpoint endpoint = realtime;
        if (endpoint != null) {
            endpoint.closeAll(List.copyOf(channels.values()), 1001, reason);
        }
    }

    Journal refusedJournal() {
        return refused;
    }

    TenantSide side(String credential) {
        return side(engine.control(credential));
    }

    TenantSide side(TenantControl tenant) {
        return tenant.attachment(TenantSide.class, () -> new TenantSide(new Journal(settings.journalSize), new FaultRules()));
    }

    /**
     * How many tenants the server holds now: at most {@link Builder#maxTenants(int)}, the least
     * recently used evicted beyond that.
     *
     * @return the tenant count
     */
    public int tenantCount() {
        return engine.tenantCount();
    }

    /**
     * The most tenants the server holds.
     *
     * @return the bound set by {@link Builder#maxTenants(int)}
     */
    public int maxTenants() {
        return settings.maxTenants;
    }

    /**
     * How many tenants were evicted to stay within {@link Builder#maxTenants(int)} since the server was
     * built or reset.
     *
     * @return the count of evictions
     */
    public long evictedTenants() {
        return engine.evictedTenants();
    }

    private ConversationEngine newEngine() {
        return ConversationEngine.builder()
                .clock(settings.clock)
                .demoData(settings.demoData)
                .seed(settings.seed)
                .publicBaseUrl(() -> root)
                .uploadUrlTtl(settings.uploadUrlTtl)
                .maxUploadBytes(settings.maxUploadBytes)
                .maxTenants(settings.maxTenants)
                .build();
    }

    private synchronized void requireStarted() {
        if (app == null) {
            throw new IllegalStateException("the fake is not started: call start() first");
        }
    }

    private BindException bindFailure(JavalinBindException e) {
        BindException failure = new BindException("cannot listen on " + settings.host + ":" + settings.port + ": "
                + rootMessage(e));
        failure.initCause(e);
        return failure;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String hostInUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * The settings of a {@link FakeUltraCart}: the same options the standalone server's command line
     * sets. Every setting has a default; {@link #build()} checks them.
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private boolean demoData;
        private long seed = ConversationEngine.DEFAULT_SEED;
        private Clock clock = Clock.systemUTC();
        private int journalSize = 1000;
        private long maxBodyBytes = 1024 * 1024;
        private boolean strictValidation = true;
        private Duration uploadUrlTtl = Duration.ofMinutes(15);
        private long maxUploadBytes = 10L * 1024 * 1024;
        private URI publicUrl;
        private Duration websocketIdleTimeout = DEFAULT_WEBSOCKET_IDLE_TIMEOUT;
        private int maxTenants = ConversationEngine.DEFAULT_MAX_TENANTS;
        private boolean lifecycleLogging;
        private BiConsumer<Routes, ContractOperations> routeCheck = Routes::checkAgainst;

        private Builder() {
        }

        /**
         * The most tenants (credentials) the server holds: one more evicts the tenant used least
         * recently, with its data, journal and faults; its credential then starts afresh, as on first
         * use. A tenant that has only read the demonstration data costs about a kilobyte plus its journal;
         * one that has written to it holds its own copy (about 130 KB). Default:
         * {@value ConversationEngine#DEFAULT_MAX_TENANTS}.
         *
         * @param max the most tenants, at least 1
         * @return this builder
         */
        public Builder maxTenants(int max) {
            this.maxTenants = max;
            return this;
        }

        /**
         * The address to listen on. Default: {@code 127.0.0.1} (loopback only).
         *
         * @param host a host name or IP address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * The port to listen on; 0 picks a free one. Default: 0.
         *
         * @param port the port, or 0
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Whether each new tenant starts with its own copy of the demonstration data (conversations over
         * both media, queues with agents and waiting customers, webchat contexts with carts). Default: false.
         *
         * @param newTenantsGetDemoData true to fill each new tenant with the demonstration data
         * @return this builder
         */
        public Builder demoData(boolean newTenantsGetDemoData) {
            this.demoData = newTenantsGetDemoData;
            return this;
        }

        /**
         * The seed of the demonstration data: the same seed gives the same data. Default: the engine's.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The clock every tenant's clock starts from, and the journal's. Default: the system clock (UTC).
         *
         * @param clock the base clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * How many requests each tenant's journal keeps (the newest), and as many realtime frames. Default: 1000.
         *
         * @param requests the journal's size per tenant; at least 1
         * @return this builder
         */
        public Builder journalSize(int requests) {
            this.journalSize = requests;
            return this;
        }

        /**
         * The largest request body accepted, in bytes; a larger one is answered 413. Default: 1 MiB.
         *
         * @param bytes the limit in bytes; positive
         * @return this builder
         */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Whether every API request is checked against {@code openapi.json}: no undeclared query
         * parameter, parameters and bodies matching their schemas (closed: no undocumented field), JSON
         * bodies sent as JSON. A violation is answered 400 naming it. Types and required values are
         * always checked. Default: true.
         *
         * @param strict true to check every request against the contract
         * @return this builder
         */
        public Builder strictValidation(boolean strict) {
            this.strictValidation = strict;
            return this;
        }

        /**
         * How long a presigned upload URL stays valid. Default: 15 minutes.
         *
         * @param ttl the validity; positive
         * @return this builder
         */
        public Builder uploadUrlTtl(Duration ttl) {
            this.uploadUrlTtl = ttl;
            return this;
        }

        /**
         * The largest upload a presigned URL accepts, in bytes. Default: 10 MiB.
         *
         * @param bytes the limit in bytes; positive
         * @return this builder
         */
        public Builder maxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * The URL clients reach the server at, when it is not {@code http://HOST:PORT} (behind a proxy or
         * in a container): upload URLs, media URLs and the websocket URL are given on it. Default: none.
         *
         * @param url the public base URL, or null for none
         * @return this builder
         */
        public Builder publicUrl(URI url) {
            this.publicUrl = url;
            return this;
        }

        /**
         * How long a realtime socket may go without a text frame from its client before the server closes
         * it with code 1001 (the frames it sends do not count). Default: 10 minutes.
         *
         * @param timeout the idle timeout; at least 1 ms
         * @return this builder
         */
        public Builder websocketIdleTimeout(Duration timeout) {
            this.websocketIdleTimeout = timeout;
            return this;
        }

        /**
         * Whether Jetty's and Javalin's INFO lines announcing the server's start and stop
         * ({@code jetty-12...}, {@code Started ServerConnector...}, {@code Javalin started...}) reach the log.
         * Default: false, so that an embedded fake writes nothing at INFO into the application's log (its
         * warnings and errors still show); the standalone server turns it on with {@code --verbose}.
         *
         * @param enabled true to let those lines through
         * @return this builder
         */
        public Builder lifecycleLogging(boolean enabled) {
            this.lifecycleLogging = enabled;
            return this;
        }

        /**
         * A server with these settings, not started yet.
         *
         * @return the server, to {@link FakeUltraCart#start() start}
         * @throws IllegalArgumentException naming the first setting out of range
         */
        public FakeUltraCart build() {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank but was " + (host == null ? "null" : "\"" + host + "\""));
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535 but was " + port);
            }
            Objects.requireNonNull(clock, "clock must not be null");
            if (journalSize < 1 || journalSize > 1_000_000) {
                throw new IllegalArgumentException("journal size must be between 1 and 1000000 but was " + journalSize);
            }
            if (maxTenants < 1) {
                throw new IllegalArgumentException("max tenants must be at least 1 but was " + maxTenants);
            }
            checkSize(maxBodyBytes, "max body bytes");
            checkSize(maxUploadBytes, "max upload bytes");
            if (uploadUrlTtl == null || uploadUrlTtl.isNegative() || uploadUrlTtl.isZero()) {
                throw new IllegalArgumentException("upload url ttl must be positive but was " + uploadUrlTtl);
            }
            if (websocketIdleTimeout == null || websocketIdleTimeout.compareTo(Duration.ofMillis(1)) < 0) {
                throw new IllegalArgumentException("websocket idle timeout must be at least 1 ms but was " + websocketIdleTimeout);
            }
            Builder copy = copy();
            if (publicUrl != null) {
                copy.publicUrl = checkedPublicUrl(publicUrl);
            }
            return new FakeUltraCart(copy);
        }

        /**
         * Builds and starts a server with these settings.
         *
         * @return the running server
         * @throws IllegalArgumentException as {@link #build()}
         * @throws UncheckedIOException     as {@link FakeUltraCart#start()}
         */
        public FakeUltraCart start() {
            return build().start();
        }

        /** Replaces the check of the routes against the contract made after Jetty starts (for tests of start()). */
        Builder routeCheck(BiConsumer<Routes, ContractOperations> check) {
            this.routeCheck = check;
            return this;
        }

        private static void checkSize(long bytes, String name) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(name + " must be between 1 and " + (Integer.MAX_VALUE - 8) + " but was " + bytes);
            }
        }

        private static URI checkedPublicUrl(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                    || url.getRawQuery() != null || url.getRawFragment() != null
                    || !(url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))) {
                throw new IllegalArgumentException(
                        "public url must be http(s)://HOST[:PORT] without path, query or fragment but was " + url);
            }
            String text = url.toString();
            return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.host = host.strip();
            copy.port = port;
            copy.demoData = demoData;
            copy.seed = seed;
            copy.clock = clock;
            copy.journalSize = journalSize;
            copy.maxBodyBytes = maxBodyBytes;
            copy.strictValidation = strictValidation;
            copy.uploadUrlTtl = uploadUrlTtl;
            copy.maxUploadBytes = maxUploadBytes;
            copy.publicUrl = publicUrl;
            copy.websocketIdleTimeout = websocketIdleTimeout;
            copy.maxTenants = maxTenants;
            copy.lifecycleLogging = lifecycleLogging;
            copy.routeCheck = routeCheck;
            return copy;
        }
    }
}
