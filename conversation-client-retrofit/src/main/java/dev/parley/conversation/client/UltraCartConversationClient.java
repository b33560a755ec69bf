package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * {@link ConversationPort} against UltraCart's conversation API (REST v2) over HTTP: against
 * UltraCart itself, or against the fake at its base URL.
 *
 * <pre>{@code
 * ConversationPort ultracart = UltraCartConversationClient.builder()
 *         .simpleKey(System.getenv("ULTRACART_SIMPLE_KEY"))
 *         .build();
 * Page<ConversationSummary> newest = ultracart.listConversations(ConversationListQuery.all().withLimit(20));
 * }</pre>
 *
 * <p>Every request carries {@code X-UltraCart-Api-Version: 2017-03-01}, {@code Accept: application/json},
 * the user agent and the credential. Every failure is a
 * {@link dev.parley.conversation.domain.ConversationException}: an error status becomes the subclass
 * for that status, with UltraCart's error fields and its {@code UC-REST-ERROR} message; a body the
 * client cannot use, an I/O failure or a timeout becomes a
 * {@link dev.parley.conversation.domain.TransportException}. Messages never contain the credential.
 * Failed requests are retried as the {@link RetryPolicy} says, except
 * {@link #startConversation(StartConversationRequest)}, which is never repeated.
 *
 * <p>Every operation is also asynchronous, on {@link #async()}. A {@code null} argument is refused
 * with a {@link NullPointerException} naming it, before anything is sent.
 *
 * <p>An operation takes at most the larger of the call timeout and the retry policy's
 * {@linkplain RetryPolicy#maxElapsed() max elapsed} time. Safe for use from many threads. Close it
 * when done: it shuts down the dispatcher threads and the connections it created itself, and leaves
 * an {@linkplain Builder#okHttpClient(OkHttpClient) OkHttpClient it was given} untouched.
 */
public final class UltraCartConversationClient implements ConversationPort, AutoCloseable {

    /** UltraCart's REST v2 base URL, the default. */
    public static final String DEFAULT_BASE_URL = "https://secure.ultracart.com/rest/v2";
    /** The API version every request asks for ({@code X-UltraCart-Api-Version}). */
    public static final String API_VERSION = "2017-03-01";

    private final Calls calls;
    private final Exchange exchange;
    private final UltraCartJson json;
    private final String description;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final AsyncConversationClient async;
    private final WebSocketRealtime realtime;

    private UltraCartConversationClient(Builder builder, HttpUrl baseUrl, Credential credential) {
        this.json = UltraCartJson.create();
        this.ownsHttp = builder.okHttpClient == null;
        OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : builder.okHttpClient.newBuilder();
        http.connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.writeTimeout)
                .callTimeout(builder.callTimeout)
                // Every send is an attempt the retry policy counts: OkHttp repeats nothing on its own.
                .retryOnConnectionFailure(false)
                .addInterceptor(new UltraCartHeaders(credential, builder.userAgent))
                .addNetworkInterceptor(RetryAfter.HOLD_IMMEDIATE_RETRY);
        Interceptor logging = HttpLog.at(builder.httpLogging);
        if (logging != null) {
            http.addNetworkInterceptor(logging);
        }
        this.http = http.build();
        this.calls = new Calls(new Retrofit.Builder()
                .baseUrl(baseUrl)
                .callFactory(this::newCall)
                .validateEagerly(true)
                .build()
                .create(ConversationService.class), json);
        HttpUrl shown = baseUrl.newBuilder().username("").password("").build();
        this.description = "UltraCartConversationClient[baseUrl=" + shown + ", credential=" + credential + "]";
        Failures failures = new Failures(baseUrl, json.error(),
                builder.connectTimeout, builder.writeTimeout, builder.readTimeout);
        this.exchange = new Exchange(builder.retryPolicy, builder.callTimeout, failures,
                builder.clock, builder.sleeper, builder.jitter, description);
        this.async = new AsyncConversationClient(calls, exchange, json);
        // The websocket carries the agent JWT, never the API credential: none of the REST interceptors.
        OkHttpClient.Builder websocket = ownsHttp ? this.http.newBuilder() : builder.okHttpClient.newBuilder();
        if (ownsHttp) {
            websocket.interceptors().clear();
            websocket.networkInterceptors().clear();
        }
        websocket.connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.writeTimeout)
                .callTimeout(builder.realtimeConnectTimeout)
                .pingInterval(builder.realtimePingInterval)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", builder.userAgent).build()));
        if (logging != null) {
            // OkHttp runs no network interceptor for a websocket's upgrade, so the log is an application one here.
            websocket.addInterceptor(logging);
        }
        this.realtime = new WebSocketRealtime(this, websocket.build(), json, builder.realtimeSettings(),
                builder.clock, builder.realtimeConnectTimeout);
    }

    /** An OkHttp call for one attempt, tagged with the phase it has reached so a timeout can be named. */
    private Call newCall(okhttp3.Request request) {
        CallPhase phase = new CallPhase();
        Call call = http.newCall(request.newBuilder().tag(CallPhase.class, phase).build());
        call.addEventListener(phase);
        return call;
    }

    /**
     * A builder; only a credential is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The live channel of this client's agent: UltraCart's conversation websocket, authorized afresh
     * with {@link #authorizeAgent()} on every connect. Each {@link RealtimePort#connect connect} opens a
     * session of its own that reconnects after a drop and back-fills what it missed; see the builder's
     * {@code realtime...} settings.
     *
     * <pre>{@code
     * try (AgentSession session = ultracart.realtime().connect(event -> System.out.println(event))) {
     *     session.sendMessage(OutgoingMessage.text(conversation, "Hello!")).get(10, TimeUnit.SECONDS);
     * }
     * }</pre>
     *
     * @return the realtime port; the same one on every call
     */
    public RealtimePort realtime() {
        return realtime;
    }

    /**
     * The same client with every operation asynchronous: same requests, retries, errors and
     * redaction, on OkHttp's asynchronous calls.
     *
     * @return the asynchronous view of this client (the same instance every time)
     */
    public AsyncConversationClient async() {
        return async;
    }

    /**
     * Refuses further operations (with {@link IllegalStateException}) and, when this client created
     * its own OkHttp client, shuts down its dispatcher threads and closes its idle connections;
     * an OkHttp client given to the builder is left as it was. Calls in flight finish. Every live
     * session opened through {@link #realtime()} is closed first. Closing again does nothing.
     */
    @Override
    public void close() {
        realtime.closeAll();
        exchange.close();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** The OkHttp client this client sends with (for tests). */
    OkHttpClient okHttp() {
        return http;
    }

    @Override
    public void keepAlive() {
        exchange.perform(calls.keepAlive());
    }

    @Override
    public AgentAuthorization authorizeAgent() {
        return exchange.fetch(calls.authorizeAgent(), json.agentAuthorization());
    }

    @Override
    public Conversation getConversation(ConversationQuery query) {
        return exchange.fetch(calls.conversation(query), json.conversation());
    }

    @Override
    public WebchatContext getWebchatContext(ConversationId id) {
        return exchange.fetch(calls.webchatContext(id), json.webchatContext());
    }

    @Override
    public List<Message> getMessages(MessagesQuery query) {
        return exchange.fetch(calls.messages(query), json.messages());
    }

    /**
     * Asks for a presigned URL to upload one media file, as
     * {@link ConversationPort#createUploadUrl(String)} says.
     *
     * @param extension the file's extension, without the dot
     * @return where to upload the file and the key that cites it in a message
     * @throws IllegalArgumentException when the extension is blank, or has anything but ASCII letters
     *                                  and digits
     * @throws NullPointerException     when the extension is null
     */
    @Override
    public UploadUrl createUploadUrl(String extension) {
        return exchange.fetch(calls.uploadUrl(extension), json.uploadUrl());
    }

    @Override
    public List<QueueStatus> getQueueStatuses() {
        return exchange.fetch(calls.queueStatuses(), json.queueStatuses());
    }

    /**
     * Lists one page of conversations, as {@link ConversationPort#listConversations(ConversationListQuery)}
     * says.
     *
     * <p>Sends {@code _limit} and {@code _offset} always, {@code medium} and {@code before} when set;
     * {@code before} as UTC in whole milliseconds, rounded up
     * ({@link ConversationListQuery#beforeEpochMillis()}) so that it stays exclusive.
     *
     * @param query which page, of which conversations
     * @return the page, with the offset of the next one when there is one
     */
    @Override
    public Page<ConversationSummary> listConversations(ConversationListQuery query) {
        return exchange.fetch(calls.conversations(query), json.conversations());
    }

    @Override
    public void joinConversation(ConversationId id) {
        exchange.perform(calls.join(id));
    }

    @Override
    public void leaveConversation(ConversationId id) {
        exchange.perform(calls.leave(id));
    }

    @Override
    public void markRead(ConversationId id) {
        exchange.perform(calls.markRead(id));
    }

    /**
     * Starts a conversation, as {@link ConversationPort#startConversation(StartConversationRequest)} says.
     *
     * <p>Sent exactly once: neither this client's retry policy nor OkHttp repeats it, whatever the
     * failure (a 429, a 503, a dropped connection). When it fails without an answer
     * ({@link dev.parley.conversation.domain.TransportException}), the conversation may or may not
     * exist: list the conversations before starting it again.
     *
     * @param request who takes part, and the queue for a webchat
     * @return the new conversation
     */
    @Override
    public Conversation startConversation(StartConversationRequest request) {
        return exchange.fetchOnce(calls.startConversation(request), json.startedConversation());
    }

    @Override
    public void updateQueueStatus(QueueName queue, AgentStatus status) {
        exchange.perform(calls.updateQueueStatus(queue, status));
    }

    /** Which server and which kind of credential; never the credential itself, nor a password in the URL. */
    @Override
    public String toString() {
        return description;
    }

    /** How much of each exchange {@link Builder#httpLogging} writes to SLF4J. */
    public enum HttpLogging {
        /** Nothing (the default). */
        NONE,
        /** Request lines and response status lines with their durations. */
        BASIC,
        /** {@link #BASIC} with the headers; credential headers show as redacted. */
        HEADERS,
        /** {@link #HEADERS} with the bodies; JWTs and signed URL queries show as redacted. */
        BODY
    }

    /**
     * How a live session presents the agent JWT on the websocket upgrade request. UltraCart does not
     * document its handshake; the fake accepts both.
     */
    public enum JwtPresentation {
        /** As the query parameter {@code jwt} of the websocket URL (the default; what a browser can do). */
        QUERY_PARAMETER,
        /** As {@code Authorization: Bearer JWT}. */
        AUTHORIZATION_HEADER
    }

    /**
     * Configures an {@link UltraCartConversationClient}. Setters only record; {@link #build()} checks
     * everything and names what is missing or wrong.
     */
    public static final class Builder {
        private static final Duration MAX_TIMEOUT = Duration.ofDays(24);

        private String baseUrl = DEFAULT_BASE_URL;
        private String simpleKey;
        private boolean simpleKeyNull;
        private Supplier<String> bearerToken;
        private boolean bearerTokenNull;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent = DefaultUserAgent.VALUE;
        private HttpLogging httpLogging = HttpLogging.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private JwtPresentation realtimeJwt = JwtPresentation.QUERY_PARAMETER;
        private Duration realtimePingInterval = Duration.ofSeconds(30);
        private Duration realtimeKeepAliveInterval = Duration.ofMinutes(1);
        private Duration realtimeReconnectInitialDelay = Duration.ofMillis(500);
        private Duration realtimeReconnectMaxDelay = Duration.ofSeconds(30);
        private int realtimeMaxReconnectAttempts = Integer.MAX_VALUE;
        private Duration realtimeSendTimeout = Duration.ofSeconds(30);
        private Duration realtimeConnectTimeout = Duration.ofSeconds(30);
        private Duration realtimeCloseTimeout = Duration.ofSeconds(2);
        private int realtimeRememberedMessages = 10_000;
        private int realtimeFollowedConversations = 10_000;

        private Builder() {
        }

        /**
         * Where the API lives, {@link #DEFAULT_BASE_URL} by default; for the fake, its
         * {@code baseUrl()}. An absolute {@code http} or {@code https} URL without query or fragment;
         * a trailing {@code /} is optional.
         *
         * @param baseUrl the API's base URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Authenticates with UltraCart's simple key ({@code x-ultracart-simple-key}).
         *
         * @param simpleKey the key; never blank
         * @return this builder
         */
        public Builder simpleKey(String simpleKey) {
            this.simpleKey = simpleKey;
            this.simpleKeyNull = simpleKey == null;
            return this;
        }

        /**
         * Authenticates with an OAuth bearer token ({@code Authorization: Bearer ...}), asked from
         * {@code supplier} for every request, retries included, so that the token can rotate. When
         * the supplier throws or returns a blank token, the operation fails with
         * {@link dev.parley.conversation.domain.UnauthorizedException} without sending anything.
         *
         * @param supplier gives the current token
         * @return this builder
         */
        public Builder bearerToken(Supplier<String> supplier) {
            this.bearerToken = supplier;
            this.bearerTokenNull = supplier == null;
            return this;
        }

        /**
         * Shares this client's connection pool, dispatcher, proxy, TLS settings and interceptors.
         * The timeouts still come from this builder.
         *
         * @param client the application's OkHttp client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = client;
            return this;
        }

        /**
         * How long to wait for a connection; 10 seconds by default.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * How long to wait for each read from the server; 30 seconds by default.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /**
         * How long to wait for each write to the server; 30 seconds by default.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout;
            return this;
        }

        /**
         * How long one attempt may take in all, from connecting to reading the whole answer; 60 seconds by default.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /**
         * When to retry failed requests; {@link RetryPolicy#defaults()} by default, {@link RetryPolicy#none()} to never.
         *
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /**
         * The {@code User-Agent} header, replacing the default {@code parley-conversation-client/VERSION okhttp/VERSION}.
         *
         * @param userAgent the header's value; never blank
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Logs requests and responses through SLF4J at DEBUG on the logger
         * {@code dev.parley.conversation.client.http}; {@link HttpLogging#NONE} by default. Credential
         * headers, JWTs and signed URL queries never appear. Retries are logged at DEBUG on this
         * class's logger whatever this setting.
         *
         * @param level how much to log
         * @return this builder
         */
        public Builder httpLogging(HttpLogging level) {
            this.httpLogging = level;
            return this;
        }

        /**
         * How a live session presents the agent JWT on the upgrade request:
         * {@link JwtPresentation#QUERY_PARAMETER} by default.
         *
         * @param presentation query parameter or header
         * @return this builder
         */
        public Builder realtimeJwt(JwtPresentation presentation) {
            this.realtimeJwt = presentation;
            return this;
        }

        /**
         * How often a live session pings the server (websocket ping frames); a socket whose pong does not
         * come back before the next ping is dropped and reconnected. 30 seconds by default.
         *
         * @param interval between pings
         * @return this builder
         */
        public Builder realtimePingInterval(Duration interval) {
            this.realtimePingInterval = interval;
            return this;
        }

        /**
         * How often a live session calls the agent keepalive (operation 1) and sends a {@code ping} frame (a
         * server's idle timeout counts frames from the client, not websocket pings); one minute by default.
         *
         * @param interval between keepalive calls
         * @return this builder
         */
        public Builder realtimeKeepAliveInterval(Duration interval) {
            this.realtimeKeepAliveInterval = interval;
            return this;
        }

        /**
         * The waits between reconnect attempts: exponential backoff with full jitter, a random wait up to
         * {@code initial}, then up to twice that, and so on, never more than {@code max}. 500 ms and
         * 30 seconds by default.
         *
         * @param initial the cap of the first wait
         * @param max     the largest cap
         * @return this builder
         */
        public Builder realtimeReconnectDelays(Duration initial, Duration max) {
            this.realtimeReconnectInitialDelay = initial;
            this.realtimeReconnectMaxDelay = max;
            return this;
        }

        /**
         * How many reconnect attempts in a row may fail before a session gives up and ends
         * ({@code CLOSED} with the last failure). Unlimited by default.
         *
         * @param attempts failed attempts in a row; 0 never reconnects
         * @return this builder
         */
        public Builder realtimeMaxReconnectAttempts(int attempts) {
            this.realtimeMaxReconnectAttempts = attempts;
            return this;
        }

        /**
         * How long a sent message waits for the server to store or refuse it before its future fails with
         * a {@link dev.parley.conversation.domain.TransportException}; 30 seconds by default.
         *
         * @param timeout how long to wait for the answer
         * @return this builder
         */
        public Builder realtimeSendTimeout(Duration timeout) {
            this.realtimeSendTimeout = timeout;
            return this;
        }

        /**
         * How long {@link RealtimePort#connect connect} may take in all (authorizing and opening the
         * socket) before it fails with a {@link dev.parley.conversation.domain.TransportException}; 30
         * seconds by default.
         *
         * @param timeout how long connecting may take
         * @return this builder
         */
        public Builder realtimeConnectTimeout(Duration timeout) {
            this.realtimeConnectTimeout = timeout;
            return this;
        }

        Builder realtimeCloseTimeout(Duration timeout) {
            this.realtimeCloseTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        Builder realtimeMemory(int messages, int conversations) {
            this.realtimeRememberedMessages = messages;
            this.realtimeFollowedConversations = conversations;
            return this;
        }

        RealtimeSettings realtimeSettings() {
            return new RealtimeSettings(realtimeJwt, realtimePingInterval, realtimeKeepAliveInterval,
                    realtimeReconnectInitialDelay, realtimeReconnectMaxDelay, realtimeMaxReconnectAttempts,
                    realtimeSendTimeout, realtimeCloseTimeout, realtimeRememberedMessages,
                    realtimeFollowedConversations, jitter);
        }

        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter);
            return this;
        }

        /**
         * The client.
         *
         * @return the client
         * @throws IllegalStateException listing everything that is missing or wrong, each named with
         *                               its value (a credential only by its length: it is a secret)
         */
        public UltraCartConversationClient build() {
            List<String> problems = new ArrayList<>();
            HttpUrl url = checkBaseUrl(problems);
            Credential credential = checkCredential(problems);
            checkTimeout(connectTimeout, "connect timeout", problems);
            checkTimeout(readTimeout, "read timeout", problems);
            checkTimeout(writeTimeout, "write timeout", problems);
            checkTimeout(callTimeout, "call timeout", problems);
            if (retryPolicy == null) {
                problems.add("retry policy must not be null; use RetryPolicy.none() to never retry");
            }
            checkUserAgent(problems);
            checkRealtime(problems);
            if (httpLogging == null) {
                problems.add("http logging must not be null; use HttpLogging.NONE to log nothing");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Cannot build the client: " + String.join("; ", problems) + ".");
            }
            return new UltraCartConversationClient(this, url, credential);
        }

        private HttpUrl checkBaseUrl(List<String> problems) {
            if (baseUrl == null) {
                problems.add("base URL must not be null");
                return null;
            }
            HttpUrl url = HttpUrl.parse(baseUrl);
            if (url == null) {
                problems.add("base URL must be an absolute http or https URL but was \"" + baseUrl + "\"");
                return null;
            }
            if (url.query() != null || url.fragment() != null) {
                problems.add("base URL must have no query or fragment but was \"" + baseUrl + "\"");
                return null;
            }
            return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
        }

        private Credential checkCredential(List<String> problems) {
            if (simpleKey != null && bearerToken != null) {
                problems.add("set either a simple key or a bearer token supplier, not both");
                return null;
            }
            if (bearerToken != null) {
                return Credential.bearerToken(bearerToken);
            }
            if (simpleKey == null) {
                problems.add(simpleKeyNull ? "the simple key was null (is the environment variable or setting that"
                        + " should hold it unset?)"
                        : bearerTokenNull ? "the bearer token supplier was null"
                        : "a credential is required: call simpleKey(...) or bearerToken(...)");
                return null;
            }
            String problem = Credential.headerProblem(simpleKey, "simple key");
            if (problem != null) {
                problems.add(problem);
                return null;
            }
            return Credential.simpleKey(simpleKey);
        }

        private static void checkTimeout(Duration timeout, String name, List<String> problems) {
            if (timeout == null) {
                problems.add(name + " must not be null");
            } else if (timeout.isNegative() || timeout.isZero()) {
                problems.add(name + " must be positive but was " + timeout);
            } else if (timeout.compareTo(MAX_TIMEOUT) > 0) {
                problems.add(name + " must be at most 24 days (OkHttp's limit) but was " + timeout);
            }
        }

        private void checkRealtime(List<String> problems) {
            if (realtimeJwt == null) {
                problems.add("realtime JWT presentation must not be null");
            }
            checkTimeout(realtimePingInterval, "realtime ping interval", problems);
            checkTimeout(realtimeKeepAliveInterval, "realtime keepalive interval", problems);
            checkTimeout(realtimeReconnectInitialDelay, "realtime initial reconnect delay", problems);
            checkTimeout(realtimeReconnectMaxDelay, "realtime max reconnect delay", problems);
            if (realtimeReconnectInitialDelay != null && realtimeReconnectMaxDelay != null
                    && realtimeReconnectMaxDelay.compareTo(realtimeReconnectInitialDelay) < 0) {
                problems.add("realtime max reconnect delay must be at least the initial delay ("
                        + realtimeReconnectInitialDelay + ") but was " + realtimeReconnectMaxDelay);
            }
            if (realtimeMaxReconnectAttempts < 0) {
                problems.add("realtime max reconnect attempts must not be negative but was "
                        + realtimeMaxReconnectAttempts);
            }
            checkTimeout(realtimeSendTimeout, "realtime send timeout", problems);
            checkTimeout(realtimeConnectTimeout, "realtime connect timeout", problems);
        }

        private void checkUserAgent(List<String> problems) {
            if (userAgent == null || userAgent.isBlank()) {
                problems.add("user agent must not be blank but was "
                        + (userAgent == null ? "null" : "\"" + userAgent + "\""));
                return;
            }
            for (int i = 0; i < userAgent.length(); i++) {
                char c = userAgent.charAt(i);
                if ((c < ' ' && c != '\t') || c >= 0x7f) {
                    problems.add("user agent must be printable ASCII but was \"" + userAgent
                            + "\" with character 0x" + Integer.toHexString(c) + " at index " + i);
                    return;
                }
            }
        }
    }

    /** {@code parley-conversation-client/VERSION okhttp/VERSION}, read once. */
    private static final class DefaultUserAgent {
        static final String VALUE = "parley-conversation-client/" + version() + " okhttp/" + OkHttp.VERSION;

        private static String version() {
            Properties properties = new Properties();
            try (InputStream in = UltraCartConversationClient.class.getResourceAsStream("client.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException unreadable) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
