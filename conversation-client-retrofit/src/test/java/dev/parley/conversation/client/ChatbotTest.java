package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartTest;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's chatbot against the embedded fake, as the README shows it. */
@FakeUltraCartTest
class ChatbotTest {

    @Test
    void theBotAnswersEveryCustomerMessage(FakeUltraCart fake) throws Exception {
        FakeTenant merchant = fake.control("test-key");
        ParticipantArn casey = ParticipantArn.of("arn:customer:+15551234567");
        UltraCartConversationClient ultracart = UltraCartConversationClient.builder()
                .baseUrl(fake.baseUrl())
                .simpleKey("test-key")
                .build();
        RecordingListener console = new RecordingListener();

        try (AgentSession bot = Chatbot.answerEveryCustomer(ultracart, question -> "You asked: " + question);
             AgentSession watching = ultracart.realtime().connect(console)) {
            ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, casey, "Casey", "Has my order shipped?");
            merchant.addMessage(id, casey, "Casey", "Can I change the address?");

            assertThat(console.nextMessages(4)).extracting(Message::body).containsExactlyInAnyOrder(
                    "Has my order shipped?", "Can I change the address?",
                    "You asked: Has my order shipped?", "You asked: Can I change the address?");
            List<Message> stored = ultracart.getMessages(MessagesQuery.all(id));
            assertThat(stored).filteredOn(m -> m.body().startsWith("You asked: "))
                    .extracting(Message::author).containsOnly(merchant.agentArn()).hasSize(2);
        }
    }
}
