package dev.parley.conversation.benchmarks.realtime;

import dev.parley.conversation.benchmarks.http.Fixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realtime channel under load: the fake beside a bare Javalin websocket sending the same frame bytes
 * ({@link BareJavalinWebsocket}), each in its own JVM, this load generator in a third, measured in turn
 * for each row:
 * <ul>
 *   <li><b>fan-out</b>: an agent sends a message on one of N connected sockets (N = 1, 100, 1,000, all the
 *       same merchant's); the time from just before the send to the arrival of the {@code message} frame
 *       on each of the N sockets, the sender's included: p50 and p99 over every socket of every round;</li>
 *   <li><b>sustained</b>: frames per second through one socket, its agent sending messages (at most 64
 *       unanswered) and the server answering each with its two frames ({@code message}, then
 *       {@code event new message});</li>
 *   <li><b>idle heap</b>: the server's live heap (after a full collection) grown by 1,000 idle sockets,
 *       per socket.</li>
 * </ul>
 * The messages are what agents write (accents, emoji, other scripts), taken in turn from
 * {@link Fixture#AGENT_LINES} and {@link Fixture#CUSTOMER_LINES}; the bare server sends the fake's own
 * frames for the same messages, recorded first.
 *
 * <p>{@code java -cp ... RealtimeBenchmark FAKE_ROOT BARE_ROOT FAKE_PID BARE_PID [quick]}, roots being
 * {@code http://127.0.0.1:PORT}: prints one TSV row per measurement.
 */
public final class RealtimeBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern JWT = Pattern.compile("\"jwt\":\"([^\"]+)\"");
    private static final Pattern CONVERSATION_UUID = Pattern.compile("\"conversation_uuid\":\"([^\"]+)\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final long WAIT_SECONDS = 60;
    private static final int WINDOW = 64;
    private static final List<String> TEXTS = texts();

    private final String fakeRoot;
    private final String bareRoot;
    private final boolean quick;

    private RealtimeBenchmark(String fakeRoot, String bareRoot, boolean quick) {
        this.fakeRoot = fakeRoot;
        this.bareRoot = bareRoot;
        this.quick = quick;
    }

    /**
     * Runs every measurement, alternating the two servers row by row.
     *
     * @param args the fake's root, the bare server's root, their process ids, and optionally {@code quick}
     * @throws Exception when a measurement fails (a frame missing after a minute, an HTTP call refused)
     */
    public static void main(String[] args) throws Exception {
        RealtimeBenchmark benchmark = new RealtimeBenchmark(args[0], args[1], args.length > 4 && args[4].equals("quick"));
        long fakePid = Long.parseLong(args[2]);
        long barePid = Long.parseLong(args[3]);
        Target bare = benchmark.bare();
        benchmark.recordFramesForBare();
        System.out.println("kind\tserver\tsockets\tsamples\tp50_ms\tp99_ms\tframes_per_s\theap_bytes_per_socket");
        for (int sockets : new int[] {1, 100, 1000}) {
            benchmark.fanOut(benchmark.fake("fanout-" + sockets), sockets);
            benchmark.fanOut(bare, sockets);
        }
        for (int round = 0; round < 2; round++) {
            benchmark.sustained(benchmark.fake("sustained-" + round));
            benchmark.sustained(bare);
        }
        benchmark.idleHeap(benchmark.fake("idle"), fakePid);
        benchmark.idleHeap(bare, barePid);
    }

    // ---- the two servers

    /**
     * How a measurement reaches one server.
     *
     * @param name      the server's name in the rows
     * @param websocket where its sockets connect
     * @param message   the frame an agent sends, by sequence number: one message, answered with two frames
     *                  to every socket
     */
    private record Target(String name, URI websocket, IntFunction<String> message) {
    }

    /** A fresh tenant of the fake with one SMS conversation its agent joined. */
    private Target fake(String credential) throws Exception {
        String jwt = find(JWT, send("PUT", fakeRoot + "/rest/v2/conversation/agent/auth", credential, null));
        String conversation = find(CONVERSATION_UUID, send("POST", fakeRoot + "/__admin/conversations", credential,
                "{\"medium\":\"sms\",\"customer_arn\":\"arn:customer:+15125550100\",\"customer_name\":\"José García\"}"));
        send("PUT", fakeRoot + "/rest/v2/conversation/conversations/" + conversation + "/join", credential, null);
        URI websocket = URI.create(fakeRoot.replace("http://", "ws://") + BareJavalinWebsocket.PATH + "?jwt=" + jwt);
        return new Target("fake", websocket, sequence -> "{\"type\":\"message\",\"conversation_uuid\":\"" + conversation
                + "\",\"message\":{\"body\":\"" + TEXTS.get(sequence % TEXTS.size()) + "\",\"client_message_id\":\"cm-"
                + sequence + "\"}}");
    }

    private Target bare() {
        URI websocket = URI.create(bareRoot.replace("http://", "ws://") + BareJavalinWebsocket.PATH);
        return new Target("bare-javalin", websocket, sequence -> "{\"type\":\"ping\"}");
    }

    /** The fake's two frames for each text, in turn, handed to the bare server to send. */
    private void recordFramesForBare() throws Exception {
        Target fake = fake("record");
        Socket socket = Socket.open(fake.websocket(), 2 * TEXTS.size());
        for (int sequence = 0; sequence < TEXTS.size(); sequence++) {
            socket.expect(2);
            socket.webSocket.sendText(fake.message().apply(sequence), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
            socket.await();
        }
        send("PUT", bareRoot + "/__frames", null, String.join("\n", socket.texts));
        socket.close();
    }

    // ---- measurements

    private void fanOut(Target target, int count) throws Exception {
        int warmUp = quick ? 5 : count >= 1000 ? 20 : 100;
        int rounds = quick ? 10 : count >= 1000 ? 60 : count >= 100 ? 300 : 2000;
        List<Socket> sockets = connect(target, count);
        Socket sender = sockets.get(0);
        long[] latencies = new long[rounds * count];
        int samples = 0;
        for (int round = 0; round < warmUp + rounds; round++) {
            for (Socket socket : sockets) {
                socket.expect(2);
            }
            long start = System.nanoTime();
            sender.webSocket.sendText(target.message().apply(round), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
            for (Socket socket : sockets) {
                socket.await();
                if (round >= warmUp) {
                    latencies[samples++] = socket.firstFrameAt - start;
                }
            }
        }
        close(sockets);
        Arrays.sort(latencies, 0, samples);
        row("fanout", target.name(), count, samples, millis(latencies[samples / 2]),
                millis(latencies[(int) Math.ceil(samples * 0.99) - 1]), "", "");
    }

    private void sustained(Target target) throws Exception {
        long warmUpNanos = TimeUnit.SECONDS.toNanos(quick ? 1 : 5);
        long measureNanos = TimeUnit.SECONDS.toNanos(quick ? 2 : 15);
        Socket socket = Socket.open(target.websocket(), 0);
        Semaphore window = new Semaphore(WINDOW);
        socket.onFrame = received -> {
            if (received % 2 == 0) {
                window.release();
            }
        };
        long begin = System.nanoTime();
        long measuredFrom = 0;
        long framesAtStart = 0;
        int sequence = 0;
        while (true) {
            long now = System.nanoTime();
            if (measuredFrom == 0 && now - begin >= warmUpNanos) {
                measuredFrom = now;
                framesAtStart = socket.received.get();
            }
            if (measuredFrom != 0 && now - measuredFrom >= measureNanos) {
                break;
            }
            if (!window.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(target.name() + " answered nothing for a minute");
            }
            socket.webSocket.sendText(target.message().apply(++sequence), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        long frames = socket.received.get() - framesAtStart;
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        socket.close();
        row("sustained", target.name(), 1, frames, "", "", String.format("%.0f", frames / seconds), "");
    }

    private void idleHeap(Target target, long pid) throws Exception {
        int count = 1000;
        long before = liveHeapBytes(pid);
        List<Socket> sockets = connect(target, count);
        long after = liveHeapBytes(pid);
        close(sockets);
        row("idle-heap", target.name(), count, 1, "", "", "", Long.toString((after - before) / count));
        System.out.printf("# %s: live heap %.1f MiB before, %.1f MiB with %d idle sockets%n",
                target.name(), before / 1048576.0, after / 1048576.0, count);
    }

    private static List<Socket> connect(Target target, int count) throws Exception {
        List<Socket> sockets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sockets.add(Socket.open(target.websocket(), 0));
        }
        return sockets;
    }

    private static void close(List<Socket> sockets) {
        sockets.forEach(Socket::close);
    }

    // ---- helpers

    private static void row(String kind, String server, int sockets, long samples, String p50, String p99,
                            String framesPerSecond, String heapPerSocket) {
        System.out.println(String.join("\t", kind, server, Integer.toString(sockets), Long.toString(samples), p50, p99,
                framesPerSecond, heapPerSocket));
    }

    private static String millis(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    /** Agents' and customers' lines, numbers filled in, ready to stand in a JSON string. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (List<String> lines : List.of(Fixture.AGENT_LINES, Fixture.CUSTOMER_LINES)) {
            for (String line : lines) {
                texts.add(String.format(line, 40213).replace("\\", "\\\\").replace("\"", "\\\""));
            }
        }
        return List.copyOf(texts);
    }

    /** The live heap after a full collection, from {@code jcmd}. */
    private static long liveHeapBytes(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        Matcher used = HEAP_USED.matcher(run("jcmd", Long.toString(pid), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap use for process " + pid);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String send(String method, String url, String credential, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (credential != null) {
            request.header("x-ultracart-simple-key", credential);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    /** One client socket: counts frames, notes when the first frame of a round arrived, keeps the first texts. */
    private static final class Socket implements WebSocket.Listener {
        final AtomicLong received = new AtomicLong();
        final List<String> texts = new ArrayList<>();
        private final int keep;
        private final StringBuilder partial = new StringBuilder();
        volatile WebSocket webSocket;
        volatile LongConsumer onFrame = count -> { };
        private volatile CountDownLatch round = new CountDownLatch(0);
        private volatile boolean first;
        volatile long firstFrameAt;

        private Socket(int keep) {
            this.keep = keep;
        }

        static Socket open(URI url, int keep) throws Exception {
            Socket socket = new Socket(keep);
            socket.webSocket = HTTP.newWebSocketBuilder().buildAsync(url, socket).get(WAIT_SECONDS, TimeUnit.SECONDS);
            return socket;
        }

        /** The next {@code frames} frames make a round. */
        void expect(int frames) {
            first = true;
            round = new CountDownLatch(frames);
        }

        void await() throws InterruptedException {
            if (!round.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a socket waited " + WAIT_SECONDS + " s for its frames");
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                if (first) {
                    first = false;
                    firstFrameAt = now;
                }
                if (texts.size() < keep) {
                    texts.add(partial.toString());
                }
                partial.setLength(0);
                onFrame.accept(received.incrementAndGet());
                round.countDown();
            }
            socket.request(1);
            return null;
        }

        void close() {
            webSocket.abort();
        }
    }
}
