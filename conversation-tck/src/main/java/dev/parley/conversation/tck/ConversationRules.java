package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Operation 3: reading one conversation, whole or with its most recent messages. */
final class ConversationRules {
    private static final int MESSAGES = 5;

    private final Kit kit;

    ConversationRules(Kit kit) {
        this.kit = kit;
    }

    void returnsParticipantsAndMessages() {
        Kit.CustomerChat chat = kit.customerTexts();
        Conversation conversation = kit.get(chat.id());
        assertThat(conversation.id()).as(rule("get_01", "getConversation returns the conversation asked for"))
                .isEqualTo(chat.id());
        assertThat(conversation.medium()).as(rule("get_01", "a conversation a customer opened by SMS has medium sms"))
                .isEqualTo(Medium.SMS);
        assertThat(conversation.participants()).extracting(Participant::arn)
                .as(rule("get_01", "the customer who opened the conversation is among its participants"))
                .contains(chat.customer());
        assertThat(conversation.messages()).extracting(Message::body)
                .as(rule("get_01", "the conversation carries the customer's first message"))
                .containsExactly(chat.firstMessage());
        Message first = conversation.messages().get(0);
        assertThat(first.author()).as(rule("get_01", "a message names its author's participant ARN"))
                .isEqualTo(chat.customer());
        assertThat(first.sentAt()).as(rule("get_01", "a message carries when it was sent")).isNotNull();
    }

    void messagesAscending() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> messages = kit.get(chat.id()).messages();
        assertThat(messages).as(rule("get_02", "getConversation returns every message")).hasSize(MESSAGES);
        assertThat(messages).extracting(Message::sentAt)
                .as(rule("get_02", "messages are in chronological order, oldest first (ascending message_epoch);"
                        + " check the sort direction"))
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(messages.get(0).body()).as(rule("get_02", "the first message is the one written first"))
                .isEqualTo(chat.firstMessage());
    }

    void limitGivesMostRecentAscending() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        List<Message> all = kit.get(chat.id()).messages();
        for (int limit = 1; limit < MESSAGES; limit++) {
            List<Message> limited = kit.port().getConversation(ConversationQuery.of(chat.id()).withMessageLimit(limit))
                    .messages();
            assertThat(limited).as(rule("get_03", "with limit=" + limit + " getConversation returns only the " + limit
                    + " most recent messages, oldest of them first; check it keeps the newest, not the oldest"))
                    .containsExactlyElementsOf(all.subList(all.size() - limit, all.size()));
        }
    }

    void messageCountCountsAll() {
        Kit.CustomerChat chat = kit.customerWithMessages(MESSAGES);
        Conversation whole = kit.get(chat.id());
        assertThat(whole.summary().messageCount()).as(rule("get_04", "message_count counts every message"))
                .isEqualTo(MESSAGES).isEqualTo(whole.messages().size());
        Conversation limited = kit.port().getConversation(ConversationQuery.of(chat.id()).withMessageLimit(2));
        assertThat(limited.messages()).as(rule("get_04", "with limit=2 two messages are returned")).hasSize(2);
        assertThat(limited.summary().messageCount()).as(rule("get_04", "message_count counts all messages, not the"
                + " ones returned with a limit")).isEqualTo(MESSAGES);
    }

    void limitAboveCountGivesAll() {
        Kit.CustomerChat chat = kit.customerWithMessages(3);
        List<Message> all = kit.get(chat.id()).messages();
        for (int limit : new int[] {3, 4, 200}) {
            assertThat(kit.port().getConversation(ConversationQuery.of(chat.id()).withMessageLimit(limit)).messages())
                    .as(rule("get_05", "a limit of " + limit + ", at least the number of messages (3), returns them all"))
                    .containsExactlyElementsOf(all);
        }
    }


    void summaryDescribesLastMessage() {
        Kit.CustomerChat chat = kit.customerWithMessages(3);
        Conversation conversation = kit.get(chat.id());
        Message last = conversation.messages().get(conversation.messages().size() - 1);
        var summary = conversation.summary();
        assertThat(summary.lastMessageAt()).as(rule("get_07", "last_message_dts is the most recent message's time"))
                .isEqualTo(last.sentAt());
        assertThat(summary.lastMessageBody()).as(rule("get_07", "last_conversation_message_body is the most recent"
                + " message's text")).isEqualTo(last.body());
        assertThat(summary.lastParticipantArn()).as(rule("get_07", "last_conversation_participant_arn is the most"
                + " recent message's author")).isEqualTo(chat.customer());
        if (summary.lastParticipantName() != null) {
            assertThat(summary.lastParticipantName()).as(rule("get_07", "last_conversation_participant_name is the"
                    + " most recent message's author's name")).isEqualTo(chat.customerName());
        }
        if (summary.startedAt() != null) {
            assertThat(summary.startedAt()).as(rule("get_07", "a conversation starts no later than its first message"))
                    .isBeforeOrEqualTo(conversation.messages().get(0).sentAt());
        }
    }

    void readingChangesNothing() {
        Kit.CustomerChat chat = kit.customerWithMessages(2);
        Conversation first = kit.get(chat.id());
        kit.port().getConversation(ConversationQuery.of(chat.id()).withMessageLimit(1));
        Conversation again = kit.get(chat.id());
        assertThat(again).as(rule("get_08", "reading a conversation does not change it (nor mark it read)"))
                .isEqualTo(first);
    }

    void newMessageAppears() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.tick();
        Instant before = kit.clockOrNull();
        Message written = kit.customerWrites(chat, Kit.unique("follow-up"));
        Conversation conversation = kit.get(chat.id());
        assertThat(conversation.messages()).as(rule("get_09", "a message that arrived is the conversation's newest"))
                .last().usingRecursiveComparison().comparingOnlyFields(Kit.MESSAGE_IDENTITY).isEqualTo(written);
        assertThat(conversation.summary().messageCount()).as(rule("get_09", "message_count grows with each message"))
                .isEqualTo(2);
        Kit.assertWithin(written.sentAt(), before, kit.clockOrNull(),
                rule("get_09", "a message is stamped with the time it arrived"));
    }

    void participantLastMessageAt() {
        Kit.CustomerChat chat = kit.customerWithMessages(2);
        Conversation conversation = kit.get(chat.id());
        Message last = conversation.messages().get(conversation.messages().size() - 1);
        Participant customer = conversation.participant(chat.customer()).orElseThrow(() -> new AssertionError(rule(
                "get_01", "the customer is a participant, but participants were " + conversation.participants())));
        assertThat(customer.lastMessageAt()).as(rule("get_10", "a participant's last_message_dts is when it last"
                + " wrote")).isEqualTo(last.sentAt());
    }

    void everyAuthorIsAParticipant() {
        Kit.CustomerChat chat = kit.customerTexts();
        ParticipantArn joiner = Kit.newCustomerArn();
        kit.require(BackstageCapability.MESSAGES, "have someone new write in a conversation");
        kit.backstage().messageArrives(chat.id(), joiner, Kit.unique("Relative"), Kit.unique("me too"));
        Conversation conversation = kit.get(chat.id());
        assertThat(conversation.messages()).extracting(Message::author)
                .as(rule("get_11", "every message's author is among the conversation's participants"))
                .allMatch(author -> conversation.participant(author).isPresent());
        assertThat(conversation.participant(joiner).map(Participant::isActive))
                .as(rule("get_11", "someone who writes in a conversation is an active participant of it"))
                .contains(true);
    }
}
