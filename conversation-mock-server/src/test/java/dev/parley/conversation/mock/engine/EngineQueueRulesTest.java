package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webchat queue's statistics, its round robin, and the queue updates live sessions are sent. */
class EngineQueueRulesTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final ParticipantArn BO = ParticipantArn.of("arn:test:customer/bo");
    private static final QueueName SALES = QueueName.of("Sales");

    private static final ParticipantArn ANN = ParticipantArn.of("arn:test:agent/ann");
    private static final ParticipantArn BEN = ParticipantArn.of("arn:test:agent/ben");
    private static final ParticipantArn CID = ParticipantArn.of("arn:test:agent/cid");
    private static final Instant EARLIER = EngineFixture.T0.minus(Duration.ofHours(2));
    private static final Instant LATER = EngineFixture.T0.minus(Duration.ofHours(1));

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("queues");
    private final TenantControl backstage = engine.control("queues");

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private EventRecorder connect() {
        EventRecorder recorder = new EventRecorder();
        engine.realtime("queues").connect(recorder);
        return recorder;
    }

    private QueueStatus sales() {
        return agent.getQueueStatuses().stream().filter(q -> q.name().equals(SALES)).findFirst().orElseThrow();
    }

    // ---- statistics

    @Test
    void queue_closingChatsAveragesTheirLengthsIntoTheAverageChatTime() {
        ConversationId first = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, ADA, "Ada", null);
        backstage.advanceClock(Duration.ofSeconds(60));
        backstage.closeConversation(first);
        ConversationId second = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, BO, "Bo", null);
        backstage.advanceClock(Duration.ofSeconds(180));

        backstage.closeConversation(second);

        QueueStatus sales = sales();
        assertThat(sales.customerAverageChatTimeSeconds()).as("(60 s + 180 s) / 2 chats").isEqualTo(120);
        assertThat(sales.customerChatCount()).isEqualTo(2);
        assertThat(sales.customerActiveCount()).isZero();
    }

    @Test
    void queue_aChatStillOpenCountsInNoAverageChatTime() {
        ConversationId closed = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, ADA, "Ada", null);
        backstage.advanceClock(Duration.ofSeconds(30));
        backstage.closeConversation(closed);
        backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, BO, "Bo", null);
        backstage.advanceClock(Duration.ofMinutes(10));

        assertThat(sales().customerAverageChatTimeSeconds()).isEqualTo(30);
        assertThat(sales().customerActiveCount()).isEqualTo(1);
    }

    // ---- round robin (one tenant has one agent, so several agents are put in a queue directly)

    private static QueueState queue() {
        return new QueueState(QueueId.of("q-1"), SALES);
    }

    private static void neverChatted(QueueState queue, ParticipantArn agent) {
        queue.setStatus(agent, agent.value(), AgentStatus.AVAILABLE);
    }

    private static ParticipantArn nextInRoundRobin(QueueState queue) {
        List<ParticipantArn> next = queue.status().agents().stream().filter(QueueAgent::nextRoundRobin)
                .map(QueueAgent::arn).toList();
        assertThat(next).as("at most one agent is next in round robin").hasSizeLessThanOrEqualTo(1);
        return next.isEmpty() ? null : next.get(0);
    }

    @Test
    void roundRobin_anAgentWhoNeverChattedComesBeforeOneWhoChatted_whateverTheirOrder() {
        QueueState chattedFirst = queue();
        chattedFirst.agentChatted(BEN, "Ben", EARLIER);
        neverChatted(chattedFirst, ANN);
        QueueState neverChattedFirst = queue();
        neverChatted(neverChattedFirst, ANN);
        neverChattedFirst.agentChatted(BEN, "Ben", EARLIER);

        assertThat(nextInRoundRobin(chattedFirst)).isEqualTo(ANN);
        assertThat(nextInRoundRobin(neverChattedFirst)).isEqualTo(ANN);
    }

    @Test
    void roundRobin_amongAgentsWhoNeverChattedTheFirstInTheQueueIsNext() {
        QueueState queue = queue();
        neverChatted(queue, ANN);
        neverChatted(queue, BEN);
        neverChatted(queue, CID);

        assertThat(nextInRoundRobin(queue)).isEqualTo(ANN);
    }

    @Test
    void roundRobin_theAgentWhoChattedLongestAgoIsNext_whateverTheirOrder() {
        QueueState earlierFirst = queue();
        earlierFirst.agentChatted(BEN, "Ben", EARLIER);
        earlierFirst.agentChatted(CID, "Cid", LATER);
        QueueState laterFirst = queue();
        laterFirst.agentChatted(CID, "Cid", LATER);
        laterFirst.agentChatted(BEN, "Ben", EARLIER);

        assertThat(nextInRoundRobin(earlierFirst)).isEqualTo(BEN);
        assertThat(nextInRoundRobin(laterFirst)).isEqualTo(BEN);
    }

    @Test
    void roundRobin_agentsWhoChattedAtTheSameTimeKeepTheirQueueOrder() {
        QueueState queue = queue();
        queue.agentChatted(CID, "Cid", EARLIER);
        queue.agentChatted(BEN, "Ben", EARLIER);

        assertThat(nextInRoundRobin(queue)).isEqualTo(CID);
    }

    @Test
    void roundRobin_onlyAnAvailableAgentCanBeNext() {
        QueueState queue = queue();
        queue.agentChatted(ANN, "Ann", EARLIER);
        queue.setStatus(ANN, "Ann", AgentStatus.BUSY);
        neverChatted(queue, BEN);
        queue.setStatus(BEN, "Ben", AgentStatus.UNAVAILABLE);
        queue.agentChatted(CID, "Cid", LATER);

        assertThat(nextInRoundRobin(queue)).isEqualTo(CID);
        queue.setStatus(CID, "Cid", AgentStatus.UNAVAILABLE);
        assertThat(nextInRoundRobin(queue)).isNull();
    }

    // ---- queue updates sent to live sessions

    @Test
    void events_aCustomerWaitingAgainInTheSameQueueSendsNoQueueUpdate() {
        EventRecorder events = connect();
        backstage.customerWaits(SALES, ADA, "Ada", null, "first");
        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().customerWaitingCount()).isEqualTo(1);

        backstage.customerWaits(SALES, ADA, "Ada", null, "again");
        backstage.customerWaits(SALES, BO, "Bo", null, "me too");

        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().entries())
                .as("the next update is Bo's arrival, not Ada's second wait")
                .extracting(entry -> entry.customerArn()).containsExactly(ADA, BO);
    }

    @Test
    void events_creatingAQueueThatExistsSendsNoQueueUpdate() {
        EventRecorder events = connect();
        backstage.createQueue(SALES);
        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().name()).isEqualTo(SALES);

        backstage.createQueue(SALES);
        QueueName support = QueueName.of("Support");
        backstage.createQueue(support);

        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().name())
                .as("the next update is the new queue's, not the existing one's again").isEqualTo(support);
    }

    @Test
    void events_theAgentJoiningAWebchatSendsItsQueueWithTheAgentAvailable() {
        EventRecorder events = connect();
        ConversationId id = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, ADA, "Ada", null);
        events.next(ConversationEvent.NewConversation.class);
        events.next(ConversationEvent.QueueStatusUpdate.class);

        agent.joinConversation(id);

        events.next(ConversationEvent.ParticipantUpdate.class);
        QueueStatus update = events.next(ConversationEvent.QueueStatusUpdate.class).queue();
        assertThat(update.name()).isEqualTo(SALES);
        assertThat(update.agents()).singleElement().satisfies(queueAgent -> {
            assertThat(queueAgent.arn()).isEqualTo(backstage.agentArn());
            assertThat(queueAgent.status()).isEqualTo(AgentStatus.AVAILABLE);
            assertThat(queueAgent.lastChatAt()).isEqualTo(backstage.now());
        });
    }

    @Test
    void events_theAgentStartingAConversationInAQueueSendsTheQueueWithTheCustomerPickedUp() {
        EventRecorder events = connect();
        QueueId queue = backstage.createQueue(SALES);
        backstage.customerWaits(SALES, ADA, "Ada", null, "help?");
        events.next(ConversationEvent.QueueStatusUpdate.class);
        events.next(ConversationEvent.QueueStatusUpdate.class);

        agent.startConversation(new StartConversationRequest(List.of(ADA), null, queue));

        events.next(ConversationEvent.NewConversation.class);
        QueueStatus update = events.next(ConversationEvent.QueueStatusUpdate.class).queue();
        assertThat(update.customerWaitingCount()).isZero();
        assertThat(update.customerChatCount()).isEqualTo(1);
        assertThat(update.customerActiveCount()).isEqualTo(1);
        assertThat(update.agents()).extracting(QueueAgent::arn).containsExactly(backstage.agentArn());
    }
}
