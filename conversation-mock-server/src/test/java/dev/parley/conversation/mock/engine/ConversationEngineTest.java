package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

    private static final ParticipantArn CUSTOMER = ParticipantArn.of("arn:test:customer/+15125550100");

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("key-a");
    private final TenantControl backstage = engine.control("key-a");

    private ConversationId smsFromCustomer(String firstMessage) {
        return backstage.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", firstMessage);
    }

    @Test
    void tenancy_aConversationOfAnotherCredentialIsNotFound() {
        ConversationId id = smsFromCustomer("hi");

        assertThatThrownBy(() -> engine.port("key-b").getConversation(id))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).details().orElseThrow().objectId())
                        .isEqualTo(id.value()));
        assertThat(engine.port("key-b").listConversations(ConversationListQuery.all()).items()).isEmpty();
    }

    @Test
    void tenancy_theCredentialAppearsInNoIdentifierTokenOrText() {
        String credential = "super-secret-credential-value";
        ConversationPort port = engine.port(credential);
        TenantControl control = engine.control(credential);
        var auth = port.authorizeAgent();

        assertThat(List.of(control.merchantId().value(), control.agentArn().value(), auth.jwt(),
                auth.toString(), port.toString(), control.toString(), engine.toString()))
                .noneMatch(text -> text.contains(credential));
    }

    @Test
    void rule3_getConversationWithALimitGivesTheMostRecentMessagesAscendingAndCountsAll() {
        ConversationId id = smsFromCustomer("one");
        backstage.addMessage(id, CUSTOMER, null, "two");
        backstage.addMessage(id, CUSTOMER, null, "three");

        Conversation conversation = agent.getConversation(ConversationQuery.of(id).withMessageLimit(2));

        assertThat(conversation.messages()).extracting(Message::body).containsExactly("two", "three");
        assertThat(conversation.summary().messageCount()).isEqualTo(3);
    }

    @Test
    void time_messageTimesStrictlyIncreaseOnAFrozenClock() {
        ConversationId id = smsFromCustomer("one");
        Message second = backstage.addMessage(id, CUSTOMER, null, "two");
        Message third = backstage.addMessage(id, CUSTOMER, null, "three");

        assertThat(third.epochMillis()).isGreaterThan(second.epochMillis());
        assertThat(backstage.now()).isEqualTo(third.sentAt());
    }

    @Test
    void rule5_messagesAfterSinceAreAscendingAndLimitTakesTheFirstOnes() {
        ConversationId id = smsFromCustomer("one");
        Message two = backstage.addMessage(id, CUSTOMER, null, "two");
        backstage.addMessage(id, CUSTOMER, null, "three");
        backstage.addMessage(id, CUSTOMER, null, "four");

        List<Message> page = agent.getMessages(MessagesQuery.since(id, two.sentAt()).withLimit(1));

        assertThat(page).extracting(Message::body).containsExactly("three");
    }

    @Test
    void rule6_anExtensionAChatDoesNotCarryIsAnInvalidRequest() {
        assertThatThrownBy(() -> agent.createUploadUrl("exe"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("exe");
        assertThatThrownBy(() -> agent.createUploadUrl("../x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(agent.createUploadUrl("JPG").key().value()).endsWith(".jpg");
    }

    @Test
    void rule8_pagesWalkEveryConversationNewestFirstExactlyOnce() {
        List<ConversationId> started = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            started.add(smsFromCustomer("message " + i));
        }
        backstage.addMessage(started.get(2), CUSTOMER, null, "bumped");

        List<ConversationId> walked = new ArrayList<>();
        ConversationListQuery query = ConversationListQuery.all().withLimit(3);
        Page<ConversationSummary> page;
        do {
            page = agent.listConversations(query);
            assertThat(page.totalRecords()).isEqualTo(7);
            page.items().forEach(summary -> walked.add(summary.id()));
            query = query.withOffset(page.nextOffset() == null ? 0 : page.nextOffset());
        } while (page.hasMore());

        assertThat(walked).containsExactly(started.get(2), started.get(6), started.get(5), started.get(4),
                started.get(3), started.get(1), started.get(0));
    }

    @Test
    void rule8_beforeKeepsOnlyConversationsWhoseLastMessageIsStrictlyEarlier() {
        ConversationId older = smsFromCustomer("older");
        ConversationId newer = smsFromCustomer("newer");
        Instant newerAt = agent.getConversation(newer).summary().lastMessageAt();

        Page<ConversationSummary> page = agent.listConversations(ConversationListQuery.all().withBefore(newerAt));

        assertThat(page.items()).extracting(ConversationSummary::id).containsExactly(older);
        assertThat(page.totalRecords()).isEqualTo(1);
    }

    @Test
    void rule9_joiningTwiceLeavesOneEntryAndRejoiningAfterLeavingClearsTheLeftTime() {
        ConversationId id = smsFromCustomer("hi");
        agent.joinConversation(id);
        agent.joinConversation(id);
        agent.leaveConversation(id);
        backstage.advanceClock(Duration.ofMinutes(1));
        agent.joinConversation(id);

        List<Participant> mine = agent.getConversation(id).participants().stream()
                .filter(p -> p.arn().equals(backstage.agentArn())).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).leftAt()).isNull();
        assertThat(mine.get(0).joinedAt()).isEqualTo(backstage.now());
    }

    @Test
    void rule11_markReadHoldsUntilSomeoneElseWrites() {
        ConversationId id = smsFromCustomer("hi");
        agent.joinConversation(id);
        assertThat(agent.getConversation(id).summary().unreadMessages()).isTrue();

        agent.markRead(id);
        assertThat(agent.getConversation(id).summary().unreadMessages()).isFalse();
        assertThat(agent.getConversation(id).participant(backstage.agentArn()).orElseThrow().unreadMessages())
                .isZero();

        backstage.addMessage(id, CUSTOMER, null, "anyone there?");
        Conversation after = agent.getConversation(id);
        assertThat(after.summary().unreadMessages()).isTrue();
        assertThat(after.participant(backstage.agentArn()).orElseThrow().unreadMessages()).isEqualTo(1);
    }

    @Test
    void rule12_startingInAQueueIsAWebchatAndAnUnknownQueueIsNotFound() {
        QueueId queue = backstage.createQueue(QueueName.of("Sales"));

        Conversation started = agent.startConversation(StartConversationRequest.inQueue(queue));

        assertThat(started.medium()).isEqualTo(Medium.WEBSOCKET);
        assertThat(started.participants()).extracting(Participant::arn).containsExactly(backstage.agentArn());
        assertThatThrownBy(() -> agent.startConversation(StartConversationRequest.inQueue(QueueId.of("nope"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rule7and13_aStatusSetIsShownAndCountsAgreeWithTheLists() {
        QueueName sales = QueueName.of("Sales");
        backstage.createQueue(sales);
        backstage.customerWaits(sales, CUSTOMER, "Ada", "ada@example.com", "Do you price match?");
        agent.updateQueueStatus(sales, AgentStatus.BUSY);

        QueueStatus status = agent.getQueueStatuses().get(0);

        assertThat(status.isConsistent()).isTrue();
        assertThat(status.agents()).singleElement().satisfies(a -> {
            assertThat(a.arn()).isEqualTo(backstage.agentArn());
            assertThat(a.status()).isEqualTo(AgentStatus.BUSY);
        });
        assertThat(status.entries()).hasSize(1);
        assertThatThrownBy(() -> agent.updateQueueStatus(QueueName.of("Nope"), AgentStatus.BUSY))
                .isInstanceOf(NotFoundException.class);
    }
}
