package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.engine.TenantControl;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import dev.parley.conversation.tck.CustomerConversation;
import dev.parley.conversation.tck.TckTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The engine's {@link TenantControl} as the kit's {@link Backstage}: it can drive everything. */
final class EngineBackstage implements Backstage {
    private final TenantControl control;

    private EngineBackstage(TenantControl control) {
        this.control = control;
    }

    /** A fresh tenant of {@code engine} under a random credential, its port passed through {@code decorate}. */
    static TckTenant newTenant(ConversationEngine engine, UnaryOperator<ConversationPort> decorate) {
        String credential = "tck-" + UUID.randomUUID();
        return new TckTenant(decorate.apply(engine.port(credential)), new EngineBackstage(engine.control(credential)))
                .withRealtime(engine.realtime(credential));
    }

    /** A port of {@code engine} whose credential the control plane refuses. */
    static ConversationPort refusedPort(ConversationEngine engine) {
        String credential = "tck-refused-" + UUID.randomUUID();
        engine.control(credential).refuseCredential(true);
        return engine.port(credential);
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        return EnumSet.of(BackstageCapability.CUSTOMER_CONVERSATIONS, BackstageCapability.MESSAGES,
                BackstageCapability.WEBCHAT_CONTEXT, BackstageCapability.QUEUES, BackstageCapability.CLOCK,
                BackstageCapability.CLOSE_CONVERSATIONS, BackstageCapability.CUSTOMER_TYPING,
                BackstageCapability.TRANSPORT_STATUSES);
    }

    @Override
    public String whyDeclined(BackstageCapability capability) {
        return "the engine's sessions are in-process and have no socket to drop";
    }

    @Override
    public void closeConversation(ConversationId conversation) {
        control.closeConversation(conversation);
    }

    @Override
    public void customerTypes(ConversationId conversation, ParticipantArn customer, String value) {
        control.typing(conversation, customer, value);
    }

    @Override
    public void changeTransportStatus(ConversationId conversation, MessageId message, DeliveryStatus status) {
        control.setTransportStatus(conversation, message, status);
    }

    @Override
    public ConversationId customerStartsConversation(CustomerConversation conversation) {
        return control.customerStartsConversation(conversation.medium(), conversation.queue(),
                conversation.customerArn(), conversation.customerName(), conversation.firstMessage());
    }

    @Override
    public Message messageArrives(ConversationId conversation, ParticipantArn author, String authorName, String body) {
        return control.addMessage(conversation, author, authorName, body);
    }

    @Override
    public void recordWebchatContext(ConversationId conversation, WebchatContext context) {
        control.recordWebchatContext(conversation, context);
    }

    @Override
    public QueueId createQueue(QueueName queue) {
        return control.createQueue(queue);
    }

    @Override
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email,
                                    String question) {
        return control.customerWaits(queue, customer, name, email, question);
    }

    @Override
    public void advanceClock(Duration by) {
        control.advanceClock(by);
    }

    @Override
    public Instant now() {
        return control.now();
    }
}
