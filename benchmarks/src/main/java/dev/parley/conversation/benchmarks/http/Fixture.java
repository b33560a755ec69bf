package dev.parley.conversation.benchmarks.http;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills one tenant of a running fake with the HTTP runs' data, written as customers and agents write
 * (names with accents and in other scripts, messages with emoji), then records the fake's own answers to
 * the four measured requests, so that WireMock's stubs and the bare Javalin route serve exactly the
 * same bytes: {@code java -cp ... Fixture http://127.0.0.1:PORT OUT_DIR}.
 *
 * <p>Writes {@code OUT_DIR/requests.tsv} (name, method, path with query, status, body file),
 * {@code OUT_DIR/bodies/NAME.json}, {@code OUT_DIR/wiremock/{mappings,__files}}, {@code OUT_DIR/fixture.env}
 * (the conversation and since, for the client runs) and {@code OUT_DIR/page-200.json} (for the decoding runs).
 */
public final class Fixture {
    /** The credential every measured request carries. */
    public static final String KEY = "bench-key";
    static final int CONVERSATIONS = 200;
    static final int MESSAGES = 30;
    static final int PAGE = 50;
    static final int LIMIT = 20;
    /** messages-since starts after this message (0-based), returning the 20 that follow it. */
    static final int SINCE_INDEX = 9;

    /** Customers' names as they type them: accents, apostrophes, other scripts. */
    static final List<String> NAMES = List.of(
            "José García", "Zoë Müller", "Siobhán O'Brien", "Nguyễn Thị Lan", "Łucja Żółkiewska", "Björn Ødegård",
            "美咲 佐藤", "Дмитрий Иванов", "محمد الحداد", "김지훈", "Αλέξανδρος Παπαδόπουλος", "Özlem Çelik",
            "Renée Moreau", "Ángel Sánchez-Vidal", "Ava Johnson", "Liam Patel");
    /** What customers write: emoji, accents, other scripts, and plain English. */
    public static final List<String> CUSTOMER_LINES = List.of(
            "Hi! Where is my order #%d? It should have arrived yesterday 😕",
            "Thanks!! It's the blue one 💙 size 9½, shipping to Querétaro 🇲🇽",
            "¿Pueden cambiar la dirección de envío? Me mudé el fin de semana 🙏",
            "こんにちは。注文#%dはいつ届きますか？",
            "Ça marche, merci beaucoup ! 👍👍",
            "Здравствуйте! Можно оплатить заказ частями?",
            "Got it 🥾🥾 they're perfect, thank you so much 😍",
            "Hallo, die Größe 44 ist leider zu klein – kann ich umtauschen?");
    /** What agents answer. */
    public static final List<String> AGENT_LINES = List.of(
            "Let me check order #%d for you; one moment please.",
            "It shipped yesterday with UPS, tracking 1Z999AA10123456784 📦 arriving Friday.",
            "¡Claro! Ya actualicé la dirección, llegará en 5–7 días hábiles.",
            "You're welcome! Happy trails 🏔️",
            "I've emailed you a prepaid return label for the exchange ✉️");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;
    private final Map<String, Object> empty = Map.of();

    private Fixture(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public static void main(String[] args) throws IOException {
        new Fixture(args[0]).write(Path.of(args[1]));
    }

    /** One measured request and the answer recorded from the fake. */
    record Recorded(String name, String method, String pathAndQuery, int status, byte[] body) {
    }

    private void write(Path out) throws IOException {
        String agentArn = (String) json(send("GET", "/__admin/tenant", null, 200)).get("agent_arn");
        List<String> ids = new ArrayList<>();
        // Conversations are filled eight at a time (each one's messages in order): on a loaded machine
        // the 6,000 requests one after the other took minutes.
        String[] filled = new String[CONVERSATIONS];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CONVERSATIONS; c++) {
                int conversation = c;
                work.add(pool.submit(() -> filled[conversation] = fill(conversation, agentArn)));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("filling the fixture failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        ids.addAll(List.of(filled));
        for (String id : ids) {
            send("PUT", "/rest/v2/conversation/conversations/" + id + "/markread", null, 204);
        }
        String target = ids.get(ids.size() - 1);
        Conversation whole = UltraCartJson.create().conversation()
                .read(send("GET", "/rest/v2/conversation/conversations/" + target, null, 200));
        long since = whole.messages().get(SINCE_INDEX).epochMillis();
        List<Recorded> recorded = List.of(
                record("list", "GET", "/rest/v2/conversation/conversations?_limit=" + PAGE),
                record("get", "GET", "/rest/v2/conversation/conversations/" + target + "?limit=" + LIMIT),
                record("since", "GET", "/rest/v2/conversation/conversations/" + target + "/messages/" + since
                        + "?limit=" + LIMIT),
                record("markread", "PUT", "/rest/v2/conversation/conversations/" + target + "/markread"));
        Files.createDirectories(out.resolve("bodies"));
        Files.createDirectories(out.resolve("wiremock/mappings"));
        Files.createDirectories(out.resolve("wiremock/__files"));
        StringBuilder tsv = new StringBuilder();
        for (Recorded r : recorded) {
            String file = r.name() + ".json";
            Files.write(out.resolve("bodies").resolve(file), r.body());
            Files.write(out.resolve("wiremock/__files").resolve(file), r.body());
            Files.writeString(out.resolve("wiremock/mappings").resolve(file), stub(r, file));
            tsv.append(String.join("\t", r.name(), r.method(), r.pathAndQuery(), String.valueOf(r.status()), file))
                    .append('\n');
        }
        Files.writeString(out.resolve("requests.tsv"), tsv.toString());
        // For the shell: the measured conversation and since, and a page of 200 summaries for the decoding runs.
        Files.writeString(out.resolve("fixture.env"), "CONVERSATION=" + target + "\nSINCE=" + since + "\n");
        Files.write(out.resolve("page-200.json"),
                exchange("GET", "/rest/v2/conversation/conversations?_limit=" + CONVERSATIONS, null).body());
        System.out.printf(Locale.ROOT, "fixture: %d conversations of %d messages; list %d B, get %d B, since %d B%n",
                CONVERSATIONS, MESSAGES, recorded.get(0).body().length, recorded.get(1).body().length,
                recorded.get(2).body().length);
    }

    /** Conversation {@code c}: a customer's first message, the agent joins, then they take turns. */
    private String fill(int c, String agentArn) {
        String customer = String.format(Locale.ROOT, "arn:bench:customer/+1512555%04d", c);
        String created = send("POST", "/__admin/conversations", String.format(Locale.ROOT,
                "{\"medium\":\"sms\",\"customer_arn\":\"%s\",\"customer_name\":\"%s\",\"first_message\":\"%s\"}",
                customer, NAMES.get(c % NAMES.size()), line(CUSTOMER_LINES, c, 0)), 201);
        String id = (String) json(created).get("conversation_uuid");
        send("PUT", "/rest/v2/conversation/conversations/" + id + "/join", null, 204);
        for (int m = 1; m < MESSAGES; m++) {
            boolean agent = m % 2 == 1;
            send("POST", "/__admin/conversations/" + id + "/messages", String.format(Locale.ROOT,
                    "{\"author_arn\":\"%s\",\"body\":\"%s\"}", agent ? agentArn : customer,
                    line(agent ? AGENT_LINES : CUSTOMER_LINES, c, m)), 201);
        }
        return id;
    }

    /** Line {@code m} of conversation {@code c}: the samples in turn, an order number where they cite one. */
    private static String line(List<String> samples, int c, int m) {
        return String.format(Locale.ROOT, samples.get((c + m) % samples.size()), 100_000 + c);
    }

    /** A WireMock stub answering exactly this request (method, path and query, credential) with the recorded bytes. */
    private static String stub(Recorded r, String file) {
        String body = r.body().length == 0 ? "" : ",\"bodyFileName\":\"" + file + "\",\"headers\":{\"Content-Type\":\"application/json\"}";
        return "{\"request\":{\"method\":\"" + r.method() + "\",\"url\":\"" + r.pathAndQuery() + "\","
                + "\"headers\":{\"x-ultracart-simple-key\":{\"equalTo\":\"" + KEY + "\"}}},"
                + "\"response\":{\"status\":" + r.status() + body + "}}\n";
    }

    private Recorded record(String name, String method, String pathAndQuery) {
        HttpResponse<byte[]> response = exchange(method, pathAndQuery, null);
        return new Recorded(name, method, pathAndQuery, response.statusCode(), response.body());
    }

    private String send(String method, String path, String body, int expected) {
        HttpResponse<byte[]> response = exchange(method, path, body);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + text);
        }
        return text;
    }

    private HttpResponse<byte[]> exchange(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
                .header("x-ultracart-simple-key", KEY)
                .header("X-UltraCart-Api-Version", "2017-03-01")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Map<String, Object> json(String text) {
        try {
            Map<String, Object> parsed = new Moshi.Builder().build()
                    .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
                    .fromJson(text);
            return parsed == null ? empty : parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
