package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Participant;
import java.time.Instant;
import java.util.Objects;

/** Operations 9, 10 and 11: joining, leaving and marking a conversation read. */
final class ParticipationRules {
    private final Kit kit;

    ParticipationRules(Kit kit) {
        this.kit = kit;
    }

    // ---- operation 9: join ----------------------------------------------------------------------

    void joinMakesAgentParticipant() {
        Kit.CustomerChat chat = kit.customerTexts();
        boolean wasParticipant = !kit.agentEntries(kit.get(chat.id())).isEmpty();
        kit.tick();
        Instant from = kit.clockOrNull();
        kit.port().joinConversation(chat.id());
        Instant to = kit.clockOrNull();
        Conversation joined = kit.get(chat.id());
        Participant me = kit.agentEntry(joined, "join_01", "after joining");
        assertThat(me.leftAt()).as(rule("join_01", "a participant who just joined has not left (no left_dts)")).isNull();
        assertThat(me.isActive()).as(rule("join_01", "the agent is active in the conversation it joined")).isTrue();
        assertThat(me.joinedAt()).as(rule("join_01", "the agent's participant entry has joined_dts set")).isNotNull();
        if (!wasParticipant) {
            Kit.assertWithin(me.joinedAt(), from, to, rule("join_01", "joined_dts is when the agent joined"));
        }
        assertThat(joined.participants()).extracting(Participant::arn)
                .as(rule("join_01", "joining keeps the customer a participant")).contains(chat.customer());
    }

    void joinAgainChangesNothing() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        Conversation once = kit.get(chat.id());
        kit.tick();
        kit.port().joinConversation(chat.id());
        kit.port().joinConversation(chat.id());
        Conversation thrice = kit.get(chat.id());
        kit.agentEntry(thrice, "join_02", "after joining three times");
        assertThat(thrice.participants()).as(rule("join_02", "joining again changes nothing: the same participants,"
                + " the agent's entry unchanged (joined_dts kept)")).isEqualTo(once.participants());
        assertThat(thrice).as(rule("join_02", "joining again changes nothing in the conversation")).isEqualTo(once);
    }

    void joinStartedConversationKeepsOneEntry() {
        Conversation started = kit.agentStartsSms();
        Participant before = kit.agentEntry(kit.get(started.id()), "join_03", "in a conversation the agent started");
        kit.port().joinConversation(started.id());
        Conversation after = kit.get(started.id());
        assertThat(kit.agentEntry(after, "join_03", "after joining a conversation the agent started")).as(rule(
                "join_03", "joining a conversation the agent is already in changes nothing")).isEqualTo(before);
    }

    void rejoinKeepsOneEntry() {
        ConversationId id = kit.agentStartsSms().id();
        kit.port().leaveConversation(id);
        kit.tick();
        kit.port().joinConversation(id);
        kit.agentEntry(kit.get(id), "join_04", "after leaving and joining again");
    }

    void rejoinMakesActive() {
        ConversationId id = kit.agentStartsSms().id();
        kit.port().leaveConversation(id);
        kit.tick();
        kit.port().joinConversation(id);
        Participant me = kit.agentEntry(kit.get(id), "join_05", "after leaving and joining again");
        assertThat(me.leftAt()).as(rule("join_05", "an agent who joins again after leaving is active again (its"
                + " left_dts cleared)")).isNull();
    }

    void joinLeavesOthersAlone() {
        Kit.CustomerChat chat = kit.customerTexts();
        Participant customer = customerEntry(kit.get(chat.id()));
        kit.port().joinConversation(chat.id());
        assertThat(customerEntry(kit.get(chat.id()))).as(rule("join_06", "the agent joining leaves the customer's"
                + " participant entry as it was")).isEqualTo(customer);
        assertThat(kit.get(chat.id()).messages()).extracting(m -> m.body())
                .as(rule("join_06", "joining leaves the messages as they were")).containsExactly(chat.firstMessage());
    }

    // ---- operation 10: leave --------------------------------------------------------------------

    void leaveSetsLeftAt() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        Participant joined = kit.agentEntry(kit.get(chat.id()), "leave_01", "after joining");
        kit.tick();
        Instant from = kit.clockOrNull();
        kit.port().leaveConversation(chat.id());
        Instant to = kit.clockOrNull();
        Participant left = kit.agentEntry(kit.get(chat.id()), "leave_01", "after leaving (the entry stays, with"
                + " left_dts)");
        assertThat(left.leftAt()).as(rule("leave_01", "the agent's participant entry gets left_dts")).isNotNull();
        Kit.assertWithin(left.leftAt(), from, to, rule("leave_01", "left_dts is when the agent left"));
        assertThat(left.leftAt()).as(rule("leave_01", "an agent leaves no earlier than it joined"))
                .isAfterOrEqualTo(joined.joinedAt());
        assertThat(left.joinedAt()).as(rule("leave_01", "leaving keeps joined_dts")).isEqualTo(joined.joinedAt());
        assertThat(left.isActive()).as(rule("leave_01", "an agent who left is not active")).isFalse();
    }

    void leaveNotJoinedChangesNothing() {
        Kit.CustomerChat chat = kit.customerTexts();
        Conversation before = kit.get(chat.id());
        kit.port().leaveConversation(chat.id());
        assertThat(kit.get(chat.id())).as(rule("leave_02", "leaving a conversation the agent is not in changes"
                + " nothing (no participant entry is added)")).isEqualTo(before);
    }

    void leaveTwiceChangesNothing() {
        ConversationId id = kit.agentStartsSms().id();
        kit.port().leaveConversation(id);
        Conversation once = kit.get(id);
        kit.tick();
        kit.port().leaveConversation(id);
        assertThat(kit.get(id)).as(rule("leave_03", "leaving again changes nothing: left_dts keeps the first"
                + " leaving's time")).isEqualTo(once);
    }

    void leaveStartedConversation() {
        Conversation started = kit.agentStartsSms();
        kit.port().leaveConversation(started.id());
        Participant me = kit.agentEntry(kit.get(started.id()), "leave_04", "after leaving a conversation it started");
        assertThat(me.leftAt()).as(rule("leave_04", "the agent who started a conversation can leave it: its entry"
                + " gets left_dts")).isNotNull();
        for (Participant other : kit.get(started.id()).participants()) {
            if (!other.arn().equals(kit.agentArn())) {
                assertThat(other.leftAt()).as(rule("leave_04", "the agent leaving does not make " + other.arn()
                        + " leave")).isNull();
            }
        }
    }

    // ---- operation 11: mark read ----------------------------------------------------------------

    void markReadClearsUnread() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        kit.port().markRead(chat.id());
        Conversation read = kit.get(chat.id());
        assertThat(read.summary().unreadMessages()).as(rule("markread_01", "after markread the conversation's"
                + " unread_messages is false for this agent")).isFalse();
        assertThat(kit.agentEntry(read, "markread_01", "after joining").unreadMessages())
                .as(rule("markread_01", "after markread the agent's participant unread_messages is 0")).isZero();
        assertThat(kit.listedOrFail(chat.id(), "markread_01").unreadMessages())
                .as(rule("markread_01", "after markread the listing shows the conversation read")).isFalse();
    }

    void newMessageMakesUnreadAgain() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        kit.port().markRead(chat.id());
        kit.tick();
        kit.customerWrites(chat, Kit.unique("are you there?"));
        Conversation unread = kit.get(chat.id());
        assertThat(unread.summary().unreadMessages()).as(rule("markread_02", "a new message from the customer"
                + " after markread makes the conversation unread again for the agent")).isTrue();
        assertThat(kit.agentEntry(unread, "markread_02", "after joining").unreadMessages())
                .as(rule("markread_02", "a new message from the customer counts as unread for the agent"))
                .isPositive();
        assertThat(kit.listedOrFail(chat.id(), "markread_02").unreadMessages())
                .as(rule("markread_02", "the listing shows the conversation unread again")).isTrue();
        kit.port().markRead(chat.id());
        assertThat(kit.get(chat.id()).summary().unreadMessages())
                .as(rule("markread_02", "marking read again clears it again")).isFalse();
    }

    void markReadTwiceChangesNothing() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        kit.port().markRead(chat.id());
        Conversation once = kit.get(chat.id());
        kit.tick();
        kit.port().markRead(chat.id());
        assertThat(kit.get(chat.id())).as(rule("markread_03", "marking a read conversation read again changes nothing"))
                .isEqualTo(once);
    }

    void ownMessageKeepsRead() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.require(BackstageCapability.MESSAGES, "have the agent write from another console");
        kit.port().joinConversation(chat.id());
        kit.port().markRead(chat.id());
        kit.tick();
        kit.backstage().messageArrives(chat.id(), kit.agentArn(),
                Objects.requireNonNullElse(kit.agent().agentName(), "Agent"), Kit.unique("on it"));
        Conversation after = kit.get(chat.id());
        assertThat(after.summary().unreadMessages()).as(rule("markread_04", "the agent's own message does not make"
                + " the conversation unread for it (only a message from someone else does)")).isFalse();
        assertThat(kit.agentEntry(after, "markread_04", "after joining").unreadMessages())
                .as(rule("markread_04", "the agent's own message is not unread for it")).isZero();
    }

    void markReadWithoutJoining() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().markRead(chat.id());
        assertThat(kit.get(chat.id()).summary().unreadMessages()).as(rule("markread_05", "markread clears"
                + " unread_messages for this agent also when it has not joined")).isFalse();
    }

    void participantUnreadCountsNewMessages() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.port().joinConversation(chat.id());
        kit.port().markRead(chat.id());
        for (int i = 1; i <= 3; i++) {
            kit.tick();
            kit.customerWrites(chat, Kit.unique("ping " + i));
            assertThat(kit.agentEntry(kit.get(chat.id()), "markread_06", "after joining").unreadMessages())
                    .as(rule("markread_06", "the agent's participant unread_messages counts the messages from others"
                            + " since it marked the conversation read")).isEqualTo(i);
        }
    }

    void markReadStartedConversation() {
        Conversation started = kit.agentStartsSms();
        kit.port().markRead(started.id());
        Conversation read = kit.get(started.id());
        assertThat(read.summary().unreadMessages()).as(rule("markread_07", "a conversation the agent started and"
                + " marked read is read")).isFalse();
        assertThat(kit.agentEntry(read, "markread_07", "in a conversation it started").unreadMessages())
                .as(rule("markread_07", "after markread the agent's participant unread_messages is 0")).isZero();
    }

    private Participant customerEntry(Conversation conversation) {
        return conversation.participants().stream().filter(p -> !p.arn().equals(kit.agentArn())).findFirst()
                .orElseThrow(() -> new AssertionError(rule("get_01", "a customer conversation has its customer as a"
                        + " participant, but participants were " + conversation.participants())));
    }
}
