package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationEvent.NewMessage;
import dev.parley.conversation.domain.ConversationEvent.NewMessageSummary;
import dev.parley.conversation.domain.ConversationEvent.Typing;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UploadKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The realtime channel, what an agent sends: a message is stored and seen everywhere with its client
 * message id, every refusal of the contract is a typed exception that stores nothing, and messages reach
 * the listener exactly once across a dropped connection.
 */
final class RealtimeSendRules {
    private final Kit kit;

    /** Skips the rule at once when the tenant has no realtime port, before anything is set up. */
    RealtimeSendRules(Kit kit) {
        this.kit = kit;
        kit.realtime();
    }

    // ---- a message sent ----------------------------------------------------------------------

    void sentMessageIsStoredWithItsClientId() {
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the agent's session");
        OutgoingMessage outgoing = OutgoingMessage.text(started.id(), Kit.unique("we shipped it today"));
        Message stored = sent(kit, live, outgoing, "realtime_12");
        assertThat(stored.id()).as(rule("realtime_12", "the stored message has a server-assigned id")).isNotNull();
        assertThat(stored.sentAt()).as(rule("realtime_12", "the stored message has its time")).isNotNull();
        assertThat(stored.clientMessageId()).as(rule("realtime_12", "the stored message carries the client_message_id"
                + " it was sent with")).isEqualTo(outgoing.clientMessageId());
        assertThat(stored.body()).as(rule("realtime_12", "the stored message has the body sent")).isEqualTo(outgoing.body());
        assertThat(stored.author()).as(rule("realtime_12", "the stored message is authored by the session's agent"))
                .isEqualTo(kit.agentArn());

        List<Message> inConversation = kit.get(started.id()).messages();
        assertThat(inConversation).as(rule("realtime_12", "getConversation then holds the message sent, as the newest"))
                .isNotEmpty();
        Message last = inConversation.get(inConversation.size() - 1);
        assertThat(last).as(rule("realtime_12", "getConversation's newest message is the one sent, with its"
                + " client_message_id")).usingRecursiveComparison()
                .comparingOnlyFields("id", "author", "body", "sentAt", "clientMessageId").isEqualTo(stored);
        List<Message> since = kit.port().getMessages(MessagesQuery.all(started.id()));
        assertThat(since).as(rule("realtime_12", "getConversationMessages then holds the message sent, once, with its"
                + " client_message_id")).filteredOn(m -> stored.id().equals(m.id())).singleElement()
                .extracting(Message::clientMessageId).isEqualTo(outgoing.clientMessageId());
    }

    void senderSessionSeesItsMessage() {
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the sender's session");
        OutgoingMessage outgoing = OutgoingMessage.text(started.id(), Kit.unique("hello"));
        Message stored = sent(kit, live, outgoing, "realtime_13");
        NewMessage event = live.events().await(NewMessage.class,
                e -> outgoing.clientMessageId().equals(e.message().clientMessageId()), "realtime_13",
                "the sender's own session receives a NewMessage with the client_message_id it sent, "
                        + outgoing.clientMessageId());
        assertThat(event.message().id()).as(rule("realtime_13", "the sender's NewMessage is the stored message"))
                .isEqualTo(stored.id());
        live.events().await(NewMessageSummary.class, e -> e.summary().id().equals(started.id()), "realtime_13",
                "after it, a NewMessageSummary for " + started.id());
    }

    void everySessionOfTheMerchantReceives() {
        Conversation started = kit.agentStartsSms();
        Kit.Live sender = kit.connect("the sending session");
        Kit.Live other = kit.connect("another session of the same agent (another tab)");
        OutgoingMessage outgoing = OutgoingMessage.text(started.id(), Kit.unique("from the first tab"));
        Message stored = sent(kit, sender, outgoing, "realtime_14");
        NewMessage event = other.events().await(NewMessage.class, e -> stored.id().equals(e.message().id()),
                "realtime_14", "another session of the same agent receives the message sent on the first");
        assertThat(event.message().clientMessageId()).as(rule("realtime_14", "the other session's NewMessage carries"
                + " the client_message_id")).isEqualTo(outgoing.clientMessageId());
    }

    void agentTypingRelayed() {
        Conversation started = kit.agentStartsSms();
        Kit.Live typist = kit.connect("the typing session");
        Kit.Live other = kit.connect("another session of the same agent");
        String value = Kit.unique("typing");
        typist.session().sendTyping(started.id(), value);
        Typing typing = other.events().await(Typing.class, e -> e.conversation().equals(started.id()), "realtime_15",
                "a Typing event in " + started.id() + " on the merchant's other session after the agent typed");
        assertThat(typing.author()).as(rule("realtime_15", "the relayed typing names the agent (from its JWT)"))
                .isEqualTo(kit.agentArn());
        assertThat(typing.value()).as(rule("realtime_15", "the relayed typing carries the value sent")).isEqualTo(value);
    }

    // ---- refusals -----------------------------------------------------------------------------

    void unknownConversationNotFound() {
        Kit.Live live = kit.connect("the agent's session");
        ConversationId unknown = Kit.unknownConversationId();
        refused(NotFoundException.class, live, OutgoingMessage.text(unknown, Kit.unique("lost")), "realtime_16",
                "a message to a conversation that does not exist");
        stillWorks(live, "realtime_16");
    }

    void otherMerchantsConversationNotFound() {
        TckTenant other = kit.secondTenant();
        Conversation theirs = other.port().startConversation(StartConversationRequest.withParticipants(Kit.newCustomerArn()));
        Kit.Live live = kit.connect("the agent's session");
        refused(NotFoundException.class, live, OutgoingMessage.text(theirs.id(), Kit.unique("intruder")), "realtime_17",
                "a message to another merchant's conversation (as if it did not exist)");
        assertThat(other.port().getConversation(theirs.id()).summary().messageCount())
                .as(rule("realtime_17", "nothing is stored in the other merchant's conversation")).isZero();
        stillWorks(live, "realtime_17");
    }

    void notAParticipantRefused() {
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.NOT_A_PARTICIPANT, live, chat.id(), Kit.unique("not joined"),
                List.of(), "realtime_18", "a message to a conversation the agent never joined");
    }

    void leftParticipantRefused() {
        Conversation started = kit.agentStartsSms();
        kit.port().leaveConversation(started.id());
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.NOT_A_PARTICIPANT, live, started.id(), Kit.unique("after leaving"),
                List.of(), "realtime_19", "a message to a conversation the agent left");
    }

    void closedConversationRefused() {
        kit.require(BackstageCapability.CLOSE_CONVERSATIONS, "close a conversation");
        Conversation started = kit.agentStartsSms();
        kit.backstage().closeConversation(started.id());
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.CONVERSATION_CLOSED, live, started.id(), Kit.unique("too late"),
                List.of(), "realtime_20", "a message to a closed conversation");
    }

    void unknownUploadKeyRefused() {
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.UNKNOWN_UPLOAD_KEY, live, started.id(), Kit.unique("see attached"),
                List.of(UploadKey.of("tck-never-issued-" + UUID.randomUUID())), "realtime_21",
                "a message citing an upload key the server never issued");
        UploadKey notUploaded = kit.port().createUploadUrl("png").key();
        refusedFor(MessageRefusedException.Reason.UNKNOWN_UPLOAD_KEY, live, started.id(), Kit.unique("see attached"),
                List.of(notUploaded), "realtime_21", "a message citing an upload whose bytes were never sent");
    }

    void emptyMessageRefused() {
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.EMPTY_MESSAGE, live, started.id(), "   ", List.of(), "realtime_22",
                "a message with a blank body and no upload");
        refusedFor(MessageRefusedException.Reason.EMPTY_MESSAGE, live, started.id(), null, List.of(), "realtime_22",
                "a message with no body and no upload");
    }

    void oversizedBodyRefused() {
        Conversation started = kit.agentStartsSms();
        Kit.Live live = kit.connect("the agent's session");
        refusedFor(MessageRefusedException.Reason.TOO_LARGE, live, started.id(), "x".repeat(100_000), List.of(),
                "realtime_23", "a message whose body is 100,000 characters (over any chat's size limit)");
    }

    // ---- delivery -----------------------------------------------------------------------------

    void exactlyOnceAcrossADroppedSocket() {
        kit.require(BackstageCapability.DROP_SOCKETS, "drop the merchant's connections");
        Kit.CustomerChat chat = kit.customerTexts();
        Kit.Live live = kit.connect("the agent's session");
        Message before = kit.customerWrites(chat, Kit.unique("before the drop"));
        live.events().await(NewMessage.class, e -> e.message().id().equals(before.id()), "realtime_29",
                "the message written before the drop (so the session follows the conversation)");
        kit.backstage().dropSockets();
        live.events().awaitConnection(ConnectionState.DISCONNECTED, "realtime_29",
                "the listener told that the connection dropped (DISCONNECTED)");
        Message during = kit.customerWrites(chat, Kit.unique("while reconnecting"));
        live.events().awaitConnection(ConnectionState.CONNECTED, "realtime_29",
                "the listener told that the session reconnected (CONNECTED)");
        Message after = kit.customerWrites(chat, Kit.unique("after the reconnect"));
        for (Message message : List.of(during, after)) {
            live.events().await(NewMessage.class, e -> e.message().id().equals(message.id()), "realtime_29",
                    "a NewMessage for " + message.body() + ": nothing is lost across a dropped connection");
        }
        // A last message, awaited, follows whatever duplicate a back-fill could still deliver.
        Message last = kit.customerWrites(chat, Kit.unique("last"));
        live.events().await(NewMessage.class, e -> e.message().id().equals(last.id()), "realtime_29",
                "a NewMessage for the last message");
        RealtimeEventRules.assertNoneTwice(live.events().events(), "realtime_29", "across a dropped connection");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Sends and waits for the stored message; fails with the rule when the send fails or takes too long. */
    static Message sent(Kit kit, Kit.Live live, OutgoingMessage outgoing, String ruleId) {
        Outcome outcome = outcome(kit, live, outgoing);
        if (outcome.failure != null) {
            return fail(rule(ruleId, "expected the message " + outgoing.clientMessageId() + " to be stored but the"
                    + " send failed with " + outcome.failure), outcome.failure);
        }
        assertThat(outcome.stored).as(rule(ruleId, "sendMessage completes with the stored message, never null"))
                .isNotNull();
        return outcome.stored;
    }

    private <T extends Throwable> T refused(Class<T> type, Kit.Live live, OutgoingMessage outgoing, String ruleId,
                                            String what) {
        Outcome outcome = outcome(kit, live, outgoing);
        if (outcome.failure == null) {
            return fail(rule(ruleId, "expected " + what + " to be refused with " + type.getSimpleName()
                    + " but it was stored as " + outcome.stored));
        }
        assertThat(outcome.failure).as(rule(ruleId, "expected " + what + " to be refused with " + type.getSimpleName()
                + " but the send failed with " + outcome.failure)).isInstanceOf(type);
        return type.cast(outcome.failure);
    }

    private void refusedFor(MessageRefusedException.Reason reason, Kit.Live live, ConversationId conversation,
                            String body, List<UploadKey> keys, String ruleId, String what) {
        int countBefore = kit.get(conversation).summary().messageCount();
        OutgoingMessage outgoing = new OutgoingMessage(conversation, body, "tck-" + UUID.randomUUID(), keys);
        MessageRefusedException refusal = refused(MessageRefusedException.class, live, outgoing, ruleId, what);
        assertThat(refusal.reason()).as(rule(ruleId, "the refusal of " + what + " says why: " + reason
                + "; it said " + refusal.reason() + " (" + refusal.getMessage() + ")")).isEqualTo(reason);
        assertThat(refusal.clientMessageId()).as(rule(ruleId, "the refusal names the client_message_id it answers"))
                .isIn(null, outgoing.clientMessageId());
        assertThat(kit.get(conversation).summary().messageCount()).as(rule(ruleId, "a refused message stores nothing"))
                .isEqualTo(countBefore);
        stillWorks(live, ruleId);
    }

    /** After a refusal the session stays open and a valid message still goes through. */
    private void stillWorks(Kit.Live live, String ruleId) {
        assertThat(live.session().isOpen()).as(rule(ruleId, "a refusal keeps the session open")).isTrue();
        Conversation started = kit.agentStartsSms();
        sent(kit, live, OutgoingMessage.text(started.id(), Kit.unique("after a refusal")), ruleId);
    }

    private record Outcome(Message stored, Throwable failure) {
    }

    private static Outcome outcome(Kit kit, Kit.Live live, OutgoingMessage outgoing) {
        try {
            return new Outcome(live.session().sendMessage(outgoing)
                    .get(kit.realtimeTimeout().toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome(null, Optional.ofNullable(e.getCause()).orElse(e));
        } catch (TimeoutException e) {
            return new Outcome(null, new AssertionError("no answer within " + kit.realtimeTimeout().toMillis()
                    + " ms; " + live.events().history(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, e);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }
}
