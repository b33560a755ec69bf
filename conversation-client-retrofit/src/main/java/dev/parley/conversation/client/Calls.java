package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.wire.UltraCartJson;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The call of each operation, its arguments checked first: a null argument is a
 * {@link NullPointerException} naming it, a value that cannot be sent an {@link IllegalArgumentException}.
 * Shared by the synchronous client and its asynchronous view, so both send exactly the same requests.
 */
final class Calls {
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]+");

    private final ConversationService service;
    private final UltraCartJson json;

    Calls(ConversationService service, UltraCartJson json) {
        this.service = service;
        this.json = json;
    }

    Call<ResponseBody> keepAlive() {
        return service.keepAlive();
    }

    Call<ResponseBody> authorizeAgent() {
        return service.authorizeAgent();
    }

    Call<ResponseBody> conversation(ConversationQuery query) {
        Objects.requireNonNull(query, "conversation query must not be null");
        return service.conversation(segment(query.id()), query.messageLimit());
    }

    Call<ResponseBody> webchatContext(ConversationId id) {
        return service.webchatContext(segment(id));
    }

    Call<ResponseBody> messages(MessagesQuery query) {
        Objects.requireNonNull(query, "messages query must not be null");
        return service.messages(segment(query.id()), query.sinceEpochMillis(), query.limit());
    }

    Call<ResponseBody> uploadUrl(String extension) {
        Objects.requireNonNull(extension, "extension must not be null");
        if (!EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException(
                    "extension must be ASCII letters and digits only, like jpg or pdf, but was \"" + extension + "\"");
        }
        return service.uploadUrl(extension);
    }

    Call<ResponseBody> queueStatuses() {
        return service.queueStatuses();
    }

    /** {@code before} in whole milliseconds, rounded up as the domain says, so that it stays exclusive. */
    Call<ResponseBody> conversations(ConversationListQuery query) {
        Objects.requireNonNull(query, "conversation list query must not be null");
        Long before = query.beforeEpochMillis();
        return service.conversations(
                query.medium() == null ? null : query.medium().value(),
                before == null ? null : UltraCartJson.formatDateTime(Instant.ofEpochMilli(before)),
                query.limit(),
                query.offset());
    }

    Call<ResponseBody> join(ConversationId id) {
        return service.join(segment(id));
    }

    Call<ResponseBody> leave(ConversationId id) {
        return service.leave(segment(id));
    }

    Call<ResponseBody> markRead(ConversationId id) {
        return service.markRead(segment(id));
    }

    Call<ResponseBody> startConversation(StartConversationRequest request) {
        Objects.requireNonNull(request, "start conversation request must not be null");
        return service.startConversation(JsonBody.once(json.startRequest().write(request)));
    }

    Call<ResponseBody> updateQueueStatus(QueueName queue, AgentStatus status) {
        Objects.requireNonNull(queue, "queue name must not be null");
        Objects.requireNonNull(status, "agent status must not be null");
        if (status == AgentStatus.UNKNOWN) {
            throw new IllegalArgumentException("agent status must be AVAILABLE, BUSY or UNAVAILABLE but was UNKNOWN");
        }
        return service.updateQueueStatus(
                segment(queue.value(), "queue name"), JsonBody.of(json.queueStatusUpdate().write(status)));
    }

    private static String segment(ConversationId id) {
        Objects.requireNonNull(id, "conversation id must not be null");
        return segment(id.value(), "conversation id");
    }

    /**
     * Retrofit encodes every reserved character of a path value, but {@code .} and {@code ..} stay
     * what they are in a URL: a step to the same or the parent path, never a value.
     */
    private static String segment(String value, String name) {
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(
                    name + " cannot be sent in a URL path but was \"" + value + "\" (a path step, not a name)");
        }
        return value;
    }
}
