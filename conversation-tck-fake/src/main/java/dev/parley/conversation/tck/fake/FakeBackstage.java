package dev.parley.conversation.tck.fake;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import dev.parley.conversation.tck.CustomerConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The kit's {@link Backstage} for one tenant of an embedded {@link FakeUltraCart}, through its Java
 * control plane ({@link FakeTenant}): it drives everything the kit asks for.
 *
 * <pre>{@code
 * new TckTenant(myClientFor(fake.baseUrl(), key), FakeBackstage.of(fake, key))
 * }</pre>
 */
public final class FakeBackstage implements Backstage {
    private final FakeTenant tenant;

    private FakeBackstage(FakeTenant tenant) {
        this.tenant = tenant;
    }

    /**
     * The backstage of the tenant of {@code credential} on {@code fake}.
     *
     * @param fake       a started fake
     * @param credential the tenant's credential (the key the port under test presents)
     * @return its backstage
     * @throws NullPointerException when an argument is null
     */
    public static FakeBackstage of(FakeUltraCart fake, String credential) {
        Objects.requireNonNull(fake, "fake must not be null");
        Objects.requireNonNull(credential, "credential must not be null");
        return new FakeBackstage(fake.control(credential));
    }

    /**
     * The backstage of one tenant's control plane.
     *
     * @param tenant the tenant, from {@link FakeUltraCart#control(String)}
     * @return its backstage
     * @throws NullPointerException when {@code tenant} is null
     */
    public static FakeBackstage of(FakeTenant tenant) {
        return new FakeBackstage(Objects.requireNonNull(tenant, "tenant must not be null"));
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        return Capabilities.REST;
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
    public String toString() {
        return "FakeBackstage[" + tenant.merchantId() + "]";
    }
}
