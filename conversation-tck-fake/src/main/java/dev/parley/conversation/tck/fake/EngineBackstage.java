package dev.parley.conversation.tck.fake;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.engine.TenantControl;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import dev.parley.conversation.tck.CustomerConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The kit's {@link Backstage} for one tenant of an in-memory {@link ConversationEngine}, through its
 * control ({@link TenantControl}): it drives everything the kit asks for, the realtime rules' closed
 * conversations, customer typing and delivery statuses included, except dropping sockets (the engine's
 * sessions are in-process and have none).
 *
 * <pre>{@code
 * new TckTenant(engine.port(key), EngineBackstage.of(engine, key))
 * }</pre>
 */
public sealed class EngineBackstage implements Backstage permits FakeBackstage {
    private final TenantControl tenant;

    EngineBackstage(TenantControl tenant) {
        this.tenant = tenant;
    }

    /**
     * The backstage of the tenant of {@code credential} in {@code engine}.
     *
     * @param engine     the engine
     * @param credential the tenant's credential (the key the port under test presents)
     * @return its backstage
     * @throws NullPointerException when an argument is null
     */
    public static EngineBackstage of(ConversationEngine engine, String credential) {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(credential, "credential must not be null");
        return new EngineBackstage(engine.control(credential));
    }

    /**
     * The backstage of one tenant's control plane.
     *
     * @param tenant the tenant's control, from {@link ConversationEngine#control(String)}
     * @return its backstage
     * @throws NullPointerException when {@code tenant} is null
     */
    public static EngineBackstage of(TenantControl tenant) {
        return new EngineBackstage(Objects.requireNonNull(tenant, "tenant must not be null"));
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        return Capabilities.ENGINE;
    }

    @Override
    public ConversationId customerStartsConversation(CustomerConversation conversation) {
        return tenant.customerStartsConversation(conversation.medium(), conversation.queue(),
                conversation.customerArn(), conversation.customerName(), conversation.firstMessage());
    }

    @Override
    public Message messageArrives(ConversationId conversation, ParticipantArn author, String authorName, String body) {
        return tenant.addMessage(conversation, author, authorName, body);
    }

    @Override
    public void recordWebchatContext(ConversationId conversation, WebchatContext context) {
        tenant.recordWebchatContext(conversation, context);
    }

    @Override
    public QueueId createQueue(QueueName queue) {
        return tenant.createQueue(queue);
    }

    @Override
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email,
                                    String question) {
        return tenant.customerWaits(queue, customer, name, email, question);
    }

    @Override
    public void advanceClock(Duration by) {
        tenant.advanceClock(by);
    }

    @Override
    public Instant now() {
        return tenant.now();
    }

    @Override
    public void closeConversation(ConversationId conversation) {
        tenant.closeConversation(conversation);
    }

    @Override
    public void customerTypes(ConversationId conversation, ParticipantArn customer, String value) {
        tenant.typing(conversation, customer, value);
    }

    @Override
    public void changeTransportStatus(ConversationId conversation, MessageId message, DeliveryStatus status) {
        tenant.setTransportStatus(conversation, message, status);
    }

    @Override
    public String whyDeclined(BackstageCapability capability) {
        return capability == BackstageCapability.DROP_SOCKETS
                ? "the engine's sessions are in-process and have no socket to drop" : Backstage.super.whyDeclined(capability);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + tenant.merchantId() + "]";
    }
}
