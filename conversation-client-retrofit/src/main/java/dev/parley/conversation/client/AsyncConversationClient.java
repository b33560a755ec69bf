package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.wire.UltraCartJson;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of an {@link UltraCartConversationClient} as {@link CompletableFuture}s, from
 * {@link UltraCartConversationClient#async()}. Each sends the same request as its synchronous
 * twin, on OkHttp's asynchronous calls: no thread waits for an answer, and retries are scheduled,
 * not slept. Retries, errors and redaction are the synchronous client's: a future fails with the
 * {@link dev.parley.conversation.domain.ConversationException} the synchronous call would throw.
 *
 * <pre>{@code
 * AsyncConversationClient ultracart = client.async();
 * ultracart.listConversations(ConversationListQuery.all().withLimit(20))
 *         .thenAccept(page -> page.items().forEach(summary -> System.out.println(summary.lastMessageBody())));
 * }</pre>
 *
 * <p>Arguments are checked at once: a {@code null} or invalid argument throws
 * ({@link NullPointerException}, {@link IllegalArgumentException}) before any future exists, as on
 * the synchronous client; so does an operation on a closed client ({@link IllegalStateException}).
 * Cancelling a returned future cancels its OkHttp call, or the retry waiting to be sent (cancelling a
 * future derived from it with {@code thenApply} and the like does not reach back to it).
 * Completion runs on OkHttp's dispatcher threads: move slow work elsewhere with the {@code ...Async}
 * methods of {@link CompletableFuture}. Safe for use from many threads.
 */
public final class AsyncConversationClient {
    private final Calls calls;
    private final Exchange exchange;
    private final UltraCartJson json;

    AsyncConversationClient(Calls calls, Exchange exchange, UltraCartJson json) {
        this.calls = calls;
        this.exchange = exchange;
        this.json = json;
    }

    /**
     * {@link UltraCartConversationClient#keepAlive()}, asynchronously.
     *
     * @return completes when the server answered
     */
    public CompletableFuture<Void> keepAlive() {
        return exchange.performAsync(calls.keepAlive());
    }

    /**
     * {@link UltraCartConversationClient#authorizeAgent()}, asynchronously.
     *
     * @return the agent's websocket authorization
     */
    public CompletableFuture<AgentAuthorization> authorizeAgent() {
        return exchange.fetchAsync(calls.authorizeAgent(), json.agentAuthorization());
    }

    /**
     * {@link UltraCartConversationClient#getConversation(ConversationQuery)}, asynchronously.
     *
     * @param query which conversation, and how many of its messages
     * @return the conversation; fails with {@link dev.parley.conversation.domain.NotFoundException} when there is none
     */
    public CompletableFuture<Conversation> getConversation(ConversationQuery query) {
        return exchange.fetchAsync(calls.conversation(query), json.conversation());
    }

    /**
     * {@link UltraCartConversationClient#getConversation(ConversationId)}, asynchronously.
     *
     * @param id the conversation
     * @return the conversation with all its messages
     */
    public CompletableFuture<Conversation> getConversation(ConversationId id) {
        return getConversation(ConversationQuery.of(id));
    }

    /**
     * {@link UltraCartConversationClient#getWebchatContext(ConversationId)}, asynchronously.
     *
     * @param id the conversation
     * @return what the webchat customer was doing
     */
    public CompletableFuture<WebchatContext> getWebchatContext(ConversationId id) {
        return exchange.fetchAsync(calls.webchatContext(id), json.webchatContext());
    }

    /**
     * {@link UltraCartConversationClient#getMessages(MessagesQuery)}, asynchronously.
     *
     * @param query the conversation, since when and how many
     * @return the messages, oldest first
     */
    public CompletableFuture<List<Message>> getMessages(MessagesQuery query) {
        return exchange.fetchAsync(calls.messages(query), json.messages());
    }

    /**
     * {@link UltraCartConversationClient#createUploadUrl(String)}, asynchronously.
     *
     * @param extension the file's extension, ASCII letters and digits ({@code jpg}, {@code pdf})
     * @return the presigned upload URL
     * @throws IllegalArgumentException when the extension has anything but ASCII letters and digits
     */
    public CompletableFuture<UploadUrl> createUploadUrl(String extension) {
        return exchange.fetchAsync(calls.uploadUrl(extension), json.uploadUrl());
    }

    /**
     * {@link UltraCartConversationClient#getQueueStatuses()}, asynchronously.
     *
     * @return every webchat queue with its agents and waiting customers
     */
    public CompletableFuture<List<QueueStatus>> getQueueStatuses() {
        return exchange.fetchAsync(calls.queueStatuses(), json.queueStatuses());
    }

    /**
     * {@link UltraCartConversationClient#listConversations(ConversationListQuery)}, asynchronously.
     *
     * @param query the filters and the page
     * @return one page of conversations, newest first
     */
    public CompletableFuture<Page<ConversationSummary>> listConversations(ConversationListQuery query) {
        return exchange.fetchAsync(calls.conversations(query), json.conversations());
    }

    /**
     * {@link UltraCartConversationClient#joinConversation(ConversationId)}, asynchronously.
     *
     * @param id the conversation
     * @return completes when the agent is a participant
     */
    public CompletableFuture<Void> joinConversation(ConversationId id) {
        return exchange.performAsync(calls.join(id));
    }

    /**
     * {@link UltraCartConversationClient#leaveConversation(ConversationId)}, asynchronously.
     *
     * @param id the conversation
     * @return completes when the agent has left
     */
    public CompletableFuture<Void> leaveConversation(ConversationId id) {
        return exchange.performAsync(calls.leave(id));
    }

    /**
     * {@link UltraCartConversationClient#markRead(ConversationId)}, asynchronously.
     *
     * @param id the conversation
     * @return completes when the conversation is read for the agent
     */
    public CompletableFuture<Void> markRead(ConversationId id) {
        return exchange.performAsync(calls.markRead(id));
    }

    /**
     * {@link UltraCartConversationClient#startConversation(StartConversationRequest)}, asynchronously:
     * sent exactly once, never retried.
     *
     * @param request who takes part, or in which queue
     * @return the conversation started
     */
    public CompletableFuture<Conversation> startConversation(StartConversationRequest request) {
        return exchange.fetchOnceAsync(calls.startConversation(request), json.startedConversation());
    }

    /**
     * {@link UltraCartConversationClient#updateQueueStatus(QueueName, AgentStatus)}, asynchronously.
     *
     * @param queue  the webchat queue
     * @param status the agent's new status there
     * @return completes when the status is set
     * @throws IllegalArgumentException when {@code status} is {@link AgentStatus#UNKNOWN}
     */
    public CompletableFuture<Void> updateQueueStatus(QueueName queue, AgentStatus status) {
        return exchange.performAsync(calls.updateQueueStatus(queue, status));
    }

    /** The client's description, marked asynchronous; never the credential. */
    @Override
    public String toString() {
        return exchange + ".async()";
    }
}
