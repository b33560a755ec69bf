package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantControlTest {

    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final ParticipantArn BO = ParticipantArn.of("arn:test:customer/bo");
    private static final QueueName SALES = QueueName.of("Sales");

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("control");
    private final TenantControl backstage = engine.control("control");

    @Test
    void clock_eachTenantHasItsOwnClock() {
        TenantControl other = engine.control("other");

        backstage.advanceClock(Duration.ofHours(2));
        other.setClock(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(backstage.now()).isEqualTo(EngineFixture.T0.plus(Duration.ofHours(2)));
        assertThat(other.now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(engine.control("third").now()).isEqualTo(EngineFixture.T0);
        assertThatThrownBy(() -> backstage.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clock_settingItBackBeforeTheLastEventIsRefusedNamingTheEarliestTimeAllowed() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "first");
        Instant first = agent.getConversation(id).summary().lastMessageAt();

        assertThatThrownBy(() -> backstage.setClock(first.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("earliest time allowed is " + first);
        backstage.setClock(first);
        Message later = backstage.addMessage(id, ADA, null, "second");

        assertThat(later.sentAt()).isAfter(first);
        assertThat(backstage.now()).isEqualTo(later.sentAt());
    }

    @Test
    void start_aConversationWithoutMessagesIsListedAtItsStartTime() {
        ConversationId quiet = agent.startConversation(StartConversationRequest.withParticipants(ADA)).id();
        backstage.advanceClock(Duration.ofMinutes(1));
        ConversationId talking = backstage.customerStartsConversation(Medium.SMS, null, BO, "Bo", "hello");

        assertThat(agent.listConversations(ConversationListQuery.all()).items())
                .extracting(summary -> summary.id())
                .containsExactly(talking, quiet);
        assertThat(agent.listConversations(ConversationListQuery.all().withBefore(backstage.now())).items())
                .extracting(summary -> summary.id())
                .containsExactly(quiet);
    }

    @Test
    void messages_writingMarksTheConversationReadForTheWriter() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        agent.joinConversation(id);

        backstage.addMessage(id, backstage.agentArn(), null, "hello Ada, how can I help?");

        Conversation conversation = agent.getConversation(id);
        assertThat(conversation.summary().unreadMessages()).isFalse();
        assertThat(conversation.participant(ADA).orElseThrow().unreadMessages()).isEqualTo(1);
    }

    @Test
    void messages_anAuthorNotInTheConversationJoinsIt() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        ParticipantArn colleague = ParticipantArn.of("arn:test:agent/colleague");

        Message message = backstage.addMessage(id, colleague, "Kim", "I'll take this one");

        assertThat(message.authorName()).isEqualTo("Kim");
        assertThat(agent.getConversation(id).participant(colleague)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Kim");
            assertThat(p.joinedAt()).isEqualTo(message.sentAt());
            assertThat(p.lastMessageAt()).isEqualTo(message.sentAt());
        });
    }

    @Test
    void queues_startingAConversationWithAWaitingCustomerPicksTheCustomerUp() {
        QueueId queue = backstage.createQueue(SALES);
        backstage.customerWaits(SALES, ADA, "Ada", "ada@example.com", "Do you price match?");
        backstage.customerWaits(SALES, BO, "Bo", null, null);
        backstage.advanceClock(Duration.ofSeconds(90));

        Conversation chat = agent.startConversation(new StartConversationRequest(List.of(ADA), null, queue));

        QueueStatus sales = agent.getQueueStatuses().get(0);
        assertThat(sales.entries()).extracting(entry -> entry.customerArn()).containsExactly(BO);
        assertThat(sales.customerAverageHoldTimeSeconds()).isEqualTo(90);
        assertThat(sales.customerChatCount()).isEqualTo(1);
        assertThat(chat.participant(ADA).orElseThrow().name()).isEqualTo("Ada");
        assertThat(sales.isConsistent()).isTrue();
    }

    @Test
    void queues_aCustomerWaitsOnceAndTheFirstEntryIsKept() {
        var first = backstage.customerWaits(SALES, ADA, "Ada", null, "first question");
        backstage.advanceClock(Duration.ofMinutes(1));

        var again = backstage.customerWaits(SALES, ADA, "Ada", null, "second question");

        assertThat(again).isEqualTo(first);
        assertThat(agent.getQueueStatuses().get(0).entries()).containsExactly(first);
    }

    @Test
    void queues_joiningAWebchatPutsTheAgentInItsQueueAsAvailableWithThisChatAsItsLast() {
        ConversationId id = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, ADA, "Ada", "hi");
        assertThat(agent.getQueueStatuses().get(0).agents()).isEmpty();

        agent.joinConversation(id);

        assertThat(agent.getQueueStatuses().get(0).agents()).singleElement().satisfies(queueAgent -> {
            assertThat(queueAgent.arn()).isEqualTo(backstage.agentArn());
            assertThat(queueAgent.status()).isEqualTo(AgentStatus.AVAILABLE);
            assertThat(queueAgent.lastChatAt()).isEqualTo(backstage.now());
            assertThat(queueAgent.nextRoundRobin()).isTrue();
        });
    }

    @Test
    void queues_roundRobinNamesNoOneWhenNoAgentIsAvailable() {
        backstage.createQueue(SALES);
        agent.updateQueueStatus(SALES, AgentStatus.UNAVAILABLE);

        assertThat(agent.getQueueStatuses().get(0).agents()).extracting(QueueAgent::nextRoundRobin)
                .containsExactly(false);
        assertThatThrownBy(() -> agent.updateQueueStatus(SALES, AgentStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void context_onlyAWebchatHasOneAndTheLastRecordedWins() {
        ConversationId sms = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        ConversationId chat = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, BO, "Bo", "hi");
        WebchatContext first = new WebchatContext(null, "https://shop.example/a", List.of(), null, null);
        WebchatContext second = new WebchatContext(null, "https://shop.example/b", List.of(), null, null);

        backstage.recordWebchatContext(chat, first);
        backstage.recordWebchatContext(chat, second);

        assertThat(agent.getWebchatContext(chat)).isEqualTo(second);
        assertThat(agent.getWebchatContext(sms)).isEqualTo(WebchatContext.EMPTY);
        assertThatThrownBy(() -> backstage.recordWebchatContext(sms, first))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customers_aWebchatNeedsAQueueAndAnSmsHasNone() {
        assertThatThrownBy(() -> backstage.customerStartsConversation(Medium.WEBSOCKET, null, ADA, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backstage.customerStartsConversation(Medium.SMS, SALES, ADA, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backstage.customerStartsConversation(Medium.UNKNOWN, null, ADA, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepAlive_refreshesTheAgentSessionAndNothingElse() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        Conversation before = agent.getConversation(id);
        backstage.advanceClock(Duration.ofSeconds(5));

        agent.keepAlive();

        assertThat(backstage.agentSessionRefreshedAt()).contains(backstage.now());
        assertThat(agent.getConversation(id)).isEqualTo(before);
    }
}
