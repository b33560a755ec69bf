package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The README's complete example, kept here so that it compiles and runs ({@link InboxTest}). */
public final class Inbox {

    public static void main(String[] args) {
        try (UltraCartConversationClient ultracart = UltraCartConversationClient.builder()
                .simpleKey(System.getenv("ULTRACART_SIMPLE_KEY"))
                .build()) {
            for (Message message : catchUp(ultracart, Instant.now().minus(Duration.ofHours(1)))) {
                System.out.println(message.authorName() + ": " + message.body());
            }
        }
    }

    /** Reads what arrived since {@code since} in every unread conversation, marking each read. */
    public static List<Message> catchUp(ConversationPort ultracart, Instant since) {
        List<Message> arrived = new ArrayList<>();
        Page<ConversationSummary> newest = ultracart.listConversations(ConversationListQuery.all().withLimit(50));
        for (ConversationSummary conversation : newest.items()) {
            if (!conversation.unreadMessages()) {
                continue;
            }
            ConversationId id = conversation.id();
            arrived.addAll(ultracart.getMessages(MessagesQuery.since(id, since)));
            ultracart.joinConversation(id);
            ultracart.markRead(id);
            ultracart.leaveConversation(id);
        }
        return arrived;
    }
}
