package dev.parley.conversation.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import dev.parley.conversation.tck.CustomerConversation;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The compatibility kit's {@link Backstage} over HTTP: drives the fake's control plane ({@code /__admin},
 * as agreed in the admin API) for the tenant of one simple key, so the kit can run against a fake in
 * another process exactly as against an embedded one. Also reads and scripts the fake's journal and
 * faults for the client's own fault tests.
 *
 * <p>The admin bodies are the fake's own, not UltraCart's, so they are read as plain JSON maps here;
 * UltraCart's bodies inside them (a stored message, a webchat context) go through the wire codecs.
 */
final class HttpBackstage implements Backstage {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final JsonAdapter<Map<String, Object>> MAPS = new Moshi.Builder().build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

    private final HttpUrl admin;
    private final String simpleKey;
    private final OkHttpClient http;
    private final UltraCartJson json = UltraCartJson.create();

    /**
     * @param fakeRoot  the fake's root, e.g. {@code http://127.0.0.1:8080/} (its base URL without {@code /rest/v2})
     * @param simpleKey the tenant's credential
     */
    HttpBackstage(HttpUrl fakeRoot, String simpleKey, OkHttpClient http) {
        this.admin = fakeRoot.resolve("/__admin/");
        this.simpleKey = simpleKey;
        this.http = http;
    }

    /** From the fake's API base URL ({@code .../rest/v2}). */
    static HttpBackstage forBaseUrl(String baseUrl, String simpleKey, OkHttpClient http) {
        return new HttpBackstage(HttpUrl.get(baseUrl).resolve("/"), simpleKey, http);
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        return EnumSet.of(BackstageCapability.CUSTOMER_CONVERSATIONS, BackstageCapability.MESSAGES,
                BackstageCapability.WEBCHAT_CONTEXT, BackstageCapability.QUEUES, BackstageCapability.CLOCK);
    }

    @Override
    public ConversationId customerStartsConversation(CustomerConversation conversation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("medium", conversation.medium().value());
        if (conversation.queue() != null) {
            body.put("queue_name", conversation.queue().value());
        }
        body.put("customer_arn", conversation.customerArn().value());
        putIfPresent(body, "customer_name", conversation.customerName());
        putIfPresent(body, "first_message", conversation.firstMessage());
        Map<String, Object> created = map(call("POST", at("conversations"), MAPS.toJson(body), 201));
        return ConversationId.of((String) created.get("conversation_uuid"));
    }

    @Override
    public Message messageArrives(ConversationId conversation, ParticipantArn author, String authorName, String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("author_arn", author.value());
        putIfPresent(request, "author_name", authorName);
        putIfPresent(request, "body", body);
        List<Message> stored = json.messages().read(
                call("POST", at("conversations", conversation.value(), "messages"), MAPS.toJson(request), 201));
        if (stored.size() != 1) {
            throw new IllegalStateException("the fake answered " + stored.size() + " messages for one that arrived");
        }
        return stored.get(0);
    }

    @Override
    public void recordWebchatContext(ConversationId conversation, WebchatContext context) {
        call("PUT", at("conversations", conversation.value(), "context"), json.webchatContext().write(context), 204);
    }

    @Override
    public QueueId createQueue(QueueName queue) {
        Map<String, Object> created = map(call("POST", at("queues"), MAPS.toJson(Map.of("queue_name", queue.value())), 200));
        return QueueId.of((String) created.get("conversation_webchat_queue_uuid"));
    }

    @Override
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email, String question) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_arn", customer.value());
        putIfPresent(body, "name", name);
        putIfPresent(body, "email", email);
        putIfPresent(body, "question", question);
        Map<String, Object> entry = map(call("POST", at("queues", queue.value(), "entries"), MAPS.toJson(body), 201));
        String arn = (String) entry.get("conversation_participant_arn");
        String queueId = (String) entry.get("conversation_webchat_queue_uuid");
        String joined = (String) entry.get("join_dts");
        return new QueueEntry(arn == null ? null : ParticipantArn.of(arn), (String) entry.get("conversation_participant_name"),
                queueId == null ? null : QueueId.of(queueId), (String) entry.get("email"),
                joined == null ? null : UltraCartJson.parseDateTime(joined), (String) entry.get("question"));
    }

    @Override
    public void advanceClock(Duration by) {
        call("POST", at("clock", "advance"), MAPS.toJson(Map.of("millis", by.toMillis())), 200);
    }

    @Override
    public Instant now() {
        return UltraCartJson.parseDateTime((String) map(call("GET", at("clock"), null, 200)).get("now"));
    }

    /** Makes the next {@code times} API requests matching {@code method} and the path regex fail as {@code fault} says. */
    void fault(String method, String pathRegex, int times, Map<String, Object> fault) {
        Map<String, Object> body = new LinkedHashMap<>(fault);
        putIfPresent(body, "method", method);
        putIfPresent(body, "path", pathRegex);
        body.put("times", times);
        call("POST", at("faults"), MAPS.toJson(body), 201);
    }

    /** The API requests the fake received for this tenant, oldest first, as the journal lists them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> requests() {
        return (List<Map<String, Object>>) map(call("GET", at("requests"), null, 200)).get("requests");
    }

    /** Empties this tenant's journal. */
    void clearRequests() {
        call("DELETE", at("requests"), null, 204);
    }

    private HttpUrl at(String... segments) {
        HttpUrl.Builder url = admin.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    private String call(String method, HttpUrl url, String json, int expected) {
        RequestBody body = json != null ? RequestBody.create(json, JSON)
                : method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create(new byte[0], null);
        Request request = new Request.Builder()
                .url(url)
                .header(Credential.SIMPLE_KEY_HEADER, simpleKey)
                .method(method, body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            String answer = response.body().string();
            if (response.code() != expected) {
                throw new IllegalStateException("the fake's control plane answered " + method + " " + url.encodedPath()
                        + " with " + response.code() + " instead of " + expected + ": "
                        + response.header("UC-REST-ERROR", answer));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("the fake's control plane did not answer " + method + " " + url.encodedPath(), e);
        }
    }

    private static Map<String, Object> map(String json) {
        try {
            return MAPS.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the fake's control plane answered something that is not JSON: " + json, e);
        }
    }

    private static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
