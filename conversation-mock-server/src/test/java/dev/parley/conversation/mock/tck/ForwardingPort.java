package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
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
import java.util.List;

/**
 * A port that hands every operation to another: the base of the deliberately broken ports, which
 * override the one operation they break. {@code streamConversations} is left to the interface's
 * default so that it walks this port's (possibly broken) listing.
 */
class ForwardingPort implements ConversationPort {
    final ConversationPort delegate;

    ForwardingPort(ConversationPort delegate) {
        this.delegate = delegate;
    }

    @Override
    public void keepAlive() {
        delegate.keepAlive();
    }

    @Override
    public AgentAuthorization authorizeAgent() {
        return delegate.authorizeAgent();
    }

    @Override
    public Conversation getConversation(ConversationQuery query) {
        return delegate.getConversation(query);
    }

    @Override
    public WebchatContext getWebchatContext(ConversationId id) {
        return delegate.getWebchatContext(id);
    }

    @Override
    public List<Message> getMessages(MessagesQuery query) {
        return delegate.getMessages(query);
    }

    @Override
    public UploadUrl createUploadUrl(String extension) {
        return delegate.createUploadUrl(extension);
    }

    @Override
    public List<QueueStatus> getQueueStatuses() {
        return delegate.getQueueStatuses();
    }

    @Override
    public Page<ConversationSummary> listConversations(ConversationListQuery query) {
        return delegate.listConversations(query);
    }

    @Override
    public void joinConversation(ConversationId id) {
        delegate.joinConversation(id);
    }

    @Override
    public void leaveConversation(ConversationId id) {
        delegate.leaveConversation(id);
    }

    @Override
    public void markRead(ConversationId id) {
        delegate.markRead(id);
    }

    @Override
    public Conversation startConversation(StartConversationRequest request) {
        return delegate.startConversation(request);
    }

    @Override
    public void updateQueueStatus(QueueName queue, AgentStatus status) {
        delegate.updateQueueStatus(queue, status);
    }
}
