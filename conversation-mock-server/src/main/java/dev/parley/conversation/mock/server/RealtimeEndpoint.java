package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.mock.engine.AgentToken;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.wire.RealtimeFrame;
import dev.parley.conversation.wire.UltraCartJson;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The realtime channel at the agent authorization's {@code websocket_url}: thin handlers over the engine's
 * {@link dev.parley.conversation.domain.RealtimePort}, as the contract's "The realtime channel" says.
 *
 * <ul>
 *   <li>Before the upgrade: the JWT from query parameter {@code jwt} or {@code Authorization: Bearer}, verified
 *       by the engine (401 in UltraCart's error shape when missing, malformed, tampered or expired); an
 *       upgrade the control plane refuses is 503 with {@code Retry-After: 1}.</li>
 *   <li>Each socket is one engine session of the JWT's agent: events go out as frames, asynchronously.</li>
 *   <li>Frames in: {@code ping} is answered {@code ping}; a message or typing goes to the engine, and a
 *       refusal comes back as a {@link RealtimeFrame.Refusal}; a frame that is not a
 *       {@code ConversationWebsocketMessage} (or, in strict mode, one with undocumented fields) closes the
 *       socket with 1007 and what was wrong.</li>
 *   <li>No text frame from the client for the idle timeout: closed with 1001.</li>
 * </ul>
 */
final class RealtimeEndpoint {
    /** How long an authenticated upgrade may take before its engine session is let go. */
    private static final Duration UPGRADE_TIMEOUT = Duration.ofSeconds(30);
    private static final String SOCKET = "parley.socket";
    private static final String SCHEMA = "ConversationWebsocketMessage";
    private static final String BEARER = "bearer ";

    private final FakeUltraCart fake;
    private final UltraCartJson json;
    private final ErrorResponses errors;
    private final Clock clock;
    private final Duration idleTimeout;
    private final boolean strict;
    private final int maxPendingFrames;
    private final ScheduledThreadPoolExecutor timers;

    RealtimeEndpoint(FakeUltraCart fake, UltraCartJson json, ErrorResponses errors, Clock clock, Duration idleTimeout,
                     boolean strict, int maxPendingFrames) {
        this.fake = fake;
        this.json = json;
        this.errors = errors;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.strict = strict;
        this.maxPendingFrames = maxPendingFrames;
        this.timers = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "parley-fake-websocket-idle");
            thread.setDaemon(true);
            return thread;
        });
        this.timers.setRemoveOnCancelPolicy(true);
    }

    /** Authenticates the upgrade; anything thrown is answered in UltraCart's error shape and nothing is upgraded. */
    void beforeUpgrade(Context ctx) {
        try {
            AgentToken token = fake.engine().verifyAgentJwt(jwt(ctx));
            if (fake.channel(token.merchantId()).refuseUpgrade()) {
                throw UltraCartError.withDetails(503, ErrorDetails.of(
                        "The fake refuses this websocket upgrade, as its control plane was told to (refuse upgrades).",
                        ErrorResponses.userMessage(503)), 1L);
            }
            ConversationEngine engine = fake.engine();
            Socket socket = new Socket(fake.channel(token.merchantId()), json, maxPendingFrames,
                    () -> fake.engine() == engine && !fake.isStopping());
            socket.attach(engine.realtime(token).connect(socket));
            socket.channel().add(socket);
            ctx.attribute(SOCKET, socket);
            // Should the upgrade fail after this, the session must not outlive it.
            scheduleIdleCheck(socket, UPGRADE_TIMEOUT.toNanos());
        } catch (UltraCartError | ConversationException refused) {
            errors.refuseUpgrade(ctx, refused);
        }
    }

    /** The socket's handlers. */
    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(this::received);
        ws.onBinaryMessage(ctx -> refuse(socket(ctx), null,
                "The channel's frames are JSON text; a binary frame is not a ConversationWebsocketMessage"));
        ws.onClose(ctx -> closed(ctx));
        ws.onError(ctx -> closed(ctx));
    }

    /** Closes every socket of the server with {@code code} (the server is closing or forgetting its tenants). */
    void closeAll(List<Channel> channels, int code, String reason) {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (Channel channel : channels) {
            for (Socket socket : channel.sockets()) {
                closing.add(socket.close(code, reason));
            }
        }
        // Give the close handshakes a moment to end before a stopping server cuts the connections.
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Sockets whose client did not answer the close in time are cut with the server.
        }
    }

    void stop() {
        timers.shutdownNow();
    }

    private void connected(WsConnectContext ctx) {
        Socket socket = ctx.attribute(SOCKET);
        socket.touch();
        socket.open(ctx);
        scheduleIdleCheck(socket, idleTimeout.toNanos());
    }

    private void scheduleIdleCheck(Socket socket, long delayNanos) {
        try {
            socket.idleCheck(timers.schedule(() -> checkIdle(socket), delayNanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException stopped) {
            // The server is stopping; its sockets are being closed.
        }
    }

    private void checkIdle(Socket socket) {
        if (!socket.isOpen()) {
            socket.close(1001, "The upgrade did not complete");
            return;
        }
        long idle = socket.nanosSinceClientFrame();
        if (idle >= idleTimeout.toNanos()) {
            socket.close(1001, "No frame from the client for " + idleTimeout + " (the idle timeout)");
        } else {
            scheduleIdleCheck(socket, idleTimeout.toNanos() - idle);
        }
    }

    private void received(WsMessageContext ctx) {
        Socket socket = socket(ctx);
        if (socket == null || socket.session() == null) {
            return; // never connected to the engine: being closed
        }
        socket.touch();
        String text = ctx.message();
        RealtimeFrame frame;
        try {
            frame = json.agentFrame().read(text);
            if (strict) {
                checkAgainstSchema(text);
            }
        } catch (InvalidRequestException | UltraCartError e) {
            refuse(socket, text, e.getMessage());
            return;
        }
        record(socket, text, frame);
        if (frame instanceof RealtimeFrame.Ping) {
            socket.send(RealtimeFrame.PING);
        } else if (frame instanceof RealtimeFrame.SendMessage send) {
            socket.session().sendMessage(send.message()).whenComplete((stored, failure) -> {
                if (failure != null) {
                    refused(socket, send.message().conversation(), send.message().clientMessageId(), failure);
                }
            });
        } else if (frame instanceof RealtimeFrame.SendTyping typing) {
            try {
                socket.session().sendTyping(typing.conversation(), typing.value() == null ? "" : typing.value());
            } catch (ConversationException e) {
                refused(socket, typing.conversation(), null, e);
            }
        }
        // Other frames (events an agent has no business sending, check queue position) are ignored.
    }

    private void checkAgainstSchema(String text) {
        OpenApiContract contract = OpenApiContract.get();
        List<String> violations = contract.violations(SCHEMA, contract.parse(text, "The frame"));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The frame is not a valid " + SCHEMA + ": "
                    + String.join("; ", violations.subList(0, Math.min(3, violations.size()))));
        }
    }

    private static void refused(Socket socket, ConversationId conversation,
                                String clientMessageId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TransportException) {
            return; // the session is closed: so is the socket
        }
        if (cause instanceof ConversationException refusal) {
            socket.send(RealtimeFrame.Refusal.of(conversation, clientMessageId, refusal));
        }
    }

    /** A frame that is not a ConversationWebsocketMessage: recorded, and the socket closed with 1007. */
    private void refuse(Socket socket, String text, String problem) {
        // A close reason has room for 123 bytes: keep what was wrong, not the codec's preamble.
        String preamble = "The request body is not a valid " + SCHEMA + ": ";
        if (problem != null && problem.startsWith(preamble)) {
            problem = "Not a " + SCHEMA + ": " + problem.substring(preamble.length());
        }
        if (socket == null) {
            return;
        }
        if (text != null) {
            record(socket, text, null);
        }
        socket.close(1007, problem);
    }

    private void record(Socket socket, String text, RealtimeFrame frame) {
        String kept = Journal.keptBody(text);
        socket.channel().frames().record(new RecordedFrame(socket.id(), kept == null ? "" : kept, frame,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    private void closed(WsContext ctx) {
        Socket socket = ctx.attribute(SOCKET);
        if (socket != null) {
            socket.closed();
            socket.gone();
        }
    }

    private static Socket socket(WsContext ctx) {
        return ctx.attribute(SOCKET);
    }

    /**
     * The JWT: query parameter {@code jwt}, else {@code Authorization: Bearer JWT}.
     *
     * @throws UltraCartError 401 when neither carries one
     */
    private static String jwt(Context ctx) {
        String query = ctx.queryParam("jwt");
        if (query != null) {
            if (query.isBlank()) {
                throw UltraCartError.unauthorized("The jwt query parameter is blank.");
            }
            return query.strip();
        }
        String authorization = ctx.header(Credentials.AUTHORIZATION_HEADER);
        if (authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith(BEARER)
                && !authorization.strip().substring(BEARER.length()).isBlank()) {
            return authorization.strip().substring(BEARER.length()).strip();
        }
        throw UltraCartError.unauthorized("No agent token: connect with the JWT of PUT /rest/v2/conversation/agent/auth"
                + " as query parameter jwt or as Authorization: Bearer JWT.");
    }
}
