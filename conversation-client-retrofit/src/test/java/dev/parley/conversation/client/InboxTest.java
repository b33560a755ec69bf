package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartTest;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example against the embedded fake, as the README shows it. */
@FakeUltraCartTest
class InboxTest {

    @Test
    void catchUpReadsUnreadConversationsAndMarksThemRead(FakeUltraCart fake) {
        FakeTenant merchant = fake.control("test-key");
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15551234567"), "Casey", "Has my order shipped?");
        ConversationPort ultracart = UltraCartConversationClient.builder()
                .baseUrl(fake.baseUrl())
                .simpleKey("test-key")
                .build();

        List<Message> arrived = Inbox.catchUp(ultracart, Instant.EPOCH);

        assertThat(arrived).extracting(Message::body).containsExactly("Has my order shipped?");
        assertThat(ultracart.getConversation(id).summary().unreadMessages()).isFalse();
    }
}
