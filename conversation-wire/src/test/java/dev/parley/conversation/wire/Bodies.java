package dev.parley.conversation.wire;

import java.util.List;
import java.util.function.Function;

/** Every body {@link UltraCartJson} covers: its component schema, its codec and generated values of it. */
record Bodies<T>(String schema, Function<UltraCartJson, WireCodec<T>> codec, Function<GeneratedValues, T> generate) {

    static final List<Bodies<?>> ALL = List.of(
            new Bodies<>("ConversationsResponse", UltraCartJson::conversations, GeneratedValues::page),
            new Bodies<>("ConversationResponse", UltraCartJson::conversation, GeneratedValues::conversation),
            new Bodies<>("ConversationStartResponse", UltraCartJson::startedConversation, GeneratedValues::conversation),
            new Bodies<>("ConversationMessagesResponse", UltraCartJson::messages, GeneratedValues::messages),
            new Bodies<>("ConversationWebchatContext", UltraCartJson::webchatContext, GeneratedValues::context),
            new Bodies<>("ConversationAgentAuthResponse", UltraCartJson::agentAuthorization,
                    GeneratedValues::agentAuthorization),
            new Bodies<>("ConversationMultimediaUploadUrlResponse", UltraCartJson::uploadUrl, GeneratedValues::uploadUrl),
            new Bodies<>("ConversationWebchatQueueStatusesResponse", UltraCartJson::queueStatuses,
                    GeneratedValues::queueStatuses),
            new Bodies<>("ErrorResponse", UltraCartJson::error, GeneratedValues::error),
            new Bodies<>("ConversationStartRequest", UltraCartJson::startRequest, GeneratedValues::startRequest),
            new Bodies<>("ConversationWebchatQueueStatusUpdateRequest", UltraCartJson::queueStatusUpdate,
                    GeneratedValues::agentStatus),
            new Bodies<>("ConversationWebsocketMessage", UltraCartJson::serverFrame, GeneratedValues::serverFrame),
            new Bodies<>("ConversationWebsocketMessage", UltraCartJson::agentFrame, GeneratedValues::agentFrame));

    T generated(long seed) {
        return GeneratedValues.from(seed, generate);
    }

    @Override
    public String toString() {
        return schema.equals("ConversationWebsocketMessage")
                ? schema + (codec.apply(UltraCartJson.create()).side() == WireCodec.Side.REQUEST ? " (agent)" : " (server)")
                : schema;
    }
}
