package dev.parley.conversation.mock.server;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.wire.UltraCartJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The control plane over HTTP ({@code /__admin}): each endpoint reads its body, calls the tenant's
 * {@link FakeTenant} and answers. Bodies are checked strictly (unknown fields, wrong types and missing
 * required values are 400 naming them).
 */
final class AdminHandlers {
    private static final String CONTEXT_SCHEMA = "ConversationWebchatContext";
    /** The longest a request for the journal waits for a new entry (below Jetty's idle timeout). */
    static final int MAX_WAIT_MS = 20_000;

    private final UltraCartJson json;
    private final long defaultSeed;
    private final boolean strict;
    private final long maxBodyBytes;
    private final Moshi moshi = new Moshi.Builder().build();

    AdminHandlers(UltraCartJson json, long defaultSeed, boolean strict, long maxBodyBytes) {
        this.json = json;
        this.defaultSeed = defaultSeed;
        this.strict = strict;
        this.maxBodyBytes = maxBodyBytes;
    }

    void tenant(Context ctx, FakeTenant tenant) {
        answer(ctx, 200, AdminJson.Tenant.class,
                new AdminJson.Tenant(tenant.merchantId().value(), tenant.agentArn().value(), tenant.agentName()));
    }

    void tenants(Context ctx, FakeTenant tenant) {
        FakeUltraCart fake = tenant.server();
        answer(ctx, 200, AdminJson.Tenants.class,
                new AdminJson.Tenants(fake.tenantCount(), fake.maxTenants(), fake.evictedTenants()));
    }

    void createConversation(Context ctx, FakeTenant tenant) {
        AdminJson.NewConversation request = read(ctx, AdminJson.NewConversation.class, "a new conversation", true);
        if (request.medium() == null) {
            throw UltraCartError.badRequest("medium is required: sms or websocket.");
        }
        Medium medium = Medium.parse(request.medium());
        QueueName queue = request.queueName() == null ? null : QueueName.of(request.queueName());
        ConversationId id = tenant.customerStartsConversation(medium, queue, ParticipantArn.of(required(
                request.customerArn(), "customer_arn")), request.customerName(), request.firstMessage());
        answer(ctx, 201, AdminJson.ConversationCreated.class, new AdminJson.ConversationCreated(id.value()));
    }

    void addMessage(Context ctx, FakeTenant tenant) {
        AdminJson.NewMessage request = read(ctx, AdminJson.NewMessage.class, "a new message", true);
        List<UploadKey> keys = new ArrayList<>();
        if (request.uploadKeys() != null) {
            request.uploadKeys().forEach(key -> keys.add(UploadKey.of(key)));
        }
        Message message = tenant.addMessage(conversation(ctx),
                ParticipantArn.of(required(request.authorArn(), "author_arn")), request.authorName(), request.body(), keys);
        ctx.status(201).contentType(ApiCall.JSON).result(json.messages().writeBytes(List.of(message)));
    }

    void recordContext(Context ctx, FakeTenant tenant) {
        String body = Bodies.text(ctx, maxBodyBytes);
        if (body.isBlank()) {
            throw UltraCartError.badRequest("The request body is required: a " + CONTEXT_SCHEMA + " as JSON.");
        }
        RequestJson.check(CONTEXT_SCHEMA, body, strict);
        WebchatContext context;
        try {
            context = json.webchatContext().read(body);
        } catch (ConversationException e) {
            // The wire module reads contexts as responses: a bad one is a transport failure there, a 400 here,
            // said with the field as the client wrote it.
            throw UltraCartError.badRequest(RequestJson.plainPath(e.getMessage()) + ".");
        }
        tenant.recordWebchatContext(conversation(ctx), context);
        ctx.status(204);
    }

    void changeConversation(Context ctx, FakeTenant tenant) {
        AdminJson.ConversationChange change = read(ctx, AdminJson.ConversationChange.class, "a conversation change", true);
        ConversationId id = conversation(ctx);
        if (Boolean.FALSE.equals(change.closed())) {
            throw UltraCartError.badRequest("closed can only be set to true: a closed conversation is not reopened.");
        }
        if (change.baseLanguageIsoCode() != null) {
            tenant.setBaseLanguage(id, change.baseLanguageIsoCode());
        }
        if (change.visible() != null) {
            tenant.setVisible(id, change.visible());
        }
        if (Boolean.TRUE.equals(change.closed())) {
            tenant.closeConversation(id);
        }
        ctx.status(204);
    }

    void createQueue(Context ctx, FakeTenant tenant) {
        AdminJson.NewQueue request = read(ctx, AdminJson.NewQueue.class, "a new queue", true);
        QueueName name = QueueName.of(required(request.queueName(), "queue_name"));
        String id = tenant.createQueue(name).value();
        answer(ctx, 200, AdminJson.Queue.class, new AdminJson.Queue(name.value(), id));
    }

    void addQueueEntry(Context ctx, FakeTenant tenant) {
        AdminJson.NewQueueEntry request = read(ctx, AdminJson.NewQueueEntry.class, "a queue entry", true);
        QueueEntry entry = tenant.customerWaits(QueueName.of(ctx.pathParam("queue_name")),
                ParticipantArn.of(required(request.customerArn(), "customer_arn")),
                request.name(), request.email(), request.question());
        answer(ctx, 201, AdminJson.QueueEntry.class, new AdminJson.QueueEntry(
                entry.customerArn() == null ? null : entry.customerArn().value(), entry.name(),
                entry.queueId() == null ? null : entry.queueId().value(), entry.email(),
                entry.joinedAt() == null ? null : UltraCartJson.formatDateTime(entry.joinedAt()), entry.question()));
    }

    void reset(Context ctx, FakeTenant tenant) {
        tenant.reset();
        ctx.status(204);
    }

    void loadDemoData(Context ctx, FakeTenant tenant) {
        AdminJson.DemoData request = read(ctx, AdminJson.DemoData.class, "a demonstration data request", false);
        tenant.loadDemoData(request == null || request.seed() == null ? defaultSeed : request.seed());
        ctx.status(204);
    }

    void getClock(Context ctx, FakeTenant tenant) {
        answerClock(ctx, tenant);
    }

    void setClock(Context ctx, FakeTenant tenant) {
        AdminJson.Clock request = read(ctx, AdminJson.Clock.class, "a clock setting", true);
        tenant.setClock(UltraCartJson.parseDateTime(required(request.now(), "now")));
        answerClock(ctx, tenant);
    }

    void advanceClock(Context ctx, FakeTenant tenant) {
        AdminJson.ClockAdvance request = read(ctx, AdminJson.ClockAdvance.class, "a clock advance", true);
        tenant.advanceClock(Duration.ofMillis(required(request.millis(), "millis")));
        answerClock(ctx, tenant);
    }

    void addFault(Context ctx, FakeTenant tenant) {
        AdminJson.NewFault request = read(ctx, AdminJson.NewFault.class, "a fault", true);
        Fault fault = new Fault(request.method(), request.path(), request.times() == null ? 1 : request.times(),
                request.status(), request.retryAfterSeconds(),
                request.delayMs() == null ? null : Duration.ofMillis(request.delayMs()),
                Boolean.TRUE.equals(request.dropConnection()));
        answer(ctx, 201, AdminJson.FaultCreated.class, new AdminJson.FaultCreated(tenant.addFault(fault)));
    }

    void listFaults(Context ctx, FakeTenant tenant) {
        List<AdminJson.ActiveFault> faults = new ArrayList<>();
        for (ActiveFault active : tenant.faults()) {
            Fault f = active.fault();
            faults.add(new AdminJson.ActiveFault(active.id(), f.method(), f.pathRegex(), f.times(), active.remaining(),
                    f.status(), f.retryAfterSeconds(), f.delay() == null ? null : f.delay().toMillis(), f.dropConnection()));
        }
        answer(ctx, 200, AdminJson.Faults.class, new AdminJson.Faults(faults));
    }

    void removeFault(Context ctx, FakeTenant tenant) {
        String id = ctx.pathParam("fault_id");
        if (!tenant.removeFault(id)) {
            throw UltraCartError.notFound("No active fault " + ApiCall.printable(id) + ": it was never added, or is used up or removed.");
        }
        ctx.status(204);
    }

    void clearFaults(Context ctx, FakeTenant tenant) {
        tenant.clearFaults();
        ctx.status(204);
    }

    void requests(Context ctx, FakeTenant tenant) {
        Map<String, List<String>> query = ApiCall.queryParameters(ctx.queryString());
        Integer limit = whole(query, "limit", 1, Integer.MAX_VALUE);
        Integer after = whole(query, "after", 0, Integer.MAX_VALUE);
        Integer waitMs = whole(query, "wait_ms", 0, MAX_WAIT_MS);
        if (after == null) {
            answerRequests(ctx, limit == null ? tenant.requests() : tenant.requests(limit), null);
            return;
        }
        Journal.Slice slice;
        try {
            slice = tenant.journal().after(after, Duration.ofMillis(waitMs == null ? 0 : waitMs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UltraCartError.of(503, "The fake is stopping.", ErrorResponses.userMessage(503));
        }
        List<RecordedRequest> requests = slice.requests();
        if (limit != null && requests.size() > limit) {
            requests = requests.subList(requests.size() - limit, requests.size());
        }
        answerRequests(ctx, requests, slice.last());
    }

    void refusedRequests(Context ctx, FakeUltraCart fake) {
        Integer limit = whole(ApiCall.queryParameters(ctx.queryString()), "limit", 1, Integer.MAX_VALUE);
        List<RecordedRequest> refused = fake.refusedRequests();
        answerRequests(ctx, limit == null || refused.size() <= limit ? refused
                : refused.subList(refused.size() - limit, refused.size()), null);
    }

    void clearRefusedRequests(Context ctx, FakeUltraCart fake) {
        fake.clearRefusedRequests();
        ctx.status(204);
    }

    private void answerRequests(Context ctx, List<RecordedRequest> recorded, Long lastSequence) {
        List<AdminJson.Request> requests = new ArrayList<>(recorded.size());
        for (RecordedRequest r : recorded) {
            requests.add(new AdminJson.Request(r.method(), r.path(), r.query(), r.headers(), r.body(), r.status(),
                    UltraCartJson.formatDateTime(r.receivedAt()), r.notes().isEmpty() ? null : r.notes()));
        }
        answer(ctx, 200, AdminJson.Requests.class, new AdminJson.Requests(requests, lastSequence));
    }

    /** A whole-number query parameter from {@code min} to {@code max}, or null when not sent. */
    private static Integer whole(Map<String, List<String>> query, String name, int min, int max) {
        List<String> values = query.get(name);
        if (values == null) {
            return null;
        }
        String text = values.get(0);
        if (!text.matches("[0-9]{1,10}") || Long.parseLong(text) < min || Long.parseLong(text) > max) {
            throw UltraCartError.badRequest("Query parameter " + name + " must be a whole number from " + min + " to "
                    + max + " but was \"" + ApiCall.printable(text) + "\".");
        }
        return Integer.parseInt(text);
    }

    void clearRequests(Context ctx, FakeTenant tenant) {
        tenant.clearRequests();
        ctx.status(204);
    }

    private void answerClock(Context ctx, FakeTenant tenant) {
        answer(ctx, 200, AdminJson.Clock.class, new AdminJson.Clock(UltraCartJson.formatDateTime(tenant.now())));
    }

    private static ConversationId conversation(Context ctx) {
        return ConversationId.of(ctx.pathParam("conversation_uuid"));
    }

    private <T extends Record> T read(Context ctx, Class<T> type, String what, boolean required) {
        String body = Bodies.text(ctx, maxBodyBytes);
        if (body.isBlank()) {
            if (required) {
                throw UltraCartError.badRequest("The request body is required: a JSON object.");
            }
            return null;
        }
        // Checked first, so that every refusal is a sentence naming the field; then read.
        RequestJson.checkAgainst(type, what, body);
        try {
            return moshi.adapter(type).fromJson(body);
        } catch (IOException | JsonDataException e) {
            throw UltraCartError.badRequest("The request body is not valid: it cannot be read as " + what + ".");
        }
    }

    private <T> void answer(Context ctx, int status, Class<T> type, T value) {
        ctx.status(status).contentType(ApiCall.JSON).result(moshi.adapter(type).toJson(value));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw UltraCartError.badRequest(field + " is required.");
        }
        return value;
    }
}
