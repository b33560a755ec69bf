package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ApplicationDisabledException;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.wire.RealtimeFrame;
import dev.parley.conversation.wire.UltraCartJson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent's live session over OkHttp's {@link WebSocket}: an explicit state machine, since OkHttp
 * reconnects nothing by itself.
 *
 * <pre>
 * CONNECTING --open--> OPEN --drop--> WAITING --backoff--> CONNECTING ...
 *      any --close(), a refusal that says not to retry, or too many failed attempts--> CLOSED
 * </pre>
 *
 * <p>Threads, all the session's own and all gone after {@link #close()}: the <em>control</em> thread
 * (authorizing, reconnect and send timers, the agent keepalive), the <em>listener</em> thread (every
 * listener call, in order, and the back-fill after a reconnect, so that back-filled messages come
 * before anything the new socket brings), and OkHttp's reader thread for the socket, from a dispatcher
 * of the session's own. State changes happen under one lock; no I/O is done while holding it.
 */
final class WebSocketSession implements AgentSession {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSession.class);
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    static final String THREAD_PREFIX = "parley-realtime-";

    private enum Phase { CONNECTING, OPEN, WAITING, CLOSED }

    private final ConversationPort rest;
    private final OkHttpClient http;
    private final UltraCartJson json;
    private final RealtimeSettings settings;
    private final RealtimeListener listener;
    private final Consumer<WebSocketSession> onEnd;
    private final Ledger ledger;
    private final String name;

    private final ScheduledThreadPoolExecutor control;
    private final ThreadPoolExecutor delivery;
    private final ExecutorService sockets;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> firstOpen = new CompletableFuture<>();

    private final Object lock = new Object();
    // Guarded by lock.
    private Phase phase = Phase.CONNECTING;
    private long generation;
    private WebSocket socket;
    private CompletableFuture<Void> socketGone = CompletableFuture.completedFuture(null);
    private int failedAttempts;
    private ScheduledFuture<?> keepAlive;
    private boolean everOpened;

    private volatile boolean open;
    // Confined to the listener thread.
    private int backfillFailures;
    private volatile boolean delivering = true;
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final Set<Thread> ownThreads = ConcurrentHashMap.newKeySet();

    private WebSocketSession(ConversationPort rest, OkHttpClient http, UltraCartJson json, RealtimeSettings settings,
                             RealtimeListener listener, Clock clock, Consumer<WebSocketSession> onEnd) {
        this.rest = rest;
        this.onEnd = onEnd;
        this.json = json;
        this.settings = settings;
        this.listener = listener;
        this.ledger = new Ledger(settings.rememberedMessages(), settings.followedConversations(), clock.instant());
        this.name = THREAD_PREFIX + SESSIONS.incrementAndGet();
        this.control = new ScheduledThreadPoolExecutor(1, named(name + "-control"));
        control.setRemoveOnCancelPolicy(true);
        control.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                named(name + "-listener"));
        this.sockets = Executors.newCachedThreadPool(named(name + "-socket"));
        Dispatcher dispatcher = new Dispatcher(sockets);
        // A socket holds a dispatcher thread for its whole life: no limit meant for short calls applies.
        dispatcher.setMaxRequests(Integer.MAX_VALUE);
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        this.http = http.newBuilder().dispatcher(dispatcher).build();
    }

    /**
     * Opens a session and returns once its first socket is open.
     *
     * @throws UnauthorizedException when the authorization or the upgrade is refused as unauthorized
     * @throws ConversationException what else kept the first socket from opening
     */
    static WebSocketSession open(ConversationPort rest, OkHttpClient http, UltraCartJson json,
                                 RealtimeSettings settings, RealtimeListener listener, Clock clock,
                                 Duration connectWait, Consumer<WebSocketSession> onEnd) {
        WebSocketSession session = new WebSocketSession(rest, http, json, settings, listener, clock, onEnd);
        session.control.execute(session::attempt);
        try {
            session.firstOpen.get(connectWait.toMillis(), TimeUnit.MILLISECONDS);
            return session;
        } catch (ExecutionException e) {
            session.shutDown(null, false);
            if (e.getCause() instanceof ConversationException known) {
                throw known;
            }
            throw new TransportException("The realtime channel could not be opened: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            session.shutDown(null, false);
            throw new TransportException("The realtime channel did not open within " + connectWait.toMillis() + " ms", null);
        } catch (InterruptedException e) {
            session.shutDown(null, false);
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted while opening the realtime channel", e);
        }
    }

    @Override
    public CompletableFuture<Message> sendMessage(OutgoingMessage message) {
        Objects.requireNonNull(message, "message must not be null");
        CompletableFuture<Message> answer = new CompletableFuture<>();
        String frame;
        try {
            frame = json.agentFrame().write(new RealtimeFrame.SendMessage(message));
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return answer;
        }
        ledger.follow(message.conversation(), null);
        Pending sent = new Pending(message.clientMessageId(), answer);
        Pending earlier = pending.putIfAbsent(sent.clientMessageId, sent);
        if (earlier != null) {
            answer.completeExceptionally(new IllegalArgumentException("a message with client message id "
                    + message.clientMessageId() + " is still waiting for its answer; give each message its own id"));
            return answer;
        }
        synchronized (lock) {
            if (phase != Phase.OPEN || socket == null || !socket.send(frame)) {
                pending.remove(sent.clientMessageId, sent);
                answer.completeExceptionally(new TransportException(
                        "The message was not sent: the realtime session is " + describe(phase), null));
                return answer;
            }
            try {
                sent.timeout = control.schedule(() -> timedOut(sent), settings.sendTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                timedOut(sent);
            }
        }
        return answer;
    }

    @Override
    public void sendTyping(ConversationId conversation, String value) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Objects.requireNonNull(value, "value must not be null");
        String frame = json.agentFrame().write(new RealtimeFrame.SendTyping(conversation, value));
        synchronized (lock) {
            if (phase != Phase.OPEN || socket == null || !socket.send(frame)) {
                throw new TransportException("Typing was not sent: the realtime session is " + describe(phase), null);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        shutDown(null, true);
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "AgentSession[" + name + ", " + describe(phase) + "]";
        }
    }

    // ---- connecting ----

    /** One attempt to open a socket: a fresh agent authorization, then the upgrade. On the control thread. */
    private void attempt() {
        long attempt;
        synchronized (lock) {
            if (phase == Phase.CLOSED) {
                return;
            }
            phase = Phase.CONNECTING;
            attempt = ++generation;
        }
        AgentAuthorization authorization;
        Request request;
        try {
            authorization = rest.authorizeAgent();
            request = upgradeRequest(authorization);
        } catch (ConversationException e) {
            lost(attempt, e, !worthRetrying(e));
            return;
        } catch (RuntimeException e) {
            lost(attempt, new TransportException("The agent authorization could not be used: " + e, null), true);
            return;
        }
        synchronized (lock) {
            if (phase != Phase.CLOSED && attempt == generation) {
                socketGone = new CompletableFuture<>();
                socket = http.newWebSocket(request, new SocketListener(attempt, socketGone));
            }
        }
    }

    private Request upgradeRequest(AgentAuthorization authorization) {
        URI url = authorization.websocketUrl();
        if (url == null) {
            throw new TransportException("The agent authorization has no websocket_url to connect to", null);
        }
        String text = url.toString();
        String httpForm = text.regionMatches(true, 0, "ws:", 0, 3) ? "http:" + text.substring(3)
                : text.regionMatches(true, 0, "wss:", 0, 4) ? "https:" + text.substring(4) : text;
        HttpUrl parsed = HttpUrl.parse(httpForm);
        if (parsed == null) {
            throw new TransportException("The agent authorization's websocket_url is not a ws, wss, http or https URL: "
                    + Redaction.scrub(text), null);
        }
        Request.Builder request = new Request.Builder();
        switch (settings.jwtPresentation()) {
            case QUERY_PARAMETER -> request.url(parsed.newBuilder().setQueryParameter("jwt", authorization.jwt()).build());
            case AUTHORIZATION_HEADER -> request.url(parsed).header(Credential.AUTHORIZATION_HEADER,
                    "Bearer " + authorization.jwt());
        }
        return request.build();
    }

    /** Whether asking again may help: not when the credential, the agent or the request is refused. */
    private static boolean worthRetrying(ConversationException e) {
        if (e instanceof UnauthorizedException || e instanceof ApplicationDisabledException) {
            return false;
        }
        return !(e instanceof InvalidRequestException) || e instanceof RateLimitedException
                || e.statusCode() == 408 || e.statusCode() == 429;
    }

    private void opened(long attempt, WebSocket webSocket) {
        boolean reconnected;
        synchronized (lock) {
            if (phase == Phase.CLOSED || attempt != generation) {
                webSocket.cancel();
                return;
            }
            phase = Phase.OPEN;
            failedAttempts = 0;
            open = true;
            reconnected = everOpened;
            everOpened = true;
            if (keepAlive == null) {
                long every = settings.keepAliveInterval().toMillis();
                keepAlive = control.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
            }
            deliver(() -> notifyState(ConnectionState.CONNECTED, null));
            if (reconnected) {
                deliver(this::backfill);
            }
        }
        firstOpen.complete(null);
        LOG.debug("{}: socket {} open", name, attempt);
    }

    /**
     * The socket of {@code attempt} is gone, or could not be had. Ends the session when {@code permanent}
     * (or when it never opened, or too many attempts failed), else schedules the next attempt.
     */
    private void lost(long attempt, ConversationException cause, boolean permanent) {
        synchronized (lock) {
            if (phase == Phase.CLOSED || attempt != generation) {
                return;
            }
            boolean wasOpen = phase == Phase.OPEN;
            socket = null;
            open = false;
            if (!everOpened) {
                phase = Phase.CLOSED;
                firstOpen.completeExceptionally(cause);
                return;
            }
            failedAttempts++;
            if (permanent || failedAttempts > settings.maxReconnectAttempts()) {
                LOG.warn("{}: ending the session: {}", name, cause.getMessage());
                end(cause);
                return;
            }
            phase = Phase.WAITING;
            Duration wait = settings.reconnectDelay(failedAttempts);
            LOG.debug("{}: {}; reconnecting in {} ms (attempt {})", name, cause.getMessage(), wait.toMillis(),
                    failedAttempts);
            try {
                control.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                return;
            }
            if (wasOpen) {
                deliver(() -> notifyState(ConnectionState.DISCONNECTED, cause));
            }
        }
    }

    /** Ends the session from inside (the server said not to retry, or attempts ran out). Under the lock. */
    private void end(ConversationException cause) {
        try {
            control.execute(() -> shutDown(cause, false));
        } catch (RejectedExecutionException closing) {
            // Already shutting down.
        }
    }

    /**
     * Operation 1, and a {@code ping} frame on the socket: a server's idle timeout counts the client's
     * frames (the fake's: 10 minutes), not websocket ping control frames, so a quiet agent would otherwise
     * be cut and reconnected.
     */
    private void keepAlive() {
        synchronized (lock) {
            if (phase == Phase.OPEN && socket != null) {
                socket.send(json.agentFrame().write(RealtimeFrame.PING));
            }
        }
        try {
            rest.keepAlive();
        } catch (ConversationException e) {
            LOG.debug("{}: agent keepalive failed: {}", name, e.getMessage());
        }
    }

    // ---- receiving ----

    private void received(long attempt, String text) {
        if (attempt != currentGeneration()) {
            return;
        }
        RealtimeFrame frame;
        try {
            frame = json.serverFrame().read(text);
        } catch (ConversationException e) {
            LOG.warn("{}: ignoring a frame the client cannot read: {}", name, Redaction.scrub(e.getMessage()));
            return;
        }
        if (frame instanceof RealtimeFrame.Event event) {
            if (event.event() instanceof ConversationEvent.NewMessage newMessage) {
                answered(newMessage.message());
            }
            deliver(() -> deliverEvent(event.event()));
        } else if (frame instanceof RealtimeFrame.Refusal refusal) {
            Pending refused = refusal.clientMessageId() == null ? null : pending.remove(refusal.clientMessageId());
            if (refused != null) {
                refused.settle(null, refusal.toException());
            } else {
                LOG.debug("{}: the server refused a frame this session is not waiting for: {}", name,
                        Redaction.scrub(refusal.sentence()));
            }
        }
        // A ping needs no answer; an agent's own frames never come back as such.
    }

    /** Completes the send that {@code message} answers, if one waits for it. */
    private void answered(Message message) {
        String id = message.clientMessageId();
        if (id != null) {
            Pending sent = pending.remove(id);
            if (sent != null) {
                sent.settle(message, null);
            }
        }
    }

    /** On the listener thread: follows what the event names, drops a message delivered before, calls the listener. */
    private void deliverEvent(ConversationEvent event) {
        if (event instanceof ConversationEvent.NewMessage newMessage) {
            if (!ledger.firstDelivery(newMessage.conversation(), newMessage.message())) {
                return;
            }
        } else if (event.conversationId() != null) {
            ledger.follow(event.conversationId(), lastActivity(event));
        }
        callListener(event);
    }

    private static Instant lastActivity(ConversationEvent event) {
        ConversationSummary summary = null;
        if (event instanceof ConversationEvent.NewConversation e) {
            summary = e.summary();
        } else if (event instanceof ConversationEvent.NewMessageSummary e) {
            summary = e.summary();
        } else if (event instanceof ConversationEvent.ParticipantUpdate e) {
            summary = e.summary();
        } else if (event instanceof ConversationEvent.ConversationClosed e) {
            summary = e.summary();
        } else if (event instanceof ConversationEvent.MessagesRead e) {
            return e.newestReadAt();
        }
        if (summary == null) {
            return null;
        }
        return summary.lastMessageAt() != null ? summary.lastMessageAt() : summary.startedAt();
    }

    /**
     * On the listener thread after a reconnect: reads every followed conversation from its resume point
     * and delivers what the listener has not had.
     */
    private void backfill() {
        backfill(ledger.resumePoints());
    }

    /**
     * Reads each conversation from its point and delivers what the listener has not had. A conversation
     * that cannot be read now is read again from the same point after a backoff (messages delivered live
     * meanwhile do not move that point, so nothing between is skipped), until it can be or the session ends.
     */
    private void backfill(Map<ConversationId, Instant> points) {
        Map<ConversationId, Instant> failed = new LinkedHashMap<>();
        ConversationException lastFailure = null;
        for (Map.Entry<ConversationId, Instant> point : points.entrySet()) {
            if (!delivering) {
                return;
            }
            ConversationId conversation = point.getKey();
            List<Message> missed;
            try {
                missed = rest.getMessages(MessagesQuery.since(conversation, point.getValue()));
            } catch (ConversationException e) {
                failed.put(conversation, point.getValue());
                lastFailure = e;
                continue;
            } catch (IllegalStateException clientClosed) {
                return;
            }
            for (Message message : missed) {
                answered(message);
                deliverEvent(new ConversationEvent.NewMessage(conversation, message));
            }
        }
        if (failed.isEmpty()) {
            backfillFailures = 0;
            return;
        }
        Duration wait = settings.reconnectDelay(++backfillFailures);
        LOG.warn("{}: could not read {} conversation(s) after reconnecting ({}); reading them again in {} ms",
                name, failed.size(), lastFailure.getMessage(), wait.toMillis());
        try {
            control.schedule(() -> deliver(() -> backfill(failed)), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // The session is closing: nothing more to deliver.
        }
    }

    private void callListener(ConversationEvent event) {
        if (!delivering) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("{}: the listener threw on {}; the session goes on", name, event.getClass().getSimpleName(), e);
        }
    }

    private void notifyState(ConnectionState state, Throwable cause) {
        if (!delivering && state != ConnectionState.CLOSED) {
            return;
        }
        try {
            listener.onConnectionChanged(state, cause);
        } catch (RuntimeException e) {
            LOG.warn("{}: the listener threw on the connection becoming {}; the session goes on", name, state, e);
        }
    }

    private void deliver(Runnable task) {
        try {
            delivery.execute(task);
        } catch (RejectedExecutionException closed) {
            // The session is closed: nothing more reaches the listener.
        }
    }

    // ---- sending ----

    private void timedOut(Pending sent) {
        if (pending.remove(sent.clientMessageId, sent)) {
            sent.answer.completeExceptionally(new TransportException("No answer to message " + sent.clientMessageId
                    + " within " + settings.sendTimeout().toMillis()
                    + " ms; it may still have been stored: read the conversation to know", null));
        }
    }

    /** A message sent and waiting for the server's answer. */
    private static final class Pending {
        final String clientMessageId;
        final CompletableFuture<Message> answer;
        volatile ScheduledFuture<?> timeout;

        Pending(String clientMessageId, CompletableFuture<Message> answer) {
            this.clientMessageId = clientMessageId;
            this.answer = answer;
        }

        void settle(Message message, Throwable failure) {
            ScheduledFuture<?> timer = timeout;
            if (timer != null) {
                timer.cancel(false);
            }
            if (failure == null) {
                answer.complete(message);
            } else {
                answer.completeExceptionally(failure);
            }
        }
    }

    // ---- closing ----

    /**
     * Ends the session: closes the socket (waiting a little for the server to acknowledge, then
     * cancelling it), fails what waits for an answer, tells the listener {@code CLOSED} last, and stops
     * every thread. Waits for the threads unless called from one of them. After the caller's
     * {@link #close()}, events still queued are dropped; after an end from inside, they come first.
     */
    private void shutDown(ConversationException cause, boolean byCaller) {
        if (!shuttingDown.compareAndSet(false, true)) {
            if (byCaller) {
                delivering = false;
                awaitThreads();
            }
            return;
        }
        WebSocket closing;
        CompletableFuture<Void> gone;
        boolean wasOpened;
        synchronized (lock) {
            phase = Phase.CLOSED;
            open = false;
            closing = socket;
            socket = null;
            gone = socketGone;
            wasOpened = everOpened;
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
        }
        if (byCaller) {
            delivering = false;
            delivery.getQueue().clear();
        }
        if (closing != null) {
            closing.close(1000, cause == null ? "closed by the client" : null);
            try {
                gone.get(settings.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Not acknowledged in time: cancelled below.
            }
            closing.cancel();
        }
        List<Pending> unanswered = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending sent : unanswered) {
            sent.settle(null, new TransportException("No answer to message " + sent.clientMessageId
                    + ": the realtime session " + (cause == null ? "was closed" : "ended: " + cause.getMessage())
                    + "; it may still have been stored", cause));
        }
        firstOpen.completeExceptionally(cause != null ? cause
                : new TransportException("The realtime session was closed while connecting", null));
        if (wasOpened) {
            deliver(() -> {
                delivering = false;
                notifyState(ConnectionState.CLOSED, cause);
            });
        }
        control.shutdownNow();
        delivery.shutdown();
        sockets.shutdown();
        onEnd.accept(this);
        awaitThreads();
    }

    private void awaitThreads() {
        if (ownThreads.contains(Thread.currentThread())) {
            return;
        }
        try {
            long deadline = System.nanoTime() + settings.closeTimeout().toNanos() * 2;
            for (ExecutorService executor : List.of(delivery, control, sockets)) {
                executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long currentGeneration() {
        synchronized (lock) {
            return phase == Phase.CLOSED ? -1 : generation;
        }
    }

    private static String describe(Phase phase) {
        return switch (phase) {
            case CONNECTING -> "connecting";
            case OPEN -> "open";
            case WAITING -> "reconnecting";
            case CLOSED -> "closed";
        };
    }

    private ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            ownThreads.add(thread);
            return thread;
        };
    }

    /** OkHttp's callbacks for the socket of one attempt; stale ones are ignored by generation. */
    private final class SocketListener extends WebSocketListener {
        private final long attempt;
        private final CompletableFuture<Void> gone;

        SocketListener(long attempt, CompletableFuture<Void> gone) {
            this.attempt = attempt;
            this.gone = gone;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened(attempt, webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            received(attempt, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            boolean permanent = code == 1008 || (code >= 4000 && code <= 4999);
            String said = reason == null || reason.isBlank() ? "" : " (" + Redaction.scrub(reason) + ")";
            ConversationException cause = permanent && (code == 1008 || code == 4401 || code == 4403)
                    ? new UnauthorizedException("The server closed the realtime channel with code " + code + said
                            + "; not reconnecting", 0, null, null)
                    : new TransportException("The server closed the realtime channel with code " + code + said
                            + (permanent ? "; not reconnecting" : ""), null);
            lost(attempt, cause, permanent);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            gone.complete(null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            gone.complete(null);
            if (response != null) {
                int status = response.code();
                response.close();
                if (status == 401 || status == 403) {
                    lost(attempt, new UnauthorizedException("The realtime channel refused the agent's JWT with "
                            + status + " before the upgrade", status, null, null), true);
                    return;
                }
                boolean retry = status >= 500 || status == 408 || status == 429;
                lost(attempt, new TransportException("The realtime channel answered the upgrade with " + status
                        + (retry ? "" : "; not reconnecting"), status, null), !retry);
                return;
            }
            lost(attempt, new TransportException("The realtime channel failed: "
                    + Redaction.scrub(String.valueOf(t)), null), false);
        }
    }
}
