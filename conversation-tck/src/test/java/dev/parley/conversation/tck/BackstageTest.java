package dev.parley.conversation.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackstageTest {
    private final Backstage none = Backstage.none("UltraCart cannot be driven from a test");
    private final ParticipantArn customer = ParticipantArn.of("arn:customer:1");

    @Test
    void noneDeclinesEveryCapabilityGivingItsReason() {
        assertThat(none.capabilities()).isEmpty();
        for (BackstageCapability capability : BackstageCapability.values()) {
            assertThat(none.whyDeclined(capability)).isEqualTo("UltraCart cannot be driven from a test");
        }
    }

    @Test
    void noneRefusesEveryCallNamingTheCapability() {
        ConversationId id = ConversationId.of("c-1");
        QueueName queue = QueueName.of("q");
        assertThatThrownBy(() -> none.customerStartsConversation(CustomerConversation.sms(customer, "Ada", "hi")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("CUSTOMER_CONVERSATIONS");
        assertThatThrownBy(() -> none.messageArrives(id, customer, "Ada", "hi")).hasMessageContaining("MESSAGES");
        assertThatThrownBy(() -> none.recordWebchatContext(id, WebchatContext.EMPTY))
                .hasMessageContaining("WEBCHAT_CONTEXT");
        assertThatThrownBy(() -> none.createQueue(queue)).hasMessageContaining("QUEUES");
        assertThatThrownBy(() -> none.customerWaits(queue, customer, "Ada", "a@example.com", "?"))
                .hasMessageContaining("QUEUES");
        assertThatThrownBy(() -> none.advanceClock(Duration.ofSeconds(1))).hasMessageContaining("CLOCK");
        assertThatThrownBy(none::now).hasMessage("backstage declines CLOCK: UltraCart cannot be driven from a test");
        assertThatThrownBy(() -> Backstage.none(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBackstageThatGivesNoReasonStillSaysItDeclines() {
        Backstage partial = new Backstage() {
            @Override
            public Set<BackstageCapability> capabilities() {
                return Set.of(BackstageCapability.CLOCK);
            }

            @Override
            public ConversationId customerStartsConversation(CustomerConversation conversation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Message messageArrives(ConversationId c, ParticipantArn a, String n,
                                                                         String b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void recordWebchatContext(ConversationId conversation, WebchatContext context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public QueueId createQueue(QueueName queue) {
                throw new UnsupportedOperationException();
            }

            @Override
            public QueueEntry customerWaits(QueueName q, ParticipantArn c, String n,
                                                                           String e, String question) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void advanceClock(Duration by) {
            }

            @Override
            public Instant now() {
                return Instant.EPOCH;
            }
        };
        assertThat(partial.whyDeclined(BackstageCapability.MESSAGES)).isEqualTo("this backstage does not offer it");
    }

    @Test
    void aCustomerConversationIsSmsOrAWebchatInAQueue() {
        assertThat(CustomerConversation.sms(customer, "Ada", "hi").queue()).isNull();
        assertThat(CustomerConversation.webchat(QueueName.of("q"), customer, "Ada", null).medium())
                .isEqualTo(Medium.WEBSOCKET);
        assertThatThrownBy(() -> new CustomerConversation(Medium.WEBSOCKET, null, customer, "Ada", "hi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a queue");
        assertThatThrownBy(() -> new CustomerConversation(Medium.UNKNOWN, null, customer, "Ada", "hi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
        assertThatThrownBy(() -> new CustomerConversation(null, null, customer, "Ada", "hi"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("medium");
        assertThatThrownBy(() -> new TckTenant(null, none)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("port");
    }
}
