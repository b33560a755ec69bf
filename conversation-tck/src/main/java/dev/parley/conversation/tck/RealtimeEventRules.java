package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationEvent.ConversationClosed;
import dev.parley.conversation.domain.ConversationEvent.MessageUpdated;
import dev.parley.conversation.domain.ConversationEvent.MessagesRead;
import dev.parley.conversation.domain.ConversationEvent.NewConversation;
import dev.parley.conversation.domain.ConversationEvent.NewMessage;
import dev.parley.conversation.domain.ConversationEvent.NewMessageSummary;
import dev.parley.conversation.domain.ConversationEvent.ParticipantUpdate;
import dev.parley.conversation.domain.ConversationEvent.QueueStatusUpdate;
import dev.parley.conversation.domain.ConversationEvent.Typing;
import dev.parley.conversation.domain.ConversationEvent.WebchatContextChanged;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.WebchatContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The realtime channel, what the server sends: each change of the contract's table reaches the
 * merchant's sessions as its event, after the change, in order, and never another merchant's.
 */
final class RealtimeEventRules {
    private final Kit kit;

    /** Skips the rule at once when the tenant has no realtime port, before anything is set up. */
    RealtimeEventRules(Kit kit) {
        this.kit = kit;
        kit.realtime();
    }

    // ---- the table of events ------------------------------------------------------------------

    void startedConversationAnnounced() {
        Kit.Live live = kit.connect("the agent's session");
        Conversation started = kit.agentStartsSms();
        NewConversation event = live.events().await(NewConversation.class, e -> e.summary().id().equals(started.id()),
                "realtime_01", "a NewConversation event for the conversation the agent just started, "
                        + started.id());
        assertThat(participantArns(event.summary())).as(rule("realtime_01", "the new conversation's summary lists its"
                + " participants, the agent included")).contains(kit.agentArn());
        assertThat(event.summary().merchantId()).as(rule("realtime_01", "the new conversation is the merchant's"))
                .isIn(null, kit.agent().merchantId());
    }

    void customerConversationAnnounced() {
        Kit.Live live = kit.connect("the agent's session");
        Kit.CustomerChat chat = kit.customerTexts();
        live.events().await(NewConversation.class, e -> e.summary().id().equals(chat.id()), "realtime_02",
                "a NewConversation event for the conversation a customer just opened, " + chat.id());
        NewMessage first = live.events().await(NewMessage.class, e -> e.conversation().equals(chat.id()),
                "realtime_02", "after the NewConversation, a NewMessage with the customer's first message");
        assertThat(first.message().body()).as(rule("realtime_02", "the first NewMessage carries the customer's first"
                + " message")).isEqualTo(chat.firstMessage());
    }

    void storedMessageThenItsSummary() {
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        kit.tick();
        Message stored = kit.customerWrites(chat, Kit.unique("where is my order"));
        NewMessage event = live.events().await(NewMessage.class, e -> e.message().id().equals(stored.id()),
                "realtime_03", "a NewMessage event for the message the customer just wrote, " + stored.id());
        assertThat(event.conversation()).as(rule("realtime_03", "the NewMessage names the message's conversation"))
                .isEqualTo(chat.id());
        assertThat(event.message()).as(rule("realtime_03", "the NewMessage carries the message as stored"))
                .usingRecursiveComparison().comparingOnlyFields(Kit.MESSAGE_IDENTITY).isEqualTo(stored);
        NewMessageSummary summary = live.events().await(NewMessageSummary.class, e -> e.summary().id().equals(chat.id()),
                "realtime_03", "after the NewMessage, a NewMessageSummary (event 'new message') for " + chat.id());
        assertThat(summary.summary().lastMessageBody()).as(rule("realtime_03", "the summary after a new message"
                + " describes that message as the last one")).isEqualTo(stored.body());
        assertThat(summary.summary().messageCount()).as(rule("realtime_03", "the summary after a new message counts"
                + " it")).isEqualTo(2);
    }

    void joinAndLeaveUpdateParticipants() {
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        kit.port().joinConversation(chat.id());
        ParticipantUpdate joined = live.events().await(ParticipantUpdate.class, e -> e.summary().id().equals(chat.id()),
                "realtime_04", "a ParticipantUpdate event after the agent joined " + chat.id());
        Participant entry = agentIn(joined.summary(), "realtime_04", "after joining");
        assertThat(entry.joinedAt()).as(rule("realtime_04", "the update after joining shows the agent joined"))
                .isNotNull();
        assertThat(entry.leftAt()).as(rule("realtime_04", "the update after joining shows the agent not left"))
                .isNull();
        kit.tick();
        kit.port().leaveConversation(chat.id());
        ParticipantUpdate left = live.events().await(ParticipantUpdate.class, e -> e.summary().id().equals(chat.id()),
                "realtime_04", "a second ParticipantUpdate event after the agent left " + chat.id());
        assertThat(agentIn(left.summary(), "realtime_04", "after leaving").leftAt())
                .as(rule("realtime_04", "the update after leaving shows the agent's left_dts")).isNotNull();
    }

    void markReadAnnounced() {
        Kit.CustomerChat chat = kit.customerWithMessages(2);
        Message newest = kit.get(chat.id()).messages().get(1);
        Kit.Live live = kit.connect("the agent's session");
        kit.port().markRead(chat.id());
        MessagesRead read = live.events().await(MessagesRead.class, e -> e.conversation().equals(chat.id()),
                "realtime_05", "a MessagesRead event (event 'read message') after the agent marked " + chat.id()
                        + " read");
        assertThat(read.newestRead()).as(rule("realtime_05", "event_read_message names the newest message read"))
                .isEqualTo(newest.id());
    }

    void agentStatusAnnounced() {
        QueueName queue = Kit.newQueueName();
        kit.newQueue(queue);
        Kit.Live live = kit.connect("the agent's session");
        kit.port().updateQueueStatus(queue, AgentStatus.BUSY);
        live.events().await(QueueStatusUpdate.class, e -> e.queue().name().equals(queue) && e.queue().agents().stream()
                        .anyMatch(a -> kit.agentArn().equals(a.arn()) && a.status() == AgentStatus.BUSY),
                "realtime_06", "a QueueStatusUpdate event for " + queue + " showing the agent busy, after the agent"
                        + " set its status there");
    }

    void waitingCustomerAnnounced() {
        QueueName queue = Kit.newQueueName();
        kit.newQueue(queue);
        Kit.Live live = kit.connect("the agent's session");
        ParticipantArn customer = Kit.newCustomerArn();
        kit.backstage().customerWaits(queue, customer, Kit.unique("Visitor"), null, Kit.unique("question"));
        live.events().await(QueueStatusUpdate.class, e -> e.queue().name().equals(queue) && e.queue().entries().stream()
                        .anyMatch(q -> customer.equals(q.customerArn())),
                "realtime_07", "a QueueStatusUpdate event for " + queue + " listing the customer " + customer
                        + " who just started waiting");
    }

    void closedConversationAnnounced() {
        kit.require(BackstageCapability.CLOSE_CONVERSATIONS, "close a conversation");
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        kit.backstage().closeConversation(chat.id());
        ConversationClosed closed = live.events().await(ConversationClosed.class, e -> e.summary().id().equals(chat.id()),
                "realtime_08", "a ConversationClosed event after " + chat.id() + " was closed");
        assertThat(closed.summary().closed()).as(rule("realtime_08", "the closed conversation's summary says closed"))
                .isTrue();
        assertThat(kit.get(chat.id()).summary().closed()).as(rule("realtime_08", "getConversation shows the"
                + " conversation closed too")).isTrue();
    }

    void customerTypingRelayed() {
        kit.require(BackstageCapability.CUSTOMER_TYPING, "have a customer type");
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        String value = Kit.unique("I am looking for");
        kit.backstage().customerTypes(chat.id(), chat.customer(), value);
        Typing typing = live.events().await(Typing.class, e -> e.conversation().equals(chat.id()), "realtime_09",
                "a Typing event in " + chat.id() + " after the customer typed");
        assertThat(typing.author()).as(rule("realtime_09", "the typing event names the customer who typed"))
                .isEqualTo(chat.customer());
        assertThat(typing.value()).as(rule("realtime_09", "the typing event carries what the customer sent as typing"))
                .isEqualTo(value);
    }

    void webchatContextAnnounced() {
        Kit.CustomerChat chat = kit.customerChats(Kit.newQueueName());
        kit.require(BackstageCapability.WEBCHAT_CONTEXT, "record a webchat context");
        Kit.Live live = kit.connect("the agent's session");
        String url = "https://shop.example/" + Kit.unique("product");
        kit.backstage().recordWebchatContext(chat.id(), new WebchatContext(null, url, List.of(), null, null));
        WebchatContextChanged changed = live.events().await(WebchatContextChanged.class,
                e -> e.conversation().equals(chat.id()), "realtime_10", "a WebchatContextChanged event for "
                        + chat.id() + " after the customer's context was recorded");
        assertThat(changed.url()).as(rule("realtime_10", "the event's url, when given, is the page the customer is on"))
                .isIn(null, url);
    }

    void transportStatusAnnounced() {
        kit.require(BackstageCapability.TRANSPORT_STATUSES, "move a message's delivery status");
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the agent's session");
        Message sent = RealtimeSendRules.sent(kit, live, OutgoingMessage.text(started.id(), Kit.unique("on its way")),
                "realtime_11");
        kit.backstage().changeTransportStatus(started.id(), sent.id(), DeliveryStatus.SENT);
        MessageUpdated updated = live.events().await(MessageUpdated.class, e -> e.message().id().equals(sent.id())
                        && e.message().transportStatuses().stream().anyMatch(t -> t.status() == DeliveryStatus.SENT),
                "realtime_11", "a MessageUpdated event for " + sent.id() + " with transport status sent, after its"
                        + " delivery moved on");
        assertThat(updated.conversation()).as(rule("realtime_11", "the MessageUpdated names the message's"
                + " conversation")).isEqualTo(started.id());
    }

    // ---- order ------------------------------------------------------------------------------

    void eventsInTheOrderOfChanges() {
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        Message first = kit.customerWrites(chat, Kit.unique("first"));
        kit.port().joinConversation(chat.id());
        Message second = kit.customerWrites(chat, Kit.unique("second"));
        Message third = RealtimeSendRules.sent(kit, live, OutgoingMessage.text(chat.id(), Kit.unique("third")),
                "realtime_24");
        kit.port().markRead(chat.id());
        String order = "in the order of the changes (customer message, join, customer message, agent message,"
                + " mark read)";
        live.events().await(NewMessage.class, e -> e.message().id().equals(first.id()), "realtime_24",
                "a NewMessage for the first customer message, " + order);
        live.events().await(ParticipantUpdate.class, e -> e.conversationId().equals(chat.id()), "realtime_24",
                "then a ParticipantUpdate for the agent's join, " + order);
        live.events().await(NewMessage.class, e -> e.message().id().equals(second.id()), "realtime_24",
                "then a NewMessage for the second customer message, " + order);
        live.events().await(NewMessage.class, e -> e.message().id().equals(third.id()), "realtime_24",
                "then a NewMessage for the agent's message, " + order);
        live.events().await(MessagesRead.class, e -> e.conversation().equals(chat.id()), "realtime_24",
                "then a MessagesRead for marking read, " + order);
    }

    void manyMessagesInOrderEachOnce() {
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        List<Message> stored = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            stored.add(kit.customerWrites(chat, Kit.unique("burst " + i)));
        }
        for (Message message : stored) {
            live.events().await(NewMessage.class, e -> e.message().id().equals(message.id()), "realtime_25",
                    "a NewMessage for each of 20 messages written in a burst, in the order they were stored; next: "
                            + message.body());
        }
        assertNoneTwice(live.events().events(), "realtime_25", "20 messages written in a burst");
    }

    // ---- tenancy ----------------------------------------------------------------------------

    void noEventFromAnotherTenant() {
        TckTenant other = kit.secondTenant();
        Kit.Live theirs = kit.connect(kit.realtimeOf(other), "the other tenant's session");
        Kit.Live ours = kit.connect("this tenant's session");
        Set<ConversationId> ourConversations = new HashSet<>();
        Conversation started = kit.agentStartsSms();
        ourConversations.add(started.id());
        RealtimeSendRules.sent(kit, ours, OutgoingMessage.text(started.id(), Kit.unique("ours")), "realtime_26");
        kit.port().markRead(started.id());
        QueueName queue = null;
        if (kit.can(BackstageCapability.QUEUES)) {
            queue = Kit.newQueueName();
            kit.newQueue(queue);
            kit.port().updateQueueStatus(queue, AgentStatus.AVAILABLE);
        }
        if (kit.can(BackstageCapability.CUSTOMER_CONVERSATIONS)) {
            ourConversations.add(kit.customerTexts().id());
        }
        ours.events().await(MessagesRead.class, e -> e.conversation().equals(started.id()), "realtime_26",
                "this tenant's own session sees its changes (the mark read) before checking the other's");
        // The other tenant's own change, awaited, follows anything of ours its session could have received.
        Conversation marker = other.port().startConversation(StartConversationRequest.withParticipants(Kit.newCustomerArn()));
        theirs.events().await(NewConversation.class, e -> e.summary().id().equals(marker.id()), "realtime_26",
                "the other tenant's session sees the other tenant's own new conversation");
        QueueName ourQueue = queue;
        List<ConversationEvent> leaked = theirs.events().events().stream()
                .filter(e -> ourConversations.contains(e.conversationId())
                        || e instanceof QueueStatusUpdate q && q.queue().name().equals(ourQueue))
                .collect(Collectors.toList());
        assertThat(leaked).as(rule("realtime_26", "another merchant's session receives no event of this merchant's"
                + " conversations or queues; " + theirs.events().history())).isEmpty();
        assertThat(ours.events().events()).as(rule("realtime_26", "this merchant's session receives no event of the"
                + " other merchant's conversation")).noneMatch(e -> marker.id().equals(e.conversationId()));
    }

    // ---- the session's life -------------------------------------------------------------------

    void noEventAfterClose() {
        Kit.Live closing = kit.connect("the session closed");
        Kit.Live witness = kit.connect("a second session of the agent");
        assertThat(closing.session().isOpen()).as(rule("realtime_27", "a session is open once connect returns"))
                .isTrue();
        closing.session().close();
        assertThat(closing.session().isOpen()).as(rule("realtime_27", "a closed session says it is not open"))
                .isFalse();
        closing.session().close();
        List<Object> beforeTheChange = closing.events().drain();
        Conversation started = kit.agentStartsSms();
        witness.events().await(NewConversation.class, e -> e.summary().id().equals(started.id()), "realtime_27",
                "the session still open sees the new conversation");
        assertThat(closing.events().events()).as(rule("realtime_27", "a closed session receives no event after close()"
                + " returned (before: " + beforeTheChange + ")"))
                .noneMatch(e -> started.id().equals(e.conversationId()));
    }

    void throwingListenerDoesNotEndSession() {
        Kit.Live live = kit.connect("the session whose listener throws");
        live.events().throwOnEveryEvent(new IllegalStateException("a listener's own defect, thrown by the kit"));
        Conversation first = kit.agentStartsSms();
        live.events().await(NewConversation.class, e -> e.summary().id().equals(first.id()), "realtime_28",
                "the listener receives the first event (and throws)");
        Conversation second = kit.agentStartsSms();
        live.events().await(NewConversation.class, e -> e.summary().id().equals(second.id()), "realtime_28",
                "after the listener threw, the session goes on: the next event arrives");
        assertThat(live.session().isOpen()).as(rule("realtime_28", "a listener that throws does not close the session"))
                .isTrue();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Participant agentIn(ConversationSummary summary, String ruleId, String when) {
        List<Participant> entries = summary.participants().stream().filter(p -> kit.agentArn().equals(p.arn()))
                .collect(Collectors.toList());
        assertThat(entries).as(rule(ruleId, when + ", the summary lists the agent " + kit.agentArn()
                + " exactly once; participants were " + summary.participants())).hasSize(1);
        return entries.get(0);
    }

    private static List<ParticipantArn> participantArns(ConversationSummary summary) {
        return summary.participants().stream().map(Participant::arn).filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    /** Fails when a message id came in two NewMessage events. */
    static void assertNoneTwice(List<ConversationEvent> events, String ruleId, String what) {
        Set<Object> seen = new HashSet<>();
        List<Object> twice = events.stream().filter(NewMessage.class::isInstance).map(e -> ((NewMessage) e).message().id())
                .filter(id -> !seen.add(id)).collect(Collectors.toList());
        assertThat(twice).as(rule(ruleId, "each message reaches the listener exactly once (" + what
                + "); these came more than once")).isEmpty();
    }
}
