package dev.parley.conversation.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.robustness.EngineOperation.AddMessage;
import dev.parley.conversation.mock.robustness.EngineOperation.AdvanceClock;
import dev.parley.conversation.mock.robustness.EngineOperation.AgentStarts;
import dev.parley.conversation.mock.robustness.EngineOperation.CustomerStarts;
import dev.parley.conversation.mock.robustness.EngineOperation.Join;
import dev.parley.conversation.mock.robustness.EngineOperation.Leave;
import dev.parley.conversation.mock.robustness.EngineOperation.ListPage;
import dev.parley.conversation.mock.robustness.EngineOperation.MarkRead;
import dev.parley.conversation.mock.robustness.EngineOperation.QueueActivity;
import dev.parley.conversation.mock.robustness.EngineOperation.ReadConversation;
import dev.parley.conversation.mock.robustness.EngineOperation.ReadMessagesSince;
import dev.parley.conversation.mock.robustness.TenantModel.ConversationModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The engine against a hand-kept model: random sequences of every operation across three tenants,
 * each step checked against the contract's rules (ordering, counts, paging, read state, tenancy).
 */
class EnginePropertiesTest {

    static final Instant T0 = Instant.parse("2026-11-24T05:32:16.123Z");
    static final QueueName QUEUE = QueueName.of("Support");

    private static final int SESSIONS = 1_000;
    private final AtomicInteger sessionsRun = new AtomicInteger();
    private final AtomicInteger stepsRun = new AtomicInteger();

    @Test
    void contract_randomSessionsAcrossTenantsKeepOrderingCountsPagingReadStateAndTenancy() {
        qt().withExamples(SESSIONS).withShrinkCycles(200)
                .forAll(lists().of(EngineOperation.any()).ofSizeBetween(1, 60))
                .checkAssert(this::runSession);
        System.out.printf("EnginePropertiesTest: %d sessions, %d steps%n", sessionsRun.get(), stepsRun.get());
        // QuickTheories skips a session it has already generated, so a few of the asked-for may not run.
        assertThat(sessionsRun.get()).as("sessions run").isGreaterThanOrEqualTo(SESSIONS * 9 / 10);
    }

    private void runSession(List<EngineOperation> session) {
        sessionsRun.incrementAndGet();
        stepsRun.addAndGet(session.size());
        ConversationEngine engine = ConversationEngine.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
        List<TenantModel> tenants = new ArrayList<>();
        for (int t = 0; t < EngineOperation.TENANTS; t++) {
            String credential = "property-tenant-" + t;
            tenants.add(new TenantModel(credential, engine.port(credential), engine.control(credential)));
        }
        int step = 0;
        for (EngineOperation operation : session) {
            TenantModel tenant = tenants.get(operation.tenant());
            ConversationModel touched = apply(operation, tenant, step++);
            if (touched != null) {
                touched.checkWhole(tenant);
                invisibleElsewhere(touched.id, tenant, tenants);
            }
        }
        for (TenantModel tenant : tenants) {
            tenant.checkEverything();
            for (ConversationModel conversation : tenant.conversations) {
                invisibleElsewhere(conversation.id, tenant, tenants);
            }
        }
    }

    /** Runs one step on the engine and the model; returns the conversation it concerned, if any. */
    private static ConversationModel apply(EngineOperation operation, TenantModel tenant, int step) {
        if (operation instanceof CustomerStarts start) {
            return customerStarts(tenant, start);
        }
        if (operation instanceof AgentStarts start) {
            return agentStarts(tenant, start);
        }
        if (operation instanceof AdvanceClock advance) {
            tenant.control.advanceClock(Duration.ofMillis(advance.millis()));
            return null;
        }
        if (operation instanceof QueueActivity activity) {
            queueActivity(tenant, activity);
            return null;
        }
        if (operation instanceof ListPage list) {
            listPage(tenant, list);
            return null;
        }
        if (tenant.conversations.isEmpty()) {
            return null;
        }
        ConversationPort port = tenant.port;
        if (operation instanceof AddMessage add) {
            ConversationModel conversation = tenant.pick(add.pick());
            addMessage(tenant, conversation, add.author(), "message " + step + " of " + tenant.credential);
            return conversation;
        }
        if (operation instanceof Join join) {
            ConversationModel conversation = tenant.pick(join.pick());
            port.joinConversation(conversation.id);
            conversation.agentActive = true;
            return conversation;
        }
        if (operation instanceof Leave leave) {
            ConversationModel conversation = tenant.pick(leave.pick());
            port.leaveConversation(conversation.id);
            if (Boolean.TRUE.equals(conversation.agentActive)) {
                conversation.agentActive = false;
            }
            return conversation;
        }
        if (operation instanceof MarkRead read) {
            ConversationModel conversation = tenant.pick(read.pick());
            port.markRead(conversation.id);
            conversation.agentUnread = 0;
            return conversation;
        }
        if (operation instanceof ReadConversation read) {
            ConversationModel conversation = tenant.pick(read.pick());
            if (read.limitOrZero() > 0) {
                conversation.checkLimited(tenant, read.limitOrZero());
            }
            return conversation;
        }
        if (operation instanceof ReadMessagesSince read) {
            messagesSince(tenant, tenant.pick(read.pick()), read);
            return null;
        }
        throw new AssertionError("unhandled operation " + operation);
    }

    private static ParticipantArn customer(int index) {
        return ParticipantArn.of("arn:property:customer/+1512555" + String.format("%04d", index));
    }

    private static ConversationModel customerStarts(TenantModel tenant, CustomerStarts start) {
        Medium medium = start.webchat() ? Medium.WEBSOCKET : Medium.SMS;
        ParticipantArn customer = customer(start.customer());
        String first = start.withFirstMessage() ? "first words of " + customer : null;
        ConversationId id = tenant.control.customerStartsConversation(
                medium, start.webchat() ? QUEUE : null, customer, "Customer " + start.customer(), first);
        Conversation created = tenant.port.getConversation(id);
        tenant.stamped(created.summary().startedAt(), "the start of " + id);
        ConversationModel model = new ConversationModel(id, medium, created.summary().startedAt(), customer);
        assertThat(created.participants()).extracting(p -> p.arn()).as("a customer's new conversation")
                .containsExactly(customer);
        assertThat(created.messages()).hasSize(first == null ? 0 : 1);
        if (first != null) {
            Message message = created.messages().get(0);
            assertThat(message.body()).isEqualTo(first);
            assertThat(message.author()).isEqualTo(customer);
            tenant.stamped(message.sentAt(), "the first message of " + id);
            model.messages.add(message);
            model.agentUnread = 1;
        }
        tenant.conversations.add(model);
        return model;
    }

    private static ConversationModel agentStarts(TenantModel tenant, AgentStarts start) {
        ParticipantArn customer = customer(start.customer());
        Conversation created = tenant.port.startConversation(StartConversationRequest.withParticipants(customer));
        tenant.stamped(created.summary().startedAt(), "the start of " + created.id());
        assertThat(created.medium()).isEqualTo(Medium.SMS);
        assertThat(created.messages()).isEmpty();
        assertThat(created.participants()).extracting(p -> p.arn())
                .containsExactly(tenant.control.agentArn(), customer);
        ConversationModel model = new ConversationModel(created.id(), Medium.SMS, created.summary().startedAt(),
                customer);
        model.agentActive = true;
        tenant.conversations.add(model);
        return model;
    }

    private static void addMessage(TenantModel tenant, ConversationModel conversation, int authorKind, String body) {
        ParticipantArn author = switch (authorKind) {
            case 0 -> conversation.customer;
            case 1 -> customer(99);
            default -> tenant.control.agentArn();
        };
        Message message = tenant.control.addMessage(conversation.id, author, null, body);
        tenant.stamped(message.sentAt(), "message '" + body + "'");
        assertThat(message.body()).isEqualTo(body);
        assertThat(message.author()).isEqualTo(author);
        conversation.messages.add(message);
        if (author.equals(tenant.control.agentArn())) {
            conversation.agentUnread = 0;
            if (conversation.agentActive == null) {
                conversation.agentActive = true;
            }
        } else {
            conversation.agentUnread++;
        }
    }

    private static void messagesSince(TenantModel tenant, ConversationModel conversation, ReadMessagesSince read) {
        List<Message> all = conversation.messages;
        int from = Math.floorMod(read.from(), all.size() + 1);
        Instant since = from == 0 ? Instant.EPOCH : all.get(from - 1).sentAt();
        MessagesQuery query = read.limitOrZero() == 0
                ? MessagesQuery.since(conversation.id, since)
                : MessagesQuery.since(conversation.id, since).withLimit(read.limitOrZero());
        int to = read.limitOrZero() == 0 ? all.size() : Math.min(all.size(), from + read.limitOrZero());
        assertThat(tenant.port.getMessages(query)).as("%s", query).containsExactlyElementsOf(all.subList(from, to));
    }

    private static void listPage(TenantModel tenant, ListPage list) {
        Medium medium = switch (list.medium()) {
            case 0 -> null;
            case 1 -> Medium.SMS;
            default -> Medium.WEBSOCKET;
        };
        Instant before = null;
        if (!tenant.conversations.isEmpty() && list.beforePick() % 3 != 0) {
            // Half a millisecond past a real position probes the strict comparison at sub-millisecond values.
            before = TenantModel.position(tenant.pick(list.beforePick()))
                    .plusNanos(list.beforePick() % 2 == 0 ? 0 : 500_000);
        }
        tenant.checkPage(new ConversationListQuery(medium, before, list.limit(), list.offset()));
        tenant.checkWalk(medium, list.limit());
    }

    private static void queueActivity(TenantModel tenant, QueueActivity activity) {
        tenant.control.createQueue(QUEUE);
        if (activity.status() == 0) {
            tenant.control.customerWaits(QUEUE, customer(activity.customer()), "Customer " + activity.customer(),
                    null, "Can someone help?");
        } else {
            tenant.port.updateQueueStatus(QUEUE, AgentStatus.values()[activity.status() - 1]);
        }
        assertThat(tenant.port.getQueueStatuses()).allSatisfy(queue ->
                assertThat(queue.isConsistent()).as("counts agree with lists in %s", queue).isTrue());
    }

    /** No other tenant can read, write, join or even find the conversation. */
    private static void invisibleElsewhere(ConversationId id, TenantModel owner, List<TenantModel> tenants) {
        for (TenantModel other : tenants) {
            if (other == owner) {
                continue;
            }
            ConversationPort port = other.port;
            assertThatThrownBy(() -> port.getConversation(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> port.getMessages(MessagesQuery.all(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> port.markRead(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> port.joinConversation(id)).isInstanceOf(NotFoundException.class);
            assertThat(port.listConversations(ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT))
                    .items()).extracting(s -> s.id()).doesNotContain(id);
        }
    }
}
