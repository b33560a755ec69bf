package dev.parley.conversation.wire;

import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okio.Buffer;
import okio.ByteString;

/**
 * UltraCart's conversation JSON (REST v2, snake_case) and its mapping to Parley's domain: one
 * {@link WireCodec} per body of the contract's {@code openapi.json}. Immutable and safe for use from
 * many threads: create one and share it.
 *
 * <pre>{@code
 * UltraCartJson json = UltraCartJson.create();
 * Page<ConversationSummary> page = json.conversations().read(responseBody);
 * String body = json.startRequest().write(StartConversationRequest.withParticipants(arn));
 * }</pre>
 *
 * <p><b>Response bodies</b> (a client reads them, a server writes them) fail to read with a
 * {@link TransportException}. Wrapped responses are written with {@code "success": true} and a
 * {@code metadata} object (empty except for a listing's {@code result_set}).
 * <b>Request bodies</b> (a client writes them, a server reads them) fail to read with an
 * {@link InvalidRequestException} (status 400) whose message names the field as the client wrote it, in
 * words ({@code `add_conversation_participant_arns[0]` must be text but was a number}); a request's
 * text must be a JSON string (a number is not read as text). See {@link WireCodec} for what reading tolerates.
 *
 * <p>Mapping choices where the contract is silent:
 * <ul>
 *   <li>An enumeration's {@code UNKNOWN} is omitted when written in a response (it has no UltraCart
 *       spelling) and refused with {@link IllegalArgumentException} in a request.</li>
 *   <li>A message is written with both {@code message_dts} and {@code message_epoch}; reading prefers
 *       {@code message_dts} and falls back to {@code message_epoch}.</li>
 *   <li>Defaults for absent values: {@code closed}, {@code unread_messages} and {@code next_round_robin}
 *       false, {@code visible} true, counts 0, lists empty.</li>
 *   <li>Lists are written even when empty, except a context's {@code page_view}, so that
 *       {@link WebchatContext#EMPTY} is written {@code {}}.</li>
 * </ul>
 */
public final class UltraCartJson {
    /** Where a listing's summaries go: its envelope begins with it. */
    private static final ByteString LISTING_ITEMS = ByteString.encodeUtf8("{\"conversations\":[]");
    /** Where a conversation's messages go. */
    private static final ByteString CONVERSATION_MESSAGES = ByteString.encodeUtf8("\"messages\":[]");
    /** Where the messages of {@code getConversationMessages} go. */
    private static final ByteString MESSAGES_ITEMS = ByteString.encodeUtf8("\"conversation_messages\":[]");

    private final WireCodec<Page<ConversationSummary>> conversations;
    private final WireCodec<Conversation> conversation;
    private final WireCodec<Conversation> startedConversation;
    private final WireCodec<List<Message>> messages;
    private final WireCodec<WebchatContext> webchatContext;
    private final WireCodec<AgentAuthorization> agentAuthorization;
    private final WireCodec<UploadUrl> uploadUrl;
    private final WireCodec<List<QueueStatus>> queueStatuses;
    private final WireCodec<ErrorDetails> error;
    private final WireCodec<StartConversationRequest> startRequest;
    private final WireCodec<AgentStatus> queueStatusUpdate;
    private final WireCodec<RealtimeFrame> serverFrame;
    private final WireCodec<RealtimeFrame> agentFrame;
    private final LazyAdapter<Dto.Conversation> listedSummary;
    private final LazyAdapter<Dto.ConversationsResponse> listing;
    private final LazyAdapter<Dto.ConversationMessage> oneMessage;
    private final LazyAdapter<Dto.ConversationResponse> conversationEnvelope;
    private final LazyAdapter<Dto.ConversationMessagesResponse> messagesEnvelope;

    private UltraCartJson(Moshi moshi, Moshi requests) {
        WireCodec.Side response = WireCodec.Side.RESPONSE;
        WireCodec.Side request = WireCodec.Side.REQUEST;
        conversations = WireCodec.of("ConversationsResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationsResponse.class), ToDomain::conversations, ToWire::conversations);
        conversation = WireCodec.of("ConversationResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationResponse.class), ToDomain::conversation, ToWire::conversation);
        startedConversation = WireCodec.of("ConversationStartResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationStartResponse.class),
                ToDomain::startedConversation, ToWire::startedConversation);
        messages = WireCodec.of("ConversationMessagesResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationMessagesResponse.class), ToDomain::messages, ToWire::messages);
        webchatContext = WireCodec.of("ConversationWebchatContext", response,
                LazyAdapter.of(moshi, Dto.ConversationWebchatContext.class), ToDomain::webchatContext, ToWire::webchatContext);
        agentAuthorization = WireCodec.of("ConversationAgentAuthResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationAgentAuthResponse.class),
                ToDomain::agentAuthorization, ToWire::agentAuthorization);
        uploadUrl = WireCodec.of("ConversationMultimediaUploadUrlResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationMultimediaUploadUrlResponse.class), ToDomain::uploadUrl, ToWire::uploadUrl);
        queueStatuses = WireCodec.of("ConversationWebchatQueueStatusesResponse", response,
                LazyAdapter.of(moshi, Dto.ConversationWebchatQueueStatusesResponse.class),
                ToDomain::queueStatuses, ToWire::queueStatuses);
        error = WireCodec.of("ErrorResponse", response,
                LazyAdapter.of(moshi, Dto.ErrorResponse.class), ToDomain::error, ToWire::error);
        startRequest = WireCodec.of("ConversationStartRequest", request,
                LazyAdapter.of(requests, Dto.ConversationStartRequest.class), ToDomain::startRequest, ToWire::startRequest);
        queueStatusUpdate = WireCodec.of("ConversationWebchatQueueStatusUpdateRequest", request,
                LazyAdapter.of(requests, Dto.ConversationWebchatQueueStatusUpdateRequest.class),
                ToDomain::queueStatusUpdate, ToWire::queueStatusUpdate);
        LazyAdapter<Dto.ConversationWebsocketMessage> frames = LazyAdapter.of(moshi, Dto.ConversationWebsocketMessage.class);
        serverFrame = WireCodec.of("ConversationWebsocketMessage", response, frames,
                ToDomain::serverFrame, ToWire::serverFrame);
        agentFrame = WireCodec.of("ConversationWebsocketMessage", request, frames,
                ToDomain::agentFrame, ToWire::agentFrame);
        listedSummary = LazyAdapter.of(moshi, Dto.Conversation.class);
        listing = LazyAdapter.of(moshi, Dto.ConversationsResponse.class);
        oneMessage = LazyAdapter.of(moshi, Dto.ConversationMessage.class);
        conversationEnvelope = LazyAdapter.of(moshi, Dto.ConversationResponse.class);
        messagesEnvelope = LazyAdapter.of(moshi, Dto.ConversationMessagesResponse.class);
    }

    /**
     * A new instance. Each body's adapter is made the first time it is read or written (making them all
     * costs as much as a server's start), and kept: create one instance and share it.
     *
     * @return the codecs
     */
    public static UltraCartJson create() {
        Moshi moshi = new Moshi.Builder()
                .add(new RecordAdapters())
                .add(Instant.class, new ScalarAdapters.InstantAdapter().nullSafe())
                .add(BigDecimal.class, new ScalarAdapters.BigDecimalAdapter().nullSafe())
                .build();
        Moshi requests = moshi.newBuilder().add(String.class, new ScalarAdapters.StrictStringAdapter().nullSafe()).build();
        return new UltraCartJson(moshi, requests);
    }

    /**
     * {@code ConversationsResponse} (getConversations): a page of summaries with {@code metadata.result_set}.
     *
     * <p>Written: {@code count} (the items on the page), {@code limit}, {@code offset},
     * {@code total_records} when known, {@code more}, and {@code next_offset} when there is more.
     * Read: {@link Page#nextOffset()} is {@code next_offset} when {@code more} is true (or
     * {@code offset + count} when the server omitted it), none when {@code more} is false, and
     * {@code next_offset} as sent when {@code more} is absent; {@code offset} absent is 0, {@code limit}
     * absent is the number of items, and a body without {@code result_set} is one page holding it all.
     *
     * @return the codec
     */
    public WireCodec<Page<ConversationSummary>> conversations() {
        return conversations;
    }

    /**
     * One summary's JSON as a listing holds it, in UTF-8: what {@link #writeConversations} takes from
     * its cache.
     *
     * @param summary the summary to write
     * @return its JSON in UTF-8
     * @throws NullPointerException when {@code summary} is null
     */
    public byte[] summaryJson(ConversationSummary summary) {
        Objects.requireNonNull(summary, "summary must not be null");
        return write(listedSummary, ToWire.listed(summary), "a conversation summary");
    }

    /**
     * One message's JSON as a conversation and a page of messages hold it, in UTF-8: what
     * {@link #writeConversation} and {@link #writeMessages} take from a cache.
     *
     * @param message the message to write
     * @return its JSON in UTF-8
     * @throws NullPointerException when {@code message} is null
     */
    public byte[] messageJson(Message message) {
        Objects.requireNonNull(message, "message must not be null");
        return write(oneMessage, ToWire.message(message), "a message");
    }

    /**
     * The listing's body, byte for byte {@code conversations().writeBytes(page)}, with each summary's JSON
     * from {@code summaryJson}: a server that keeps each summary's {@link #summaryJson} until the
     * conversation changes writes a listing without writing the summaries again. Reads outnumber writes
     * by orders of magnitude, so most listings are mostly copies.
     *
     * @param page        the page to write
     * @param summaryJson the JSON of a summary, as {@link #summaryJson(ConversationSummary)} writes it
     * @return the body, read from the kept arrays
     * @throws NullPointerException when an argument is null, or {@code summaryJson} gives null
     */
    public JsonBody writeConversations(Page<ConversationSummary> page, Function<ConversationSummary, byte[]> summaryJson) {
        Objects.requireNonNull(page, "page must not be null");
        return splice(write(listing, ToWire.listingEnvelope(page), "a listing"), LISTING_ITEMS, page.items(), summaryJson);
    }

    /**
     * The conversation's body, byte for byte {@code conversation().writeBytes(conversation)}, with each
     * message's JSON from {@code messageJson}, as {@link #messageJson(Message)} writes it: a message does not
     * change once stored (a delivery status makes a new one), so a server can keep its JSON.
     *
     * @param conversation the conversation to write
     * @param messageJson  the JSON of a message, as {@link #messageJson(Message)} writes it
     * @return the body, read from the kept arrays
     * @throws NullPointerException when an argument is null, or {@code messageJson} gives null
     */
    public JsonBody writeConversation(Conversation conversation, Function<Message, byte[]> messageJson) {
        return writeConversation(conversationEnvelopeJson(conversation), conversation.messages(), messageJson);
    }

    /**
     * The conversation's body without its messages ({@code "messages": []}): what
     * {@link #writeConversation(byte[], List, Function)} puts messages in. It follows only from the
     * conversation's summary and base language, so a server can keep it while those stay the same.
     *
     * @param conversation the conversation (its messages are not written)
     * @return the body in UTF-8, with an empty {@code messages}
     * @throws NullPointerException when {@code conversation} is null
     */
    public byte[] conversationEnvelopeJson(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        return write(conversationEnvelope, ToWire.conversationEnvelope(conversation), "a conversation");
    }

    /**
     * The conversation's body from its kept {@link #conversationEnvelopeJson} and its messages' kept JSON:
     * byte for byte {@code conversation().writeBytes(conversation)} when {@code envelope} is
     * {@code conversationEnvelopeJson(conversation)} and {@code messages} are {@code conversation.messages()}.
     *
     * @param envelope    the body without messages, as {@link #conversationEnvelopeJson} writes it
     * @param messages    the messages to put in it
     * @param messageJson the JSON of a message, as {@link #messageJson(Message)} writes it
     * @return the body, read from the kept arrays
     * @throws NullPointerException     when an argument is null, or {@code messageJson} gives null
     * @throws IllegalArgumentException when {@code envelope} has no empty {@code messages}
     */
    public JsonBody writeConversation(byte[] envelope, List<Message> messages, Function<Message, byte[]> messageJson) {
        Objects.requireNonNull(envelope, "envelope must not be null");
        Objects.requireNonNull(messages, "messages must not be null");
        return splice(envelope, CONVERSATION_MESSAGES, messages, messageJson);
    }

    /**
     * The body of {@code getConversationMessages}, byte for byte {@code messages().writeBytes(messages)},
     * with each message's JSON from {@code messageJson}.
     *
     * @param messages    the messages to write
     * @param messageJson the JSON of a message, as {@link #messageJson(Message)} writes it
     * @return the body, read from the kept arrays
     * @throws NullPointerException when an argument is null, or {@code messageJson} gives null
     */
    public JsonBody writeMessages(List<Message> messages, Function<Message, byte[]> messageJson) {
        Objects.requireNonNull(messages, "messages must not be null");
        return splice(write(messagesEnvelope, ToWire.messagesEnvelope(), "messages"), MESSAGES_ITEMS, messages, messageJson);
    }

    private static <D> byte[] write(LazyAdapter<D> adapter, D value, String what) {
        Buffer buffer = new Buffer();
        try {
            adapter.get().toJson(JsonWriter.of(buffer), value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + what, e);
        }
        return buffer.readByteArray();
    }

    /**
     * {@code around}, whose list at {@code emptyList} (a key and {@code []}) is empty, with the items' kept
     * JSON between the brackets, as ranges of those arrays: nothing is copied until the body is read.
     * A string's quotes are escaped, so only a key can match.
     */
    private static <T> JsonBody splice(byte[] around, ByteString emptyList, List<T> items, Function<T, byte[]> itemJson) {
        Objects.requireNonNull(itemJson, "the function giving an item's JSON must not be null");
        int at = indexOf(around, emptyList);
        if (at < 0) {
            throw new IllegalArgumentException("the body has no " + emptyList.utf8() + " to put items in");
        }
        byte[][] parts = new byte[items.size()][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Objects.requireNonNull(itemJson.apply(items.get(i)), "the item's JSON was null");
        }
        return JsonBody.spliced(around, at + emptyList.size() - 1, parts);
    }

    private static int indexOf(byte[] bytes, ByteString sought) {
        int last = bytes.length - sought.size();
        byte first = sought.getByte(0);
        for (int i = 0; i <= last; i++) {
            if (bytes[i] == first && sought.rangeEquals(0, bytes, i, sought.size())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code ConversationResponse} (getConversation): {@code {"conversation": ..., "success": true, "metadata": {}}}.
     *
     * @return the codec
     */
    public WireCodec<Conversation> conversation() {
        return conversation;
    }

    /**
     * {@code ConversationStartResponse} (startConversation): {@code {"conversation": ...}}, nothing else.
     *
     * @return the codec
     */
    public WireCodec<Conversation> startedConversation() {
        return startedConversation;
    }

    /**
     * {@code ConversationMessagesResponse} (getConversationMessages).
     *
     * @return the codec
     */
    public WireCodec<List<Message>> messages() {
        return messages;
    }

    /**
     * {@code ConversationWebchatContext} (getConversationContext), not wrapped: {@link WebchatContext#EMPTY}
     * is written {@code {}} and {@code {}} reads as it.
     *
     * @return the codec
     */
    public WireCodec<WebchatContext> webchatContext() {
        return webchatContext;
    }

    /**
     * {@code ConversationAgentAuthResponse} (getAgentWebsocketAuthorization).
     *
     * @return the codec
     */
    public WireCodec<AgentAuthorization> agentAuthorization() {
        return agentAuthorization;
    }

    /**
     * {@code ConversationMultimediaUploadUrlResponse} (getConversationMultimediaUploadUrl).
     *
     * @return the codec
     */
    public WireCodec<UploadUrl> uploadUrl() {
        return uploadUrl;
    }

    /**
     * {@code ConversationWebchatQueueStatusesResponse} (getConversationWebchatQueueStatuses).
     *
     * @return the codec
     */
    public WireCodec<List<QueueStatus>> queueStatuses() {
        return queueStatuses;
    }

    /**
     * {@code ErrorResponse}: written {@code {"success": false, "error": {...}}} without absent fields.
     *
     * <p>A client reads an error status's body with it to learn UltraCart's details; a body that is not
     * an {@code ErrorResponse} (not JSON, an HTML page from a proxy, JSON without an {@code error}
     * object) throws {@link TransportException}, which such a caller catches to fall back on the
     * status code alone.
     *
     * @return the codec
     */
    public WireCodec<ErrorDetails> error() {
        return error;
    }

    /**
     * {@code ConversationStartRequest} (startConversation). Reading refuses, as 400, a request with
     * neither participant ARNs nor a queue, and blank identifiers.
     *
     * @return the codec
     */
    public WireCodec<StartConversationRequest> startRequest() {
        return startRequest;
    }

    /**
     * {@code ConversationWebchatQueueStatusUpdateRequest} (updateConversationWebchatQueueStatus):
     * {@code {"agent_status": "available"}}. Stricter than responses: reading refuses, as 400, an
     * absent or undocumented status; writing {@link AgentStatus#UNKNOWN} throws
     * {@link IllegalArgumentException}.
     *
     * @return the codec
     */
    public WireCodec<AgentStatus> queueStatusUpdate() {
        return queueStatusUpdate;
    }

    /**
     * {@code ConversationWebsocketMessage} as a server sends it and an agent reads it: an
     * {@link RealtimeFrame.Event}, a {@link RealtimeFrame.Ping} or a {@link RealtimeFrame.Refusal}.
     *
     * <p>Written: a {@link dev.parley.conversation.domain.ConversationEvent.NewMessage} as a {@code message}
     * frame, every other event as an {@code event} frame with its {@code event_type}, its payload and the
     * {@code conversation_uuid} it concerns (none for a queue); a refusal as the notice
     * {@link RealtimeFrame.Refusal} documents. Writing a frame only an agent sends, or an
     * {@link dev.parley.conversation.domain.ConversationEvent.Unrecognized} event, throws
     * {@link IllegalArgumentException}.
     *
     * <p>Read as tolerantly as a response body: an unknown {@code type} or {@code event_type}, and
     * UltraCart's customer-side events (queue position, rrweb, add coupon, add item, webchat start), read as
     * {@link dev.parley.conversation.domain.ConversationEvent.Unrecognized}. A frame of a known kind without
     * what it needs (a {@code message} frame without its {@code message} or {@code conversation_uuid}, an
     * event without its payload) fails with {@link TransportException} naming the JSON path.
     *
     * @return the codec
     */
    public WireCodec<RealtimeFrame> serverFrame() {
        return serverFrame;
    }

    /**
     * {@code ConversationWebsocketMessage} as an agent sends it and a server reads it: a
     * {@link RealtimeFrame.SendMessage}, a {@link RealtimeFrame.SendTyping} or a {@link RealtimeFrame.Ping}.
     *
     * <p>Written exactly as the contract shows; writing a frame only a server sends throws
     * {@link IllegalArgumentException}.
     *
     * <p>Read strictly, like a request body: {@code type} is required and must be one of the schema's
     * ({@code message}, {@code event}, {@code ping}, {@code check queue position}), so must
     * {@code event_type} when present, a {@code message} frame needs {@code conversation_uuid},
     * {@code message} and a non-blank {@code message.client_message_id}, a typing event needs
     * {@code conversation_uuid}. Anything else is an {@link InvalidRequestException} (400) naming what was
     * wrong, which is what a server closes the socket with (code 1007). Frames a server does not act on
     * (other events, {@code check queue position}) read as an {@link RealtimeFrame.Event} of
     * {@link dev.parley.conversation.domain.ConversationEvent.Unrecognized}. Whether the message can be
     * stored (a body or an upload, a participant, an open conversation) is not checked here: that is the
     * server's to refuse with a {@link RealtimeFrame.Refusal}.
     *
     * @return the codec
     */
    public WireCodec<RealtimeFrame> agentFrame() {
        return agentFrame;
    }

    /**
     * Parses an ISO-8601 date-time with an offset as UltraCart sends it: {@code 2026-11-24T05:32:16.123Z},
     * {@code ...+00:00}, {@code ...-05:00} or {@code ...+0000}; seconds and fraction (up to nanoseconds)
     * optional, letters in either case.
     *
     * @param text the date-time
     * @return the instant
     * @throws IllegalArgumentException naming the text when it is not such a date-time (a missing offset
     *                                  included: a time without one is ambiguous)
     * @throws NullPointerException     when {@code text} is null
     */
    public static Instant parseDateTime(String text) {
        return DateTimes.parse(text);
    }

    /**
     * Formats an instant as the fake writes date-times: UTC, {@code Z}, exactly millisecond precision
     * ({@code 2026-11-24T05:32:16.123Z}). Finer precision is truncated, not rounded, so that formatting
     * never moves an instant past a later one.
     *
     * @param instant the instant
     * @return the date-time text
     * @throws NullPointerException when {@code instant} is null
     */
    public static String formatDateTime(Instant instant) {
        return DateTimes.format(instant);
    }
}
