package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;

/**
 * UltraCart's realtime channel scripted on a MockWebServer: the agent authorization (a new JWT each
 * time, whose {@code websocket_url} points back here), the keepalive, the messages since an epoch
 * (scripted per conversation), and the websocket at {@code /ws}, which upgrades unless a test queued a
 * refusal. The server's side of each socket is recorded: the sockets as they open, and every frame the
 * client sends. Frames are written by hand, so the tests do not trust the codecs they exercise.
 */
final class ScriptedChannel extends Dispatcher {
    static final long EPOCH = 1_795_000_000_000L;

    final BlockingQueue<WebSocket> sockets = new LinkedBlockingQueue<>();
    final BlockingQueue<String> framesFromClient = new LinkedBlockingQueue<>();
    final BlockingQueue<RecordedRequest> upgrades = new LinkedBlockingQueue<>();
    final BlockingQueue<RecordedRequest> keepAlives = new LinkedBlockingQueue<>();
    final BlockingQueue<RecordedRequest> backfills = new LinkedBlockingQueue<>();
    final ConcurrentLinkedQueue<MockResponse> upgradeAnswers = new ConcurrentLinkedQueue<>();
    final Map<String, Function<Long, String>> messagesSince = new ConcurrentHashMap<>();
    final AtomicInteger authorizations = new AtomicInteger();
    /** How many of the next upgrades to refuse with a 401 whose header and body repeat the JWT presented. */
    final AtomicInteger echoingRefusals = new AtomicInteger();
    /** When set, the JWTs handed out are this followed by a number: opaque, not compact JWTs. */
    volatile String opaqueJwtPrefix;
    private final MockWebServer server;

    ScriptedChannel(MockWebServer server) {
        this.server = server;
        server.setDispatcher(this);
    }

    /** The nth JWT this server hands out (1 for the first), a compact JWT like UltraCart's. */
    static String jwt(int n) {
        return Scripted.JWT + "-" + n;
    }

    UltraCartConversationClient.Builder client() {
        return UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2").toString())
                .simpleKey(Scripted.KEY)
                .retryPolicy(RetryPolicy.none())
                .realtimeReconnectDelays(Duration.ofMillis(20), Duration.ofMillis(200))
                .realtimeCloseTimeout(Duration.ofSeconds(1))
                .realtimeConnectTimeout(Duration.ofSeconds(10));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/rest/v2/conversation/agent/auth")) {
            int n = authorizations.incrementAndGet();
            String jwt = opaqueJwtPrefix == null ? jwt(n) : opaqueJwtPrefix + n;
            String url = "ws://" + server.getHostName() + ":" + server.getPort() + "/ws";
            return Scripted.ok("{\"agent_auth\":{\"conversation_participant_arn\":\"arn:agent:1\","
                    + "\"conversation_participant_name\":\"Ann\",\"merchant_id\":\"DEMO\",\"jwt\":\"" + jwt
                    + "\",\"websocket_url\":\"" + url + "\",\"twilio_accounts\":[]},\"success\":true,\"metadata\":{}}");
        }
        if (path.equals("/rest/v2/conversation/agent/keepalive")) {
            keepAlives.add(request);
            return Scripted.noContent();
        }
        if (path.startsWith("/rest/v2/conversation/conversations/") && path.contains("/messages/")) {
            backfills.add(request);
            List<String> segments = request.getUrl().pathSegments();
            String conversation = segments.get(segments.size() - 3);
            long since = Long.parseLong(segments.get(segments.size() - 1));
            Function<Long, String> answer = messagesSince.get(conversation);
            return Scripted.ok("{\"conversation_messages\":[" + (answer == null ? "" : answer.apply(since))
                    + "],\"success\":true,\"metadata\":{}}");
        }
        if (path.equals("/ws")) {
            upgrades.add(request);
            if (echoingRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                String presented = request.getUrl().queryParameter("jwt");
                if (presented == null) {
                    presented = request.getHeaders().get("Authorization");
                }
                return Scripted.error(401, "Token " + presented + " is not valid");
            }
            MockResponse scripted = upgradeAnswers.poll();
            return scripted != null ? scripted : new MockResponse.Builder().webSocketUpgrade(new ServerSide()).build();
        }
        return Scripted.error(404, "No route " + path);
    }

    /** The next socket the client opens, server side. */
    WebSocket nextSocket() throws InterruptedException {
        WebSocket socket = sockets.poll(10, TimeUnit.SECONDS);
        assertThat(socket).as("the client opened a socket within 10 s").isNotNull();
        return socket;
    }

    /** Breaks the connection under a socket at once, without a close handshake, as a network failure would. */
    static void drop(WebSocket socket) {
        ((RealWebSocket) socket).failWebSocket(new IOException("dropped by the test"), null, true);
    }

    /** The next frame the client sent. */
    String nextFrame() throws InterruptedException {
        String frame = framesFromClient.poll(10, TimeUnit.SECONDS);
        assertThat(frame).as("the client sent a frame within 10 s").isNotNull();
        return frame;
    }

    RecordedRequest nextUpgrade() throws InterruptedException {
        RecordedRequest upgrade = upgrades.poll(10, TimeUnit.SECONDS);
        assertThat(upgrade).as("the client asked for an upgrade within 10 s").isNotNull();
        return upgrade;
    }

    static String messageFrame(String conversation, String messageJson) {
        return "{\"type\":\"message\",\"conversation_uuid\":\"" + conversation + "\",\"message\":" + messageJson + "}";
    }

    /** A stored message: its uuid, time (EPOCH + offset ms), body and the sender's client message id. */
    static String message(String uuid, long offset, String body, String clientMessageId) {
        return "{\"conversation_message_uuid\":\"" + uuid + "\",\"author_conversation_participant_arn\":\"arn:agent:1\","
                + "\"body\":\"" + body + "\",\"message_epoch\":" + (EPOCH + offset) + ",\"type\":\"message\""
                + (clientMessageId == null ? "" : ",\"client_message_id\":\"" + clientMessageId + "\"") + "}";
    }

    static String refusal(String conversation, String clientMessageId, String body) {
        return "{\"type\":\"event\",\"event_type\":\"updated message\",\"conversation_uuid\":\"" + conversation
                + "\",\"event_updated_message\":{\"client_message_id\":\"" + clientMessageId
                + "\",\"type\":\"notice\",\"body\":\"" + body + "\"}}";
    }

    /** Extracts a string field from a frame the client sent (its JSON is flat enough for this). */
    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        assertThat(at).as(name + " in " + json).isNotNegative();
        int start = at + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private final class ServerSide extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            sockets.add(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            framesFromClient.add(text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }
    }
}
