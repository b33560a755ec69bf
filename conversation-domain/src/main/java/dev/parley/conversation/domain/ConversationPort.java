package dev.parley.conversation.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * UltraCart's conversation API (REST v2) in domain language: the 13 operations an agent console,
 * chatbot or SMS flow uses. One instance acts as one agent of one merchant (the credential's).
 *
 * <p>Implementations: the Retrofit client (against UltraCart or the fake), the in-memory engine of
 * the fake server, and anything that passes the compatibility kit ({@code conversation-tck}).
 *
 * <p>Every method may throw {@link UnauthorizedException} (bad credentials),
 * {@link ApplicationDisabledException}, {@link RateLimitedException}, {@link ServerErrorException}
 * and {@link TransportException}; those are not repeated below. Methods that take a conversation id
 * throw {@link NotFoundException} when the merchant has no such conversation. Invalid arguments are
 * refused before any call by the query objects' constructors ({@link IllegalArgumentException}); a
 * server that refuses a request answers {@link InvalidRequestException}. A {@code null} argument is
 * refused with a {@link NullPointerException} whose message names it, before anything is sent or
 * changed.
 *
 * <p>Implementations are safe for use from many threads.
 */
public interface ConversationPort {

    /**
     * Refreshes the agent's session; no other effect. UltraCart: {@code getAgentKeepAlive},
     * {@code GET /conversation/agent/keepalive}.
     */
    void keepAlive();

    /**
     * Authorizes the agent for UltraCart's conversation websocket: a signed JWT and where to connect.
     * UltraCart: {@code getAgentWebsocketAuthorization}, {@code PUT /conversation/agent/auth}.
     *
     * @return the agent's JWT and websocket URL
     */
    AgentAuthorization authorizeAgent();

    /**
     * Reads one conversation with its participants and messages (oldest first; with a message limit,
     * only the most recent N). UltraCart: {@code getConversation},
     * {@code GET /conversation/conversations/{uuid}}.
     *
     * @param query which conversation, and how many of its messages
     * @return the conversation with its participants and messages
     * @throws NotFoundException when there is no such conversation
     */
    Conversation getConversation(ConversationQuery query);

    /**
     * {@link #getConversation(ConversationQuery)} with all messages.
     *
     * @param id the conversation
     * @return the conversation with its participants and all its messages
     */
    default Conversation getConversation(ConversationId id) {
        return getConversation(ConversationQuery.of(id));
    }

    /**
     * Reads what the webchat customer was doing: cart, current page, page views, session start and
     * campaign data; {@link WebchatContext#EMPTY} when none was recorded. UltraCart:
     * {@code getConversationContext}, {@code PUT /conversation/conversations/{uuid}/context}.
     *
     * @param id the webchat conversation
     * @return the recorded context, or {@link WebchatContext#EMPTY}
     * @throws NotFoundException when there is no such conversation
     */
    WebchatContext getWebchatContext(ConversationId id);

    /**
     * Reads the messages sent strictly after {@code query.since()}, oldest first, at most
     * {@code query.limit()}. UltraCart: {@code getConversationMessages},
     * {@code GET /conversation/conversations/{uuid}/messages/{since}}.
     *
     * @param query which conversation, since when and how many
     * @return the messages, oldest first; empty when none arrived
     * @throws NotFoundException when there is no such conversation
     */
    List<Message> getMessages(MessagesQuery query);

    /**
     * Asks for a presigned URL to upload one media file with this extension ({@code jpg}, {@code png},
     * {@code mp4}, {@code pdf}, ...). UltraCart: {@code getConversationMultimediaUploadUrl},
     * {@code GET /conversation/upload_url/{extension}}.
     *
     * @param extension the file's extension, without the dot
     * @return where to upload the file and the key that cites it in a message
     * @throws InvalidRequestException when the extension is not a media type a chat carries
     * @throws IllegalArgumentException when the extension is blank or has anything but letters and digits
     * @throws NullPointerException when the extension is null
     */
    UploadUrl createUploadUrl(String extension);

    /**
     * Reads every webchat queue of the merchant with its agents and waiting customers. UltraCart:
     * {@code getConversationWebchatQueueStatuses}, {@code GET /conversation/conversations/queues/statuses}.
     *
     * @return the queues, with their agents and waiting customers
     */
    List<QueueStatus> getQueueStatuses();

    /**
     * Lists one page of conversations, newest to oldest by last message. UltraCart:
     * {@code getConversations}, {@code GET /conversation/conversations}.
     *
     * @param query which page, of which conversations
     * @return the page, with the offset of the next one when there is one
     */
    Page<ConversationSummary> listConversations(ConversationListQuery query);

    /**
     * Walks every page of conversations matching {@code query}, from its offset on, fetching each
     * page only when the stream reaches it. Each conversation is given once even if one moved
     * between pages (a conversation that moves past the pages already read may be missed: pin
     * {@link ConversationListQuery#before()} for a stable walk).
     *
     * @param query which conversations, from which offset
     * @return a lazy stream of the conversations, newest first
     */
    default Stream<ConversationSummary> streamConversations(ConversationListQuery query) {
        return PageWalk.stream(query, this::listConversations);
    }

    /**
     * Makes the agent a participant of the conversation; joining again changes nothing. UltraCart:
     * {@code joinConversation}, {@code PUT /conversation/conversations/{uuid}/join}.
     *
     * @param id the conversation to join
     * @throws NotFoundException when there is no such conversation
     */
    void joinConversation(ConversationId id);

    /**
     * Marks the agent as having left the conversation; leaving one not joined changes nothing.
     * UltraCart: {@code leaveConversation}, {@code DELETE /conversation/conversations/{uuid}/leave}.
     *
     * @param id the conversation to leave
     * @throws NotFoundException when there is no such conversation
     */
    void leaveConversation(ConversationId id);

    /**
     * Marks the conversation read for the agent, until someone else writes again. UltraCart:
     * {@code markReadConversation}, {@code PUT /conversation/conversations/{uuid}/markread}.
     *
     * @param id the conversation to mark read
     * @throws NotFoundException when there is no such conversation
     */
    void markRead(ConversationId id);

    /**
     * Starts a conversation with the agent and the requested participants; in a webchat queue when
     * one is given (medium websocket), else over SMS. Not idempotent: never retried automatically.
     * UltraCart: {@code startConversation}, {@code PUT /conversation/conversations}.
     *
     * @param request who takes part, and the queue for a webchat
     * @return the new conversation
     * @throws InvalidRequestException when the server refuses the request
     * @throws NotFoundException when the queue does not exist
     */
    Conversation startConversation(StartConversationRequest request);

    /**
     * Sets the agent's status in one webchat queue, as {@link #getQueueStatuses()} then shows.
     * UltraCart: {@code updateConversationWebchatQueueStatus},
     * {@code PUT /conversation/conversations/queues/{queue_name}/status}.
     *
     * @param queue the queue
     * @param status the agent's new status in it
     * @throws NotFoundException when the merchant has no such queue
     * @throws IllegalArgumentException when {@code status} is {@link AgentStatus#UNKNOWN}
     * @throws NullPointerException when {@code queue} or {@code status} is null
     */
    void updateQueueStatus(QueueName queue, AgentStatus status);
}
