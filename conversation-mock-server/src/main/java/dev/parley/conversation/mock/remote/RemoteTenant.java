package dev.parley.conversation.mock.remote;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.server.ActiveFault;
import dev.parley.conversation.mock.server.Fault;
import dev.parley.conversation.mock.server.RecordedRequest;
import dev.parley.conversation.wire.UltraCartJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The control plane of one tenant of a fake in another JVM or process: the same calls as
 * {@link dev.parley.conversation.mock.server.FakeTenant}, over HTTP. Obtain one with
 * {@link RemoteFakeUltraCart#control(String)}.
 *
 * <p>Methods throw as their embedded twins do: {@link NotFoundException} for a conversation the
 * tenant does not have, {@link IllegalArgumentException} for what the fake refuses (its message says
 * why); besides, {@link java.io.UncheckedIOException} when the fake cannot be reached and
 * {@link IllegalStateException} for any other error answer. Safe for use from many threads.
 */
public final class RemoteTenant {
    /** The longest the fake holds one request for the journal; longer waits ask again. */
    private static final Duration LONGEST_POLL = Duration.ofSeconds(20);

    private final AdminHttp http;
    private final String credential;

    RemoteTenant(AdminHttp http, String credential) {
        this.http = http;
        this.credential = credential;
    }

    /**
     * The tenant's merchant id (derived from the credential, never containing it).
     *
     * @return the merchant id
     */
    public MerchantId merchantId() {
        return MerchantId.of((String) tenant().get("merchant_id"));
    }

    /**
     * The tenant's agent: the one a client with this credential acts as.
     *
     * @return the agent's participant ARN
     */
    public ParticipantArn agentArn() {
        return ParticipantArn.of((String) tenant().get("agent_arn"));
    }

    /**
     * The agent's display name.
     *
     * @return the name
     */
    public String agentName() {
        return (String) tenant().get("agent_name");
    }

    /**
     * A customer opens a conversation, as {@link dev.parley.conversation.mock.server.FakeTenant#customerStartsConversation}.
     *
     * @param medium       {@link Medium#SMS} or {@link Medium#WEBSOCKET}
     * @param queue        the webchat queue; required for webchat, refused for SMS
     * @param customer     the customer's participant ARN
     * @param customerName the customer's display name; may be null
     * @param firstMessage the customer's first message, or null for none
     * @return the new conversation's id
     */
    public ConversationId customerStartsConversation(Medium medium, QueueName queue, ParticipantArn customer,
                                                     String customerName, String firstMessage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("medium", medium == null ? null : medium.value());
        body.put("queue_name", queue == null ? null : queue.value());
        body.put("customer_arn", customer == null ? null : customer.value());
        body.put("customer_name", customerName);
        body.put("first_message", firstMessage);
        Map<String, Object> created = AdminHttp.object(post("/conversations", body));
        return ConversationId.of((String) created.get("conversation_uuid"));
    }

    /**
     * A message arrives from {@code author}, stamped now.
     *
     * @param id         the conversation
     * @param author     the author's participant ARN
     * @param authorName the author's display name; null uses the name last given for that author
     * @param body       the text
     * @return the message as stored
     */
    public Message addMessage(ConversationId id, ParticipantArn author, String authorName, String body) {
        return addMessage(id, author, authorName, body, List.of());
    }

    /**
     * A message with media arrives: each key must be an upload of this tenant whose bytes were stored.
     *
     * @param id         the conversation
     * @param author     the author's participant ARN
     * @param authorName the author's display name; null uses the name last given for that author
     * @param body       the text; may be null when media are attached
     * @param uploadKeys the uploads the message carries
     * @return the message as stored
     */
    public Message addMessage(ConversationId id, ParticipantArn author, String authorName, String body,
                              List<UploadKey> uploadKeys) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("author_arn", author == null ? null : author.value());
        fields.put("author_name", authorName);
        fields.put("body", body);
        fields.put("upload_keys", uploadKeys == null || uploadKeys.isEmpty() ? null
                : uploadKeys.stream().map(UploadKey::value).toList());
        String answer = post("/conversations/" + segment(id.value()) + "/messages", fields);
        return AdminHttp.JSON.messages().read(answer).get(0);
    }

    /**
     * Records the webchat customer's browsing context, replacing the previous one.
     *
     * @param id      the webchat conversation
     * @param context the context
     */
    public void recordWebchatContext(ConversationId id, WebchatContext context) {
        http.send(credential, "PUT", "/conversations/" + segment(id.value()) + "/context",
                AdminHttp.JSON.webchatContext().write(context));
    }

    /**
     * Closes the conversation, as when the chat ends.
     *
     * @param id the conversation
     */
    public void closeConversation(ConversationId id) {
        change(id, "closed", Boolean.TRUE);
    }

    /**
     * Sets the conversation's {@code visible} flag.
     *
     * @param id      the conversation
     * @param visible the flag
     */
    public void setVisible(ConversationId id, boolean visible) {
        change(id, "visible", visible);
    }

    /**
     * Sets the conversation's {@code base_language_iso_code}.
     *
     * @param id      the conversation
     * @param isoCode an ISO 639 code: two or three lower-case letters
     */
    public void setBaseLanguage(ConversationId id, String isoCode) {
        change(id, "base_language_iso_code", isoCode);
    }

    /**
     * Makes sure the tenant has a webchat queue with this name. Idempotent.
     *
     * @param name the queue's name
     * @return its id
     */
    public QueueId createQueue(QueueName name) {
        Map<String, Object> queue = AdminHttp.object(post("/queues", Map.of("queue_name", name.value())));
        return QueueId.of((String) queue.get("conversation_webchat_queue_uuid"));
    }

    /**
     * A customer starts waiting in the queue (created when missing).
     *
     * @param queue    the queue
     * @param customer the customer's participant ARN
     * @param name     the customer's name; may be null
     * @param email    the customer's email; may be null
     * @param question what the customer asks; may be null
     * @return the customer's entry in the queue
     */
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email, String question) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customer_arn", customer == null ? null : customer.value());
        fields.put("name", name);
        fields.put("email", email);
        fields.put("question", question);
        Map<String, Object> entry = AdminHttp.object(post("/queues/" + segment(queue.value()) + "/entries", fields));
        String joined = (String) entry.get("join_dts");
        String queueId = (String) entry.get("conversation_webchat_queue_uuid");
        return new QueueEntry(ParticipantArn.of((String) entry.get("conversation_participant_arn")),
                (String) entry.get("conversation_participant_name"), queueId == null ? null : QueueId.of(queueId),
                (String) entry.get("email"), joined == null ? null : UltraCartJson.parseDateTime(joined),
                (String) entry.get("question"));
    }

    /**
     * Sets the tenant's clock (never before its last event).
     *
     * @param now the time the clock reads from now on
     */
    public void setClock(Instant now) {
        http.send(credential, "PUT", "/clock", AdminHttp.json(Map.of("now", UltraCartJson.formatDateTime(now))));
    }

    /**
     * Moves the tenant's clock forward.
     *
     * @param by how far, at least 0
     */
    public void advanceClock(Duration by) {
        http.send(credential, "POST", "/clock/advance", AdminHttp.json(Map.of("millis", by.toMillis())));
    }

    /**
     * The tenant's current time.
     *
     * @return the time its clock reads
     */
    public Instant now() {
        return UltraCartJson.parseDateTime((String) AdminHttp.object(http.send(credential, "GET", "/clock", null)).get("now"));
    }

    /** Empties the tenant: its data, faults and journal; its clock goes back to the server's. */
    public void reset() {
        http.send(credential, "POST", "/reset", null);
    }

    /** Replaces the tenant's data with the demonstration data of the server's seed. */
    public void loadDemoData() {
        http.send(credential, "POST", "/demo-data", null);
    }

    /**
     * Replaces the tenant's data with the demonstration data of {@code seed}.
     *
     * @param seed the seed: the same seed gives the same data
     */
    public void loadDemoData(long seed) {
        http.send(credential, "POST", "/demo-data", AdminHttp.json(Map.of("seed", seed)));
    }

    /**
     * Makes the next matching API requests of this tenant fail as {@code fault} says.
     *
     * @param fault what to do to which requests
     * @return the fault's id
     */
    public String addFault(Fault fault) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", fault.method());
        fields.put("path", fault.pathRegex());
        fields.put("times", fault.times());
        fields.put("status", fault.status());
        fields.put("retry_after_seconds", fault.retryAfterSeconds());
        fields.put("delay_ms", fault.delay() == null ? null : fault.delay().toMillis());
        fields.put("drop_connection", fault.dropConnection() ? Boolean.TRUE : null);
        return (String) AdminHttp.object(post("/faults", fields)).get("fault_id");
    }

    /**
     * The faults of this tenant not used up yet.
     *
     * @return the faults in the order they were added, each with the uses it has left
     */
    @SuppressWarnings("unchecked")
    public List<ActiveFault> faults() {
        List<Map<String, Object>> listed = (List<Map<String, Object>>) AdminHttp.object(
                http.send(credential, "GET", "/faults", null)).getOrDefault("faults", List.of());
        List<ActiveFault> faults = new ArrayList<>(listed.size());
        for (Map<String, Object> entry : listed) {
            Number status = (Number) entry.get("status");
            Number retryAfter = (Number) entry.get("retry_after_seconds");
            Number delay = (Number) entry.get("delay_ms");
            Fault fault = new Fault((String) entry.get("method"), (String) entry.get("path"),
                    ((Number) entry.get("times")).intValue(), status == null ? null : status.intValue(),
                    retryAfter == null ? null : retryAfter.longValue(),
                    delay == null ? null : Duration.ofMillis(delay.longValue()),
                    Boolean.TRUE.equals(entry.get("drop_connection")));
            faults.add(new ActiveFault((String) entry.get("fault_id"), fault, ((Number) entry.get("remaining")).intValue()));
        }
        return faults;
    }

    /**
     * Removes one fault before it is used up.
     *
     * @param faultId the id {@link #addFault(Fault)} returned
     * @return true when the fault was active and is removed, false when there was none by that id
     */
    public boolean removeFault(String faultId) {
        try {
            http.send(credential, "DELETE", "/faults/" + segment(faultId), null);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Removes every fault of this tenant not used up yet. */
    public void clearFaults() {
        http.send(credential, "DELETE", "/faults", null);
    }

    /**
     * The API requests this tenant's journal holds, oldest first, credentials masked.
     *
     * @return the requests
     */
    public List<RecordedRequest> requests() {
        return AdminHttp.requests(http.send(credential, "GET", "/requests", null));
    }

    /**
     * The newest {@code limit} requests of this tenant's journal, oldest first.
     *
     * @param limit how many, at least 1
     * @return the requests
     */
    public List<RecordedRequest> requests(int limit) {
        return AdminHttp.requests(http.send(credential, "GET", "/requests?limit=" + limit, null));
    }

    /** Empties this tenant's journal. */
    public void clearRequests() {
        http.send(credential, "DELETE", "/requests", null);
    }

    /**
     * Waits for a request: the first the journal holds that {@code matcher} accepts, or the first to arrive
     * within {@code timeout}. The fake holds each poll until a request arrives, so nothing sleeps.
     *
     * @param matcher which request
     * @param timeout how long to wait at most
     * @return the matching request
     * @throws AssertionError when none matched within the timeout, listing what arrived
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher, Duration timeout) {
        if (matcher == null || timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("awaitRequest needs a matcher and a timeout of at least 0 but had "
                    + (matcher == null ? "no matcher" : "a timeout of " + timeout));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long after = 0;
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Duration wait = left.compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : left;
            Map<String, Object> slice = AdminHttp.object(http.send(credential, "GET",
                    "/requests?after=" + after + "&wait_ms=" + wait.toMillis(), null, wait));
            for (RecordedRequest request : AdminHttp.requests(slice)) {
                if (matcher.test(request)) {
                    return request;
                }
            }
            after = ((Number) slice.get("last_sequence")).longValue();
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError(noMatch(timeout, requests()));
            }
        }
    }

    @Override
    public String toString() {
        return "RemoteTenant[" + http + ", merchant of the credential]";
    }

    private static String noMatch(Duration timeout, List<RecordedRequest> held) {
        StringBuilder message = new StringBuilder("no request matched within " + timeout.toMillis() + " ms; the journal holds:");
        held.subList(Math.max(0, held.size() - 10), held.size()).forEach(r -> message.append("\n  ").append(r.summary()));
        return held.isEmpty() ? message.append(" nothing").toString() : message.toString();
    }

    private Map<String, Object> tenant() {
        return AdminHttp.object(http.send(credential, "GET", "/tenant", null));
    }

    private void change(ConversationId id, String field, Object value) {
        http.send(credential, "PATCH", "/conversations/" + segment(id.value()), AdminHttp.json(Map.of(field, value)));
    }

    private String post(String path, Map<String, ?> fields) {
        return http.send(credential, "POST", path, AdminHttp.json(fields));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
