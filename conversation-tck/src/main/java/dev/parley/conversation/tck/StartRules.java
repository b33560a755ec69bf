package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationArn;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Operation 12: the agent starts a conversation. */
final class StartRules {
    private final Kit kit;

    StartRules(Kit kit) {
        this.kit = kit;
    }

    void smsWithAgentAndParticipants() {
        ParticipantArn first = Kit.newCustomerArn();
        ParticipantArn second = Kit.newCustomerArn();
        Conversation started = kit.port().startConversation(StartConversationRequest.withParticipants(first, second));
        assertThat(started).as(rule("start_01", "startConversation returns the new conversation")).isNotNull();
        assertThat(started.participants()).extracting(Participant::arn)
                .as(rule("start_01", "the new conversation's participants are the agent and every requested ARN,"
                        + " each once")).containsExactlyInAnyOrder(kit.agentArn(), first, second);
        assertThat(started.participants()).extracting(Participant::leftAt)
                .as(rule("start_01", "nobody has left a conversation just started")).containsOnlyNulls();
        assertThat(started.medium()).as(rule("start_01", "without a queue the medium is sms")).isEqualTo(Medium.SMS);
        assertThat(started.summary().closed()).as(rule("start_01", "a new conversation is not closed")).isFalse();
        assertThat(started.summary().messageCount()).as(rule("start_01", "message_count counts the messages it holds"))
                .isEqualTo(started.messages().size());
    }

    void webchatInQueue() {
        QueueId queue = kit.newQueue(Kit.newQueueName());
        Conversation started = kit.port().startConversation(StartConversationRequest.inQueue(queue));
        assertThat(started.medium()).as(rule("start_02", "with conversation_webchat_queue_uuid the medium is"
                + " websocket")).isEqualTo(Medium.WEBSOCKET);
        assertThat(started.participants()).extracting(Participant::arn)
                .as(rule("start_02", "the agent is a participant of the webchat it started")).contains(kit.agentArn());
        assertThat(started.summary().closed()).as(rule("start_02", "a new conversation is not closed")).isFalse();
        ParticipantArn customer = Kit.newCustomerArn();
        Conversation both = kit.port().startConversation(
                new StartConversationRequest(List.of(customer), null, queue));
        assertThat(both.medium()).as(rule("start_02", "with a queue and participant ARNs the medium is websocket"))
                .isEqualTo(Medium.WEBSOCKET);
        assertThat(both.participants()).extracting(Participant::arn)
                .as(rule("start_02", "a webchat started with participant ARNs has them and the agent"))
                .containsExactlyInAnyOrder(kit.agentArn(), customer);
    }

    void freshIds() {
        ParticipantArn customer = Kit.newCustomerArn();
        List<ConversationId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(kit.port().startConversation(StartConversationRequest.withParticipants(customer)).id());
        }
        assertThat(ids).as(rule("start_03", "every start gives a fresh conversation uuid, also for the same request"
                + " (startConversation is not idempotent)")).doesNotHaveDuplicates();
    }

    void startedNow() {
        kit.tick();
        Instant from = kit.clockOrNull();
        Conversation started = kit.agentStartsSms();
        Instant to = kit.clockOrNull();
        Kit.assertWithin(started.summary().startedAt(), from, to, rule("start_04", "start_dts is the time the"
                + " conversation was started"));
        Participant me = kit.agentEntry(started, "start_04", "in a conversation it started");
        if (me.joinedAt() != null) {
            Kit.assertWithin(me.joinedAt(), from, to, rule("start_04", "the agent joined when it started the"
                    + " conversation"));
        }
    }

    void visibleInGetAndList() {
        Conversation started = kit.agentStartsSms();
        assertThat(kit.get(started.id())).as(rule("start_05", "getConversation reads the started conversation as"
                + " startConversation returned it")).isEqualTo(started);
        assertThat(kit.listedOrFail(started.id(), "start_05")).as(rule("start_05", "the listing shows the started"
                + " conversation with the summary startConversation returned")).isEqualTo(started.summary());
    }

    void unknownQueueNotFound() {
        QueueId unknown = QueueId.of(UUID.randomUUID().toString());
        Kit.assertRefused(NotFoundException.class, rule("start_06", "starting a conversation in a queue the merchant"
                + " does not have (" + unknown + ") is 404"),
                () -> kit.port().startConversation(StartConversationRequest.inQueue(unknown)));
    }


    void requestedArnKept() {
        ConversationArn wanted = ConversationArn.of("arn:parley:tck:conversation/" + Kit.unique("c"));
        Conversation started = kit.port().startConversation(
                new StartConversationRequest(List.of(Kit.newCustomerArn()), wanted, null));
        assertThat(started.summary().arn()).as(rule("start_08", "the conversation_arn of the start request is the"
                + " new conversation's arn")).isEqualTo(wanted);
        assertThat(kit.get(started.id()).summary().arn()).as(rule("start_08", "the requested arn is kept"))
                .isEqualTo(wanted);
        assertThat(kit.agentStartsSms().summary().arn()).as(rule("start_08", "a conversation started without an arn"
                + " is given one")).isNotNull();
    }

    void knownCustomersKeepTheirNames() {
        Kit.CustomerChat earlier = kit.customerTexts();
        Conversation started = kit.port().startConversation(StartConversationRequest.withParticipants(earlier.customer()));
        Participant customer = started.participant(earlier.customer()).orElseThrow(() -> new AssertionError(rule(
                "start_01", "the requested participant is in the started conversation")));
        assertThat(customer.name()).as(rule("start_09", "a customer the merchant knows by name from an earlier"
                + " conversation keeps that name in a conversation the agent starts with them"))
                .isEqualTo(earlier.customerName());
        assertThat(kit.agentEntry(started, "start_09", "in a conversation it started").name())
                .as(rule("start_09", "the agent's participant entry carries its name from its authorization"))
                .isEqualTo(kit.agent().agentName());
    }
}
