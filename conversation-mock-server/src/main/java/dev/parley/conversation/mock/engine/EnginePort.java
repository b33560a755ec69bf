package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TwilioAccount;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Instant;
import java.util.List;

/**
 * The port as one tenant's agent, over the tenant's in-memory state. Costs: n conversations in the
 * tenant, m messages in the conversation concerned, k items returned, p participants per
 * conversation, q queues with a agents and e waiting entries each.
 *
 * <p>Every operation with an effect publishes its events to the tenant's live sessions (see
 * {@link ConversationEngine#realtime(String)}).
 */
final class EnginePort implements ConversationPort {

    private final Tenant tenant;
    private final ConversationEngine engine;

    EnginePort(Tenant tenant, ConversationEngine engine) {
        this.tenant = tenant;
        this.engine = engine;
    }

    /** O(1). */
    @Override
    public void keepAlive() {
        tenant.write(tenant::refreshAgentSession);
    }

    /** O(1). */
    @Override
    public AgentAuthorization authorizeAgent() {
        Instant now = tenant.read(tenant::now);
        return new AgentAuthorization(
                tenant.agentArn,
                tenant.agentName,
                tenant.merchantId,
                engine.tokens().issue(tenant, now),
                AgentTokens.websocketUrl(engine.publicBaseUrl()),
                List.of(new TwilioAccount(tenant.merchantId, List.of(tenant.twilioNumber()))));
    }

    /** O(log n + p + k) for k messages returned (all of them without a limit). */
    @Override
    public Conversation getConversation(ConversationQuery query) {
        Errors.argument(query, "conversation query");
        return tenant.read(() -> tenant.conversation(query.id())
                .conversation(tenant.merchantId, tenant.agentArn, query.messageLimit()));
    }

    /** O(1). */
    @Override
    public WebchatContext getWebchatContext(ConversationId id) {
        Errors.argument(id, "conversation id");
        return tenant.read(() -> tenant.conversation(id).context);
    }

    /** O(log m + k): a binary search for {@code since}, then a copy of the k messages returned. */
    @Override
    public List<Message> getMessages(MessagesQuery query) {
        Errors.argument(query, "messages query");
        return tenant.read(() -> tenant.conversation(query.id())
                .messagesAfter(query.sinceEpochMillis(), query.limit()));
    }

    /** O(1). */
    @Override
    public UploadUrl createUploadUrl(String extension) {
        Errors.argument(extension, "extension");
        return engine.uploads().create(tenant, extension);
    }

    /** O(q · (a + e)). */
    @Override
    public List<QueueStatus> getQueueStatuses() {
        return tenant.read(tenant::queueStatuses);
    }

    /** O(log n + k · p): a rank query in the order-statistic index of the medium, then k summaries. */
    @Override
    public Page<ConversationSummary> listConversations(ConversationListQuery query) {
        Errors.argument(query, "conversation list query");
        return tenant.read(() -> tenant.list(query));
    }

    /**
     * O(1). Joining makes the agent an active participant; joining again changes nothing, and
     * rejoining after leaving clears the left time and sets a new joined time. Joining a webchat
     * conversation puts the agent in its queue (available when new there) with this chat as its last.
     */
    @Override
    public void joinConversation(ConversationId id) {
        Errors.argument(id, "conversation id");
        tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            Instant now = tenant.now();
            boolean joined = tenant.join(conversation, tenant.agentArn, tenant.agentName, now);
            if (joined) {
                tenant.publish(() -> new ConversationEvent.ParticipantUpdate(tenant.summary(conversation)));
            }
            if (joined && conversation.queueId != null) {
                QueueState queue = tenant.queue(conversation.queueId);
                queue.agentChatted(tenant.agentArn, tenant.agentName, now);
                tenant.publishQueue(queue);
            }
        });
    }

    /** O(1). Leaving a conversation the agent is not in (or has left) changes nothing. */
    @Override
    public void leaveConversation(ConversationId id) {
        Errors.argument(id, "conversation id");
        tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            if (conversation.leave(tenant.agentArn, tenant.now())) {
                tenant.publish(() -> new ConversationEvent.ParticipantUpdate(tenant.summary(conversation)));
            }
        });
    }

    /** O(1). Tells live sessions which message was the newest read. */
    @Override
    public void markRead(ConversationId id) {
        Errors.argument(id, "conversation id");
        tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            conversation.markRead(tenant.agentArn);
            Message newest = conversation.lastMessage();
            tenant.publish(() -> new ConversationEvent.MessagesRead(id,
                    newest == null ? null : newest.id(), newest == null ? null : newest.sentAt()));
        });
    }

    /**
     * O(log n + p). The agent and every requested participant (once each) join at the start time; in
     * a queue, the medium is webchat and any requested participant waiting in that queue is picked up.
     */
    @Override
    public Conversation startConversation(StartConversationRequest request) {
        Errors.argument(request, "start conversation request");
        return tenant.write(() -> {
            QueueState queue = request.queueId() == null ? null : tenant.queue(request.queueId());
            Instant at = tenant.nextStamp();
            ConversationState conversation = tenant.startConversation(queue, request.conversationArn(), at);
            tenant.join(conversation, tenant.agentArn, tenant.agentName, at);
            for (ParticipantArn participant : request.participantArns()) {
                tenant.join(conversation, participant, tenant.knownName(participant), at);
            }
            tenant.publish(() -> new ConversationEvent.NewConversation(tenant.summary(conversation)));
            if (queue != null) {
                queue.agentChatted(tenant.agentArn, tenant.agentName, at);
                request.participantArns().forEach(customer -> queue.pickUp(customer, at));
                tenant.publishQueue(queue);
            }
            return conversation.conversation(tenant.merchantId, tenant.agentArn, null);
        });
    }

    /** O(1). */
    @Override
    public void updateQueueStatus(QueueName queue, AgentStatus status) {
        Errors.argument(queue, "queue name");
        Errors.argument(status, "agent status");
        if (status == AgentStatus.UNKNOWN) {
            throw new IllegalArgumentException("agent status must be AVAILABLE, BUSY or UNAVAILABLE but was " + status);
        }
        tenant.write(() -> {
            QueueState state = tenant.queue(queue);
            if (state.setStatus(tenant.agentArn, tenant.agentName, status)) {
                tenant.publishQueue(state);
            }
        });
    }

    @Override
    public String toString() {
        return "ConversationPort[engine, merchant " + tenant.merchantId + ", agent " + tenant.agentArn + "]";
    }
}
