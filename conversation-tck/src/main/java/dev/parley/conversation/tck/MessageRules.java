package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Operation 5: the messages sent after an instant, for clients that poll. */
final class MessageRules {
    private static final int MESSAGES = 5;

    private final Kit kit;

    MessageRules(Kit kit) {
        this.kit = kit;
    }

    /** Five customer messages, as getConversation reads them (the reference the rules compare with). */
    private List<Message> fiveMessages(Kit.CustomerChat chat) {
        List<Message> all = kit.get(chat.id()).messages();
        assertThat(all).as(rule("get_01", "getConversation returns the " + MESSAGES + " messages written"))
                .hasSize(MESSAGES);
        return all;
    }

    void sinceEpochGivesAllAscending() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> all = fiveMessages(chat);
        List<Message> read = kit.port().getMessages(MessagesQuery.all(chat.id()));
        assertThat(read).extracting(Message::sentAt)
                .as(rule("messages_01", "messages come oldest first (ascending message_epoch)"))
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(read).as(rule("messages_01", "since the epoch (0) every message is returned, the same ones"
                + " getConversation returns")).containsExactlyElementsOf(all);
    }

    void sinceIsExclusive() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> all = fiveMessages(chat);
        for (Message pivot : all) {
            Instant since = pivot.sentAt();
            List<Message> expected = all.stream().filter(m -> m.sentAt().isAfter(since)).collect(Collectors.toList());
            List<Message> read = kit.port().getMessages(MessagesQuery.since(chat.id(), since));
            assertThat(read).as(rule("messages_02", "since=" + since.toEpochMilli() + " returns only messages with"
                    + " message_epoch > since, strictly; check the comparison is exclusive (a message sent at exactly"
                    + " 'since' was already seen)")).containsExactlyElementsOf(expected);
        }
    }

    void sinceJustBeforeIncludes() {
        Kit.CustomerChat chat = kit.customerWithMessages(2);
        List<Message> all = kit.get(chat.id()).messages();
        Message last = all.get(all.size() - 1);
        List<Message> read = kit.port().getMessages(MessagesQuery.since(chat.id(), last.sentAt().minusMillis(1)));
        assertThat(read).as(rule("messages_03", "since one millisecond before a message returns that message;"
                + " check 'since' is compared at millisecond precision")).contains(last);
    }

    void limitTakesFirst() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> all = fiveMessages(chat);
        for (int limit = 1; limit <= MESSAGES + 1; limit++) {
            List<Message> read = kit.port().getMessages(MessagesQuery.all(chat.id()).withLimit(limit));
            assertThat(read).as(rule("messages_04", "with limit=" + limit + " the first (oldest) " + limit
                    + " of the messages after 'since' are returned; check the limit keeps the oldest, not the newest"))
                    .containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
        }
        Instant since = all.get(1).sentAt();
        assertThat(kit.port().getMessages(MessagesQuery.since(chat.id(), since).withLimit(2)))
                .as(rule("messages_04", "the limit applies after the 'since' filter: since the 2nd message, limit 2"
                        + " gives the 3rd and 4th")).containsExactlyElementsOf(all.subList(2, 4));
    }

    void pagingForwardVisitsEachOnce() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> all = fiveMessages(chat);
        kit.requireDistinct(all.stream().map(Message::sentAt).collect(Collectors.toList()),
                "page forward by the last epoch seen");
        for (int pageSize = 1; pageSize <= 3; pageSize++) {
            List<Message> visited = new ArrayList<>();
            Instant since = Instant.EPOCH;
            for (int calls = 0; calls <= MESSAGES + 1; calls++) {
                List<Message> page = kit.port().getMessages(new MessagesQuery(chat.id(), since, pageSize));
                assertThat(page.size()).as(rule("messages_05", "a page holds at most limit=" + pageSize + " messages"))
                        .isLessThanOrEqualTo(pageSize);
                if (page.isEmpty()) {
                    break;
                }
                visited.addAll(page);
                since = page.get(page.size() - 1).sentAt();
            }
            assertThat(visited).as(rule("messages_05", "paging forward with limit=" + pageSize + " by passing the"
                    + " last epoch seen as 'since' visits every message exactly once, in order"))
                    .containsExactlyElementsOf(all);
        }
    }

    void sinceLastGivesNothing() {
        Kit.CustomerChat chat = kit.customerWithMessages(2);
        List<Message> all = kit.get(chat.id()).messages();
        Instant last = all.get(all.size() - 1).sentAt();
        assertThat(kit.port().getMessages(MessagesQuery.since(chat.id(), last)))
                .as(rule("messages_06", "since the newest message's epoch nothing is returned")).isEmpty();
        assertThat(kit.port().getMessages(MessagesQuery.since(chat.id(), last.plusSeconds(3600))))
                .as(rule("messages_06", "since a time after every message nothing is returned")).isEmpty();
    }

    void pollingSeesExactlyTheNewMessage() {
        Kit.CustomerChat chat = kit.customerTexts();
        List<Message> seen = kit.port().getMessages(MessagesQuery.all(chat.id()));
        assertThat(seen).as(rule("messages_07", "the customer's first message is there to poll")).hasSize(1);
        kit.tick();
        Message arrived = kit.customerWrites(chat, Kit.unique("new"));
        kit.requireDistinct(List.of(seen.get(0).sentAt(), arrived.sentAt()), "poll by the last epoch seen");
        List<Message> polled = kit.port().getMessages(MessagesQuery.since(chat.id(), seen.get(0).sentAt()));
        assertThat(polled).as(rule("messages_07", "polling since the last epoch seen returns exactly the message that"
                + " arrived since")).hasSize(1);
        assertThat(polled.get(0)).as(rule("messages_07", "the polled message is the one that arrived"))
                .usingRecursiveComparison().comparingOnlyFields(Kit.MESSAGE_IDENTITY).isEqualTo(arrived);
    }

}
