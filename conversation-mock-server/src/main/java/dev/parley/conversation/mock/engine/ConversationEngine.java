package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.UnauthorizedException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 */
public final class ConversationEngine {

    /**
     * The path under the public base where upload URLs point: {@code PUT {UPLOAD_PATH}{key}?expires=&signature=}
     * stores (see {@link #storeUpload}); a message's media URL is {@code {UPLOAD_PATH}{key}} without a
     * signature, for reading the media back (see {@link #upload}).
     */
    public static final String UPLOAD_PATH = Uploads.PATH;

    /** The demonstration data seed used unless {@link Builder#seed(long)} says otherwise. */
    public static final long DEFAULT_SEED = 20_170_301L;

    private final Clock baseClock;
    private final boolean demoData;
    private final long seed;
    private final Supplier<URI> publicBaseUrl;
    private final Uploads uploads;
    private final AgentTokens tokens;
    private final Map<String, TenantControl> tenantsByKey = new ConcurrentHashMap<>();
    private final Map<MerchantId, Tenant> tenantsByMerchant = new ConcurrentHashMap<>();

    private ConversationEngine(Builder builder) {
        SecureRandom random = new SecureRandom();
        this.baseClock = builder.clock;
        this.demoData = builder.demoData;
        this.seed = builder.seed;
        this.publicBaseUrl = builder.publicBaseUrl;
        this.uploads = new Uploads(random, builder.publicBaseUrl, builder.uploadUrlTtl, builder.maxUploadBytes);
        this.tokens = new AgentTokens(random);
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
     * The backstage of {@code credential}'s tenant (created on first use): the same tenant its port acts in.
     *
     * @param credential the API key or token that names the tenant
     * @return the tenant's control
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public TenantControl control(String credential) {
        Identities identities = Identities.of(credential);
        return tenantsByKey.computeIfAbsent(identities.tenantKey(), key -> newTenant(identities));
    }

    private Tenant tenant(String credential) {
        return control(credential).tenant();
    }

    private TenantControl newTenant(Identities identities) {
        Tenant tenant = new Tenant(identities, baseClock);
        if (demoData) {
            tenant.write(() -> DemoData.load(tenant, seed));
        }
        tenantsByMerchant.put(tenant.merchantId, tenant);
        return new TenantControl(tenant, this);
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

    @Override
    public String toString() {
        return "ConversationEngine[" + tenantsByKey.size() + " tenants]";
    }

    /** Configures a {@link ConversationEngine}; {@link #build()} checks the settings. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private boolean demoData;
        private long seed = DEFAULT_SEED;
        private Supplier<URI> publicBaseUrl = () -> URI.create("http://127.0.0.1:8089");
        private Duration uploadUrlTtl = Duration.ofMinutes(15);
        private long maxUploadBytes = 10L * 1024 * 1024;

        private Builder() {
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
         * Builds the engine.
         *
         * @return a new engine with these settings
         * @throws IllegalArgumentException when the upload TTL or size limit is not positive
         */
        public ConversationEngine build() {
            if (uploadUrlTtl.isNegative() || uploadUrlTtl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("upload url ttl must be at least 1 second but was " + uploadUrlTtl);
            }
            if (maxUploadBytes < 1) {
                throw new IllegalArgumentException("max upload bytes must be at least 1 but was " + maxUploadBytes);
            }
            return new ConversationEngine(this);
        }
    }
}
