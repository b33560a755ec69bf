package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.wire.RealtimeFrame;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain websocket client (java.net.http) for the fake's tests, recording what the server sends: text
 * frames in a queue taken with a timeout, and how the socket ended.
 */
final class WsClient implements WebSocket.Listener {
    static final long TIMEOUT_SECONDS = 10;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final UltraCartJson JSON = UltraCartJson.create();

    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final CompletableFuture<Ending> ended = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean paused;
    private WebSocket socket;

    /**
     * How a socket ended: a close frame's code and reason (1006 when the connection ended without one), or
     * an error (code -1).
     */
    record Ending(int code, String reason, Throwable error) {
    }

    /** Connects to the fake's websocket URL with the JWT as query parameter {@code jwt}. */
    static WsClient connect(String websocketUrl, String jwt) {
        return open(URI.create(websocketUrl + "?jwt=" + jwt), Map.of(), false);
    }

    /** Connects as {@link #connect}, but reads nothing after the first frame until {@link #resume()}: a stuck client. */
    static WsClient connectNotReading(String websocketUrl, String jwt) {
        return open(URI.create(websocketUrl + "?jwt=" + jwt), Map.of(), true);
    }

    /** Connects presenting the JWT as {@code Authorization: Bearer}. */
    static WsClient connectWithBearer(String websocketUrl, String jwt) {
        return open(URI.create(websocketUrl), Map.of("Authorization", "Bearer " + jwt), false);
    }

    private static WsClient open(URI url, Map<String, String> headers, boolean paused) {
        WsClient client = new WsClient();
        client.paused = paused;
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder();
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(url, client).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    /** Reads again after {@link #connectNotReading}. */
    void resume() {
        paused = false;
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ended.complete(new Ending(statusCode, reason, null));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ended.complete(new Ending(-1, null, error));
    }

    void send(String text) {
        socket.sendText(text, true).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }

    void send(RealtimeFrame frame) {
        send(JSON.agentFrame().write(frame));
    }

    /** The next text frame the server sent, waiting for it. */
    String nextText() {
        try {
            String text = texts.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(text).as("waited %d s for a frame", TIMEOUT_SECONDS).isNotNull();
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame, which must be valid against the contract's closed schema, read as a client reads it. */
    RealtimeFrame next() {
        String text = nextText();
        OpenApiContract contract = OpenApiContract.get();
        assertThat(contract.violations("ConversationWebsocketMessage", contract.parse(text, "the frame")))
                .as("schema violations of %s", text).isEmpty();
        return JSON.serverFrame().read(text);
    }

    /** The next frame, which must be a {@code type}. */
    <T extends RealtimeFrame> T next(Class<T> type) {
        RealtimeFrame frame = next();
        assertThat(frame).isInstanceOf(type);
        return type.cast(frame);
    }

    /** The next frame's event, which must be a {@code type}. */
    <T> T nextEvent(Class<T> type) {
        RealtimeFrame.Event event = next(RealtimeFrame.Event.class);
        assertThat(event.event()).isInstanceOf(type);
        return type.cast(event.event());
    }

    /** How the socket ended, waiting for it. */
    Ending ending() {
        return ended.orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }

    void close() {
        socket.abort();
    }

    /**
     * Sends a websocket upgrade request over a plain socket and reads the answer, for handshakes the server
     * must refuse before upgrading (java.net.http hides a refused handshake's body).
     */
    static Reply upgrade(String root, String pathAndQuery, Map<String, String> headers) {
        URI uri = URI.create(root);
        try (java.net.Socket raw = new java.net.Socket(uri.getHost(), uri.getPort())) {
            raw.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: ").append(Base64.getEncoder().encodeToString(new byte[16])).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = raw.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readReply(raw.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply readReply(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int length = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            }
        }
        byte[] body = status == 101 ? new byte[0] : in.readNBytes(length);
        return new Reply(status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
