package dev.parley.conversation.client;

import dev.parley.conversation.client.AsyncConversationClient;
import dev.parley.conversation.client.UltraCartConversationClient;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public final class NewestConversations {

    /** The last message of each of the newest conversations, without a thread waiting for the answer. */
    public static CompletableFuture<List<String>> lastMessages(UltraCartConversationClient ultracart) {
        AsyncConversationClient async = ultracart.async();
        return async.listConversations(ConversationListQuery.all().withLimit(20))
                .thenApply(Page::items)
                .thenApply(items -> items.stream().map(ConversationSummary::lastMessageBody).toList());
    }
}
