package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The README's chatbot, kept here so that it compiles and runs ({@link ChatbotTest}). */
public final class Chatbot {

    public static void main(String[] args) throws InterruptedException {
        UltraCartConversationClient ultracart = UltraCartConversationClient.builder()
                .simpleKey(System.getenv("ULTRACART_SIMPLE_KEY"))
                .build();
        try (AgentSession bot = answerEveryCustomer(ultracart, question -> "Thanks! You asked: " + question)) {
            Thread.currentThread().join(); // answers until the process is stopped
        }
    }

    /** Joins each conversation a customer writes in and answers every customer message with {@code reply}. */
    public static AgentSession answerEveryCustomer(UltraCartConversationClient ultracart, UnaryOperator<String> reply) {
        ParticipantArn me = ultracart.authorizeAgent().agentArn();
        Set<ConversationId> joined = ConcurrentHashMap.newKeySet();
        CompletableFuture<AgentSession> session = new CompletableFuture<>();
        session.complete(ultracart.realtime().connect(event -> {
            if (event instanceof ConversationEvent.NewMessage m && !me.equals(m.message().author())) {
                if (joined.add(m.conversation())) {
                    ultracart.joinConversation(m.conversation());
                }
                session.join().sendMessage(OutgoingMessage.text(m.conversation(), reply.apply(m.message().body())));
            }
        }));
        return session.join();
    }
}
