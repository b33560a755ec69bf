package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The in-memory heart of the fake: every merchant sandbox (tenant) with its conversations, queues,
 * uploads and clock, behind the {@link ConversationPort} of the contract.
 *
 * <p>Each distinct credential is one tenant, created on first use, with one agent. The credential
 * is only ever hashed: merchant id and agent ARN derive from its SHA-256 digest, and it appears in
 * no id, token, message or {@code toString}. Nothing is visible across tenants (another tenant's
 * conversation id is {@link dev.parley.conversation.domain.NotFoundException}).
 *
 * <pre>{@code
 * ConversationEngine engine = ConversationEngine.builder().build();
 * ConversationPort agent = engine.port("test-key");
 * TenantControl backstage = engine.control("test-key");
 * ConversationId id = backstage.customerStartsConversation(Medium.SMS, null,
 *         ParticipantArn.of("arn:customer:+15125550100"), "Ada", "Where is my order?");
 * agent.joinConversation(id);
 * }</pre>
 *
 * <p>Safe for use from many threads: tenants are independent and each operation is atomic within
 * its tenant (one read-write lock per tenant). Costs are given on each operation of the port
 * (n conversations in the tenant, m messages in one conversation, k items returned).
 *
 * <p><b>Live sessions.</b> {@link #realtime(String)} is the tenant's {@link RealtimePort}: every change
 * the engine makes (an operation of the port with an effect, a change through {@link TenantControl},
 * a message sent on a session) becomes events for every session of that tenant, in the order the
 * changes happened, as the contract's table of the realtime channel says. Each session has a bounded
 * buffer ({@link Builder#sessionBufferSize(int)}) that the engine fills without ever waiting; a small
 * shared pool of daemon threads ({@link Builder#eventThreads(int)}) drains the buffers, one listener call
 * at a time per session, at most {@value EngineSession#BATCH} events per turn so busy sessions take turns.
 * A listener that does not keep up fills its buffer: the session is then closed, and its listener's last
 * call is {@code onConnectionChanged(CLOSED, TransportException)} saying how far it fell behind; other
 * sessions and the engine are not slowed. A listener that blocks holds one of the pool's threads while
 * it does, so listeners should hand slow work elsewhere. {@link #close()} ends every session.
 */
public final class ConversationEngine implements AutoCloseable {

    /**
     * The path under the public base where upload URLs point: {@code PUT {UPLOAD_PATH}{key}?expires=&signature=}
     * stores (see {@link #storeUpload}); a message's media URL is {@code {UPLOAD_PATH}{key}} without a
     * signature, for reading the media back (see {@link #upload}).
     */
    public static final String UPLOAD_PATH = Uploads.PATH;

    /**
     * The path of the realtime channel (the agent authorization's {@code websocket_url} is this path on the
     * public base, with {@code ws} or {@code wss}).
     */
    public static final String WEBSOCKET_PATH = AgentTokens.WEBSOCKET_PATH;

    /** The demonstration data seed used unless {@link Builder#seed(long)} says otherwise. */
    public static final long DEFAULT_SEED = 20_170_301L;

    /** The most tenants an engine keeps unless {@link Builder#maxTenants(int)} says otherwise. */
    public static final int DEFAULT_MAX_TENANTS = 1_000;

    /** How many tenants' shared demonstration data is kept generated (see {@link Builder#demoData}). */
    private static final int DEMO_CACHE_SIZE = 16;

    private final Clock baseClock;
    private final boolean demoData;
    private final long seed;
    private final int maxTenants;
    private final Supplier<URI> publicBaseUrl;
    private final Uploads uploads;
    private final AgentTokens tokens;
    private final DemoData.Cache demoCache = new DemoData.Cache(DEMO_CACHE_SIZE);
    /** Every tenant by key, least recently used first; guarded by itself. */
    private final LinkedHashMap<String, TenantControl> tenantsByKey = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<MerchantId, Tenant> tenantsByMerchant = new ConcurrentHashMap<>();
    private final AtomicLong evicted = new AtomicLong();
    private final ThreadPoolExecutor eventThreads;
    private final int sessionBufferSize;
    private final int maxMessageBytes;
    private volatile boolean closed;

    private ConversationEngine(Builder builder) {
        SecureRandom random = new SecureRandom();
        this.baseClock = builder.clock;
        this.demoData = builder.demoData;
        this.seed = builder.seed;
        this.maxTenants = builder.maxTenants;
        this.publicBaseUrl = builder.publicBaseUrl;
        this.uploads = new Uploads(random, builder.publicBaseUrl, builder.uploadUrlTtl, builder.maxUploadBytes);
        this.tokens = new AgentTokens(random);
        this.sessionBufferSize = builder.sessionBufferSize;
        this.maxMessageBytes = builder.maxMessageBytes;
        // Threads start on the first event and end after a minute without one: an idle engine holds none.
        AtomicInteger threadNumber = new AtomicInteger();
        this.eventThreads = new ThreadPoolExecutor(builder.eventThreads, builder.eventThreads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "parley-engine-events-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.eventThreads.allowCoreThreadTimeOut(true);
    }

    /**
     * A builder with the defaults: system clock, tenants start empty, uploads on {@code http://127.0.0.1:8089}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The port acting as {@code credential}'s agent in {@code credential}'s tenant (created on first use).
     *
     * @param credential the API key or token that names the tenant
     * @return the tenant agent's port
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public ConversationPort port(String credential) {
        return new EnginePort(tenant(credential), this);
    }

    /**
     * The live sessions of {@code credential}'s agent in {@code credential}'s tenant (created on first
     * use): what the realtime channel's websocket gives a client, in process. Connecting fails only when
     * the engine is closed ({@link TransportException}) or the tenant's credential is refused
     * ({@link TenantControl#refuseCredential(boolean)}: {@link UnauthorizedException}).
     *
     * <p>Sessions send as the tenant's agent. A message is stored, like UltraCart's, only in an open
     * conversation of the tenant the agent currently participates in, with a non-blank body or at least
     * one upload key, a body of at most {@link Builder#maxMessageBytes(int)} UTF-8 bytes, and upload keys
     * of uploads this tenant completed; otherwise the future fails with {@link
     * dev.parley.conversation.domain.NotFoundException} (no such conversation in this tenant) or {@link
     * dev.parley.conversation.domain.MessageRefusedException} (the others, with their
     * {@link dev.parley.conversation.domain.MessageRefusedException.Reason}). The future of a stored
     * message is complete when {@code sendMessage} returns. {@code sendTyping} follows the same rules (but
     * content) and throws the same exceptions; it reaches every other session of the tenant, not the
     * sending one.
     *
     * @param credential the tenant's credential (an API key or token)
     * @return the tenant's realtime port
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public RealtimePort realtime(String credential) {
        return new Realtime(tenant(credential));
    }

    /**
     * The live sessions of the agent a verified token names ({@link #verifyAgentJwt(String)}): what a
     * server's websocket endpoint connects a socket to.
     *
     * @param token the verified token
     * @return the realtime port of the token's agent
     * @throws UnauthorizedException when no tenant has the token's merchant (the engine forgot it)
     * @throws NullPointerException  when {@code token} is null
     */
    public RealtimePort realtime(AgentToken token) {
        Tenant tenant = tenantsByMerchant.get(token.merchantId());
        if (tenant == null || !tenant.agentArn.equals(token.agentArn())) {
            throw new UnauthorizedException("the agent token names no agent of this fake");
        }
        return new Realtime(tenant);
    }

    /**
     * Ends every live session (each listener hears {@code CLOSED} with a {@link TransportException}) and
     * stops the event threads. Connecting afterwards fails with a {@link TransportException}; the port
     * and the tenants' data keep working. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        for (Tenant tenant : tenantsByMerchant.values()) {
            for (EngineSession session : tenant.sessions().snapshot()) {
                session.end(new TransportException("The fake was closed", null));
            }
        }
        eventThreads.shutdown();
    }

    /** The open live sessions of every tenant. */
    int openSessions() {
        return tenantsByMerchant.values().stream().mapToInt(tenant -> tenant.sessions().snapshot().size()).sum();
    }

    /**
     * The backstage of {@code credential}'s tenant (created on first use): the same tenant its port acts in.
     *
     * @param credential the API key or token that names the tenant
     * @return the tenant's control
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public TenantControl control(String credential) {
        String key = Identities.tenantKey(credential);
        TenantControl evictedTenant = null;
        TenantControl control;
        synchronized (tenantsByKey) {
            control = tenantsByKey.get(key);
            if (control == null) {
                control = newTenant(Identities.ofTenantKey(key));
                tenantsByKey.put(key, control);
                if (tenantsByKey.size() > maxTenants) {
                    evictedTenant = evictOne();
                }
            }
        }
        if (evictedTenant != null) {
            forget(evictedTenant.tenant());
        }
        return control;
    }

    /**
     * How many tenants the engine holds now.
     *
     * @return the tenant count, at most {@link #maxTenants()}
     */
    public int tenantCount() {
        synchronized (tenantsByKey) {
            return tenantsByKey.size();
        }
    }

    /**
     * The most tenants the engine holds; creating one more evicts the least recently used.
     *
     * @return the bound set by {@link Builder#maxTenants(int)}
     */
    public int maxTenants() {
        return maxTenants;
    }

    /**
     * How many tenants were evicted, since the engine was built, to stay within {@link #maxTenants()}.
     *
     * @return the count of evictions
     */
    public long evictedTenants() {
        return evicted.get();
    }

    private Tenant tenant(String credential) {
        return control(credential).tenant();
    }

    private TenantControl newTenant(Identities identities) {
        Tenant tenant = demoData
                ? new Tenant(identities, baseClock,
                        new DemoData.Pending(seed, baseClock.instant().truncatedTo(ChronoUnit.MILLIS), demoCache))
                : new Tenant(identities, baseClock);
        tenantsByMerchant.put(tenant.merchantId, tenant);
        return new TenantControl(tenant, this);
    }

    /**
     * Removes the least recently used tenant with no live session (a console on the realtime channel is
     * not idle, even when it makes no API call), looking at the oldest few only; when they all have one,
     * the least recently used. Holding the lock of {@code tenantsByKey}.
     */
    private TenantControl evictOne() {
        var oldest = tenantsByKey.entrySet().iterator();
        TenantControl first = null;
        for (int looked = 0; oldest.hasNext() && looked < 64; looked++) {
            TenantControl candidate = oldest.next().getValue();
            if (first == null) {
                first = candidate;
            }
            if (candidate.tenant().sessions().snapshot().isEmpty()) {
                oldest.remove();
                return candidate;
            }
        }
        tenantsByKey.values().remove(first);
        return first;
    }

    /** Drops an evicted tenant: its live sessions end; its uploads, agent tokens and shared demonstration data go. */
    private void forget(Tenant tenant) {
        for (EngineSession session : tenant.sessions().snapshot()) {
            session.end(new TransportException("The fake evicted this merchant's sandbox to stay within its "
                    + maxTenants + " tenants", null));
        }
        evicted.incrementAndGet();
        tenantsByMerchant.remove(tenant.merchantId, tenant);
        demoCache.remove(tenant);
        uploads.forget(tenant.read(tenant::uploadKeys));
    }

    /**
     * Checks a presigned upload request without storing anything: whether the signature matches the
     * key and expiry, the key is known, unexpired on its tenant's clock and not used yet. O(1).
     *
     * @param key the upload key of the URL
     * @param expiresEpochSeconds the URL's expiry, in seconds since the epoch
     * @param signature the URL's signature
     * @return {@link UploadVerdict#VALID}, or why the upload would be refused
     */
    public UploadVerdict verifyUpload(String key, long expiresEpochSeconds, String signature) {
        return uploads.verify(key, expiresEpochSeconds, signature);
    }

    /**
     * Stores the bytes sent to a presigned upload URL, when {@link #verifyUpload} would accept it and
     * the bytes fit {@link #maxUploadBytes()}; atomically, so a key accepts one upload. O(size).
     *
     * @param key the upload key of the URL
     * @param expiresEpochSeconds the URL's expiry, in seconds since the epoch
     * @param signature the URL's signature
     * @param bytes the uploaded bytes
     * @return {@link UploadVerdict#VALID} when stored, else why not
     * @throws IllegalArgumentException when {@code bytes} is null
     */
    public UploadVerdict storeUpload(String key, long expiresEpochSeconds, String signature, byte[] bytes) {
        return uploads.store(key, expiresEpochSeconds, signature, bytes);
    }

    /**
     * The media stored under an upload key, for reading it back; empty when nothing was stored. O(size).
     *
     * @param key the upload key
     * @return the stored media, or empty
     */
    public Optional<StoredUpload> upload(String key) {
        return uploads.stored(key);
    }

    /**
     * The largest upload accepted, in bytes.
     *
     * @return the limit in bytes
     */
    public long maxUploadBytes() {
        return uploads.maxBytes();
    }

    /**
     * Verifies an agent JWT issued by this engine's {@code authorizeAgent}: signature, issuer and
     * expiry on the agent's tenant clock.
     *
     * @param jwt the token the agent presents
     * @return the agent and tenant the token was issued to
     * @throws UnauthorizedException when it is malformed, forged, expired or of no tenant (the
     *                               message never quotes the token)
     */
    public AgentToken verifyAgentJwt(String jwt) {
        return tokens.verify(jwt, tenantsByMerchant::get);
    }

    URI publicBaseUrl() {
        return publicBaseUrl.get();
    }

    Uploads uploads() {
        return uploads;
    }

    AgentTokens tokens() {
        return tokens;
    }

    int maxMessageBytes() {
        return maxMessageBytes;
    }

    @Override
    public String toString() {
        return "ConversationEngine[" + tenantCount() + " tenants]";
    }

    /** One tenant's {@link RealtimePort}. */
    private final class Realtime implements RealtimePort {
        private final Tenant tenant;

        Realtime(Tenant tenant) {
            this.tenant = tenant;
        }

        @Override
        public AgentSession connect(RealtimeListener listener) {
            Objects.requireNonNull(listener, "listener must not be null");
            if (closed) {
                throw new TransportException("The fake is closed: no live session can be opened", null);
            }
            if (tenant.credentialRefused) {
                throw new UnauthorizedException(
                        "The credential is not accepted: the fake was told to refuse it, so no live session opens.");
            }
            EngineSession session = new EngineSession(tenant, ConversationEngine.this, listener, eventThreads,
                    sessionBufferSize);
            tenant.sessions().add(session);
            return session;
        }

        @Override
        public String toString() {
            return "RealtimePort[engine, merchant " + tenant.merchantId + "]";
        }
    }

    /** Configures a {@link ConversationEngine}; {@link #build()} checks the settings. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private boolean demoData;
        private long seed = DEFAULT_SEED;
        private Supplier<URI> publicBaseUrl = () -> URI.create("http://127.0.0.1:8089");
        private Duration uploadUrlTtl = Duration.ofMinutes(15);
        private long maxUploadBytes = 10L * 1024 * 1024;
        private int maxTenants = DEFAULT_MAX_TENANTS;
        private int sessionBufferSize = 1024;
        private int eventThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int maxMessageBytes = 16 * 1024;

        private Builder() {
        }

        /**
         * The most tenants the engine holds: one more evicts the tenant used least recently, with its
         * data, uploads and agent tokens (its credential then starts a new tenant, as on first use). A
         * tenant that has only read the demonstration data costs about a kilobyte; one that has written
         * to it holds its own copy (about 130 KB). Default: {@link #DEFAULT_MAX_TENANTS}.
         *
         * @param max the most tenants, at least 1
         * @return this builder
         */
        public Builder maxTenants(int max) {
            this.maxTenants = max;
            return this;
        }

        /**
         * The base clock every tenant's clock runs on (each tenant adds its own offset). Default: system UTC.
         *
         * @param base the base clock
         * @return this builder
         */
        public Builder clock(Clock base) {
            this.clock = Objects.requireNonNull(base, "clock must not be null");
            return this;
        }

        /**
         * Whether each new tenant starts with the demonstration data. Default: false (tenants start empty).
         * A tenant holds no copy of it until it first writes: until then it reads data generated from the
         * seed, its credential and its creation time, kept for the most recently read tenants and
         * generated again, identical, for the others.
         *
         * @param newTenantsGetDemoData true to fill each new tenant with the demonstration data
         * @return this builder
         */
        public Builder demoData(boolean newTenantsGetDemoData) {
            this.demoData = newTenantsGetDemoData;
            return this;
        }

        /**
         * The demonstration data seed for new tenants. Default: {@link #DEFAULT_SEED}.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Where upload URLs and the websocket URL point: asked each time a URL is made, so a server
         * can supply its address once bound. Default: {@code http://127.0.0.1:8089}.
         *
         * @param base supplies the public base URL
         * @return this builder
         */
        public Builder publicBaseUrl(Supplier<URI> base) {
            this.publicBaseUrl = Objects.requireNonNull(base, "public base url must not be null");
            return this;
        }

        /**
         * How long a presigned upload URL stays valid. Default: 15 minutes.
         *
         * @param ttl the validity; positive
         * @return this builder
         */
        public Builder uploadUrlTtl(Duration ttl) {
            this.uploadUrlTtl = Objects.requireNonNull(ttl, "upload url ttl must not be null");
            return this;
        }

        /**
         * The largest upload accepted, in bytes. Default: 10 MiB.
         *
         * @param max the limit in bytes; positive
         * @return this builder
         */
        public Builder maxUploadBytes(long max) {
            this.maxUploadBytes = max;
            return this;
        }

        /**
         * How many events a live session may have waiting for its listener before it is closed as too
         * slow. Default: 1,024.
         *
         * @param events the buffer's capacity; at least 1
         * @return this builder
         */
        public Builder sessionBufferSize(int events) {
            this.sessionBufferSize = events;
            return this;
        }

        /**
         * How many threads deliver events to every live session's listener (started on demand, ended
         * after a minute idle). Default: the number of processors, at least 2.
         *
         * @param threads the pool's size; at least 1
         * @return this builder
         */
        public Builder eventThreads(int threads) {
            this.eventThreads = threads;
            return this;
        }

        /**
         * The largest message body a live session may send, in UTF-8 bytes. Default: 16 KiB (16,384).
         *
         * @param bytes the limit; at least 1
         * @return this builder
         */
        public Builder maxMessageBytes(int bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return a new engine with these settings
         * @throws IllegalArgumentException when the upload TTL, a size limit, the buffer size or the thread
         *                                  count is not positive
         */
        public ConversationEngine build() {
            if (sessionBufferSize < 1) {
                throw new IllegalArgumentException("session buffer size must be at least 1 but was " + sessionBufferSize);
            }
            if (eventThreads < 1) {
                throw new IllegalArgumentException("event threads must be at least 1 but was " + eventThreads);
            }
            if (maxMessageBytes < 1) {
                throw new IllegalArgumentException("max message bytes must be at least 1 but was " + maxMessageBytes);
            }
            if (uploadUrlTtl.isNegative() || uploadUrlTtl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("upload url ttl must be at least 1 second but was " + uploadUrlTtl);
            }
            if (maxTenants < 1) {
                throw new IllegalArgumentException("max tenants must be at least 1 but was " + maxTenants);
            }
            if (maxUploadBytes < 1) {
                throw new IllegalArgumentException("max upload bytes must be at least 1 but was " + maxUploadBytes);
            }
            return new ConversationEngine(this);
        }
    }
}
