package dev.parley.conversation.domain;

import java.util.List;

/** A port that fails every call; tests override what they need. */
class UnsupportedPort implements ConversationPort {
    @Override
    public void keepAlive() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentAuthorization authorizeAgent() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Conversation getConversation(ConversationQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WebchatContext getWebchatContext(ConversationId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Message> getMessages(MessagesQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UploadUrl createUploadUrl(String extension) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<QueueStatus> getQueueStatuses() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<ConversationSummary> listConversations(ConversationListQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void joinConversation(ConversationId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void leaveConversation(ConversationId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markRead(ConversationId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Conversation startConversation(StartConversationRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void updateQueueStatus(QueueName queue, AgentStatus status) {
        throw new UnsupportedOperationException();
    }
}
