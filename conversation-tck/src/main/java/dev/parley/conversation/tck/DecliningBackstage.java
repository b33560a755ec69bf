package dev.parley.conversation.tck;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** {@link Backstage#none}: declines everything, and says so if called anyway. */
final class DecliningBackstage implements Backstage {
    private final String reason;

    DecliningBackstage(String reason) {
        this.reason = reason;
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        return Set.of();
    }

    @Override
    public String whyDeclined(BackstageCapability capability) {
        return reason;
    }

    @Override
    public ConversationId customerStartsConversation(CustomerConversation conversation) {
        throw declined(BackstageCapability.CUSTOMER_CONVERSATIONS);
    }

    @Override
    public Message messageArrives(ConversationId conversation, ParticipantArn author, String authorName, String body) {
        throw declined(BackstageCapability.MESSAGES);
    }

    @Override
    public void recordWebchatContext(ConversationId conversation, WebchatContext context) {
        throw declined(BackstageCapability.WEBCHAT_CONTEXT);
    }

    @Override
    public QueueId createQueue(QueueName queue) {
        throw declined(BackstageCapability.QUEUES);
    }

    @Override
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email, String question) {
        throw declined(BackstageCapability.QUEUES);
    }

    @Override
    public void advanceClock(Duration by) {
        throw declined(BackstageCapability.CLOCK);
    }

    @Override
    public Instant now() {
        throw declined(BackstageCapability.CLOCK);
    }

    private UnsupportedOperationException declined(BackstageCapability capability) {
        return new UnsupportedOperationException("backstage declines " + capability + ": " + reason);
    }
}
