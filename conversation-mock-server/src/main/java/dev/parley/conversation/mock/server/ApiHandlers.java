package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.wire.UltraCartJson;
import java.time.Instant;

/**
 * The 13 operations of UltraCart's conversation API: each reads its checked {@link ApiCall}, asks the
 * tenant's port, and writes the answer through the wire module. Range checks name the parameter as the
 * client sent it.
 */
final class ApiHandlers {
    private final UltraCartJson json;
    /** Summaries' listing JSON: enough for the newest page of every conversation a busy fake holds. */
    private final KeptJson<ConversationSummary> summaries;
    /** Messages' JSON: a conversation read again and again is mostly the same messages. */
    private final KeptJson<Message> messages;
    /**
     * Conversations' bodies without their messages, by summary: the engine makes a new summary whenever
     * anything a reader sees of the conversation changes, its base language included.
     */
    private final KeptJson<Conversation> envelopes;

    ApiHandlers(UltraCartJson json) {
        this.json = json;
        this.summaries = new KeptJson<>(json::summaryJson, 4_096);
        this.messages = new KeptJson<>(json::messageJson, 16_384);
        this.envelopes = new KeptJson<>(json::conversationEnvelopeJson, Conversation::summary, 4_096);
    }

    void keepAlive(ApiCall call) {
        call.port().keepAlive();
        call.noContent();
    }

    void authorizeAgent(ApiCall call) {
        call.ok(json.agentAuthorization(), call.port().authorizeAgent());
    }

    void getConversation(ApiCall call) {
        Integer limit = atLeast(call.int32("limit"), 1, "Query parameter limit");
        Conversation read = call.port().getConversation(new ConversationQuery(conversation(call), limit));
        call.ok(json.writeConversation(envelopes.json(read), read.messages(), messages::json));
    }

    void getContext(ApiCall call) {
        call.ok(json.webchatContext(), call.port().getWebchatContext(conversation(call)));
    }

    void getMessages(ApiCall call) {
        long since = atLeast(call.int64("since"), 0L, "Path parameter since");
        Integer limit = atLeast(call.int32("limit"), 1, "Query parameter limit");
        MessagesQuery query = new MessagesQuery(conversation(call), Instant.ofEpochMilli(since), limit);
        call.ok(json.writeMessages(call.port().getMessages(query), messages::json));
    }

    void createUploadUrl(ApiCall call) {
        call.ok(json.uploadUrl(), call.port().createUploadUrl(call.text("extension")));
    }

    void getQueueStatuses(ApiCall call) {
        call.ok(json.queueStatuses(), call.port().getQueueStatuses());
    }

    void listConversations(ApiCall call) {
        String mediumText = call.text("medium");
        Medium medium = mediumText == null ? null : Medium.parse(mediumText);
        String beforeText = call.text("before");
        Instant before = beforeText == null ? null : UltraCartJson.parseDateTime(beforeText);
        Integer limit = call.int32("_limit");
        if (limit != null && (limit < 1 || limit > ConversationListQuery.MAX_LIMIT)) {
            throw UltraCartError.badRequest("Query parameter _limit must be between 1 and "
                    + ConversationListQuery.MAX_LIMIT + " but was " + limit + ".");
        }
        Integer offset = atLeast(call.int32("_offset"), 0, "Query parameter _offset");
        ConversationListQuery query = new ConversationListQuery(medium, before,
                limit == null ? ConversationListQuery.DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
        call.ok(json.writeConversations(call.port().listConversations(query), summaries::json));
    }

    void join(ApiCall call) {
        call.port().joinConversation(conversation(call));
        call.noContent();
    }

    void leave(ApiCall call) {
        call.port().leaveConversation(conversation(call));
        call.noContent();
    }

    void markRead(ApiCall call) {
        call.port().markRead(conversation(call));
        call.noContent();
    }

    void startConversation(ApiCall call) {
        call.ok(json.startedConversation(), call.port().startConversation(call.body(json.startRequest())));
    }

    void updateQueueStatus(ApiCall call) {
        call.port().updateQueueStatus(QueueName.of(call.text("queue_name")), call.body(json.queueStatusUpdate()));
        call.noContent();
    }

    private static ConversationId conversation(ApiCall call) {
        return ConversationId.of(call.text("conversation_uuid"));
    }

    private static <N extends Number & Comparable<N>> N atLeast(N value, N min, String parameter) {
        if (value != null && value.compareTo(min) < 0) {
            throw UltraCartError.badRequest(parameter + " must be at least " + min + " but was " + value + ".");
        }
        return value;
    }
}
