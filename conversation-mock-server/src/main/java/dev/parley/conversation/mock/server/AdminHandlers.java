package dev.parley.conversation.mock.server;

import com.squareup.moshi.JsonAdapter;
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

/**
 * The control plane over HTTP ({@code /__admin}): each endpoint reads its body, calls the tenant's
 * {@link FakeTenant} and answers. Bodies are checked strictly (unknown fields, wrong types and missing
 * required values are 400 naming them).
 */
final class AdminHandlers {
    private static final String CONTEXT_SCHEMA = "ConversationWebchatContext";

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

    void createConversation(Context ctx, FakeTenant tenant) {
        AdminJson.NewConversation request = read(ctx, AdminJson.NewConversation.class, true);
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
        AdminJson.NewMessage request = read(ctx, AdminJson.NewMessage.class, true);
        List<UploadKey> keys = new ArrayList<>();
        if (request.uploadKeys() != null) {
            request.uploadKeys().forEach(key -> keys.add(UploadKey.of(key)));
        }
        Message message = tenant.addMessage(conversation(ctx),
                ParticipantArn.of(required(request.authorArn(), "author_arn")), request.authorName(), request.body(), keys);
        ctx.status(201).contentType(ApiCall.JSON).result(json.messages().write(List.of(message)));
    }

    void recordContext(Context ctx, FakeTenant tenant) {
        String body = Bodies.text(ctx, maxBodyBytes);
        if (body.isBlank()) {
            throw UltraCartError.badRequest("The request body is required: a " + CONTEXT_SCHEMA + " as JSON.");
        }
        if (strict) {
            OpenApiContract contract = OpenApiContract.get();
            List<String> violations = contract.violations(CONTEXT_SCHEMA, contract.parse(body, "The request body"));
            if (!violations.isEmpty()) {
                throw UltraCartError.badRequest("The request body is not a valid " + CONTEXT_SCHEMA + ": "
                        + String.join("; ", violations.subList(0, Math.min(5, violations.size()))) + ".");
            }
        }
        WebchatContext context;
        try {
            context = json.webchatContext().read(body);
        } catch (ConversationException e) {
            // The wire module reads contexts as responses: a bad one is a transport failure there, a 400 here.
            throw UltraCartError.badRequest(e.getMessage());
        }
        tenant.recordWebchatContext(conversation(ctx), context);
        ctx.status(204);
    }

    void createQueue(Context ctx, FakeTenant tenant) {
        AdminJson.NewQueue request = read(ctx, AdminJson.NewQueue.class, true);
        QueueName name = QueueName.of(required(request.queueName(), "queue_name"));
        String id = tenant.createQueue(name).value();
        answer(ctx, 200, AdminJson.Queue.class, new AdminJson.Queue(name.value(), id));
    }

    void addQueueEntry(Context ctx, FakeTenant tenant) {
        AdminJson.NewQueueEntry request = read(ctx, AdminJson.NewQueueEntry.class, true);
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
        AdminJson.DemoData request = read(ctx, AdminJson.DemoData.class, false);
        tenant.loadDemoData(request == null || request.seed() == null ? defaultSeed : request.seed());
        ctx.status(204);
    }

    void getClock(Context ctx, FakeTenant tenant) {
        answerClock(ctx, tenant);
    }

    void setClock(Context ctx, FakeTenant tenant) {
        AdminJson.Clock request = read(ctx, AdminJson.Clock.class, true);
        tenant.setClock(UltraCartJson.parseDateTime(required(request.now(), "now")));
        answerClock(ctx, tenant);
    }

    void advanceClock(Context ctx, FakeTenant tenant) {
        AdminJson.ClockAdvance request = read(ctx, AdminJson.ClockAdvance.class, true);
        tenant.advanceClock(Duration.ofMillis(required(request.millis(), "millis")));
        answerClock(ctx, tenant);
    }

    void addFault(Context ctx, FakeTenant tenant) {
        AdminJson.NewFault request = read(ctx, AdminJson.NewFault.class, true);
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
        List<String> limits = ApiCall.queryParameters(ctx.queryString()).get("limit");
        String limitText = limits == null ? null : limits.get(0);
        List<RecordedRequest> recorded;
        if (limitText == null) {
            recorded = tenant.requests();
        } else {
            if (!limitText.matches("[0-9]{1,9}") || Integer.parseInt(limitText) < 1) {
                throw UltraCartError.badRequest("Query parameter limit must be a whole number of at least 1 but was \""
                        + ApiCall.printable(limitText) + "\".");
            }
            recorded = tenant.requests(Integer.parseInt(limitText));
        }
        List<AdminJson.Request> requests = new ArrayList<>(recorded.size());
        for (RecordedRequest r : recorded) {
            requests.add(new AdminJson.Request(r.method(), r.path(), r.query(), r.headers(), r.body(), r.status(),
                    UltraCartJson.formatDateTime(r.receivedAt())));
        }
        answer(ctx, 200, AdminJson.Requests.class, new AdminJson.Requests(requests));
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

    private <T> T read(Context ctx, Class<T> type, boolean required) {
        String body = Bodies.text(ctx, maxBodyBytes);
        if (body.isBlank()) {
            if (required) {
                throw UltraCartError.badRequest("The request body is required: a JSON object.");
            }
            return null;
        }
        JsonAdapter<T> adapter = moshi.adapter(type).failOnUnknown();
        try {
            T value = adapter.fromJson(body);
            if (value == null) {
                throw UltraCartError.badRequest("The request body must be a JSON object but was null.");
            }
            return value;
        } catch (JsonDataException e) {
            throw UltraCartError.badRequest("The request body is not valid: " + e.getMessage());
        } catch (IOException e) {
            throw UltraCartError.badRequest("The request body is not valid JSON: " + e.getMessage());
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
