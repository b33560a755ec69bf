package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.WebchatContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static ConversationEngine demoEngine(long seed) {
        return ConversationEngine.builder()
                .clock(Clock.fixed(EngineFixture.T0, ZoneOffset.UTC))
                .demoData(true)
                .seed(seed)
                .build();
    }

    private static List<Conversation> conversations(ConversationPort port) {
        return port.listConversations(ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT))
                .items().stream().map(summary -> port.getConversation(summary.id())).toList();
    }

    /** Everything a port can read of a tenant, for comparing two tenants. */
    private static List<Object> snapshot(ConversationPort port) {
        List<Object> everything = new ArrayList<>();
        for (Conversation conversation : conversations(port)) {
            everything.add(conversation);
            everything.add(port.getWebchatContext(conversation.id()));
        }
        everything.add(port.getQueueStatuses());
        return everything;
    }

    @Test
    void demo_theSameSeedCredentialAndClockGiveTheSameData() {
        assertThat(snapshot(demoEngine(7).port("merchant")))
                .isEqualTo(snapshot(demoEngine(7).port("merchant")))
                .isNotEqualTo(snapshot(demoEngine(8).port("merchant")));
    }

    @Test
    void demo_twoTenantsWithOneSeedShareNoConversationId() {
        ConversationEngine engine = demoEngine(7);
        Set<ConversationId> first = conversations(engine.port("one")).stream().map(Conversation::id)
                .collect(Collectors.toSet());
        Set<ConversationId> second = conversations(engine.port("two")).stream().map(Conversation::id)
                .collect(Collectors.toSet());

        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
    }

    @Test
    void demo_conversationsCoverBothMediaWithAFewHundredMessagesSomeUnreadSomeClosed() {
        ConversationPort port = demoEngine(ConversationEngine.DEFAULT_SEED).port("merchant");
        List<Conversation> conversations = conversations(port);
        List<ConversationSummary> summaries = conversations.stream().map(Conversation::summary).toList();

        assertThat(summaries).extracting(ConversationSummary::medium).contains(Medium.SMS, Medium.WEBSOCKET);
        assertThat(summaries.stream().mapToInt(ConversationSummary::messageCount).sum()).isBetween(200, 400);
        assertThat(summaries).extracting(ConversationSummary::unreadMessages).contains(true, false);
        assertThat(summaries).extracting(ConversationSummary::closed).contains(true, false);
        for (Conversation conversation : conversations) {
            List<Message> messages = conversation.messages();
            assertThat(messages).hasSize(conversation.summary().messageCount()).isNotEmpty();
            for (int i = 1; i < messages.size(); i++) {
                assertThat(messages.get(i).sentAt()).isAfter(messages.get(i - 1).sentAt());
            }
            assertThat(conversation.summary().lastMessageAt()).isEqualTo(messages.get(messages.size() - 1).sentAt())
                    .isBefore(EngineFixture.T0);
            assertThat(conversation.participants()).extracting(Participant::name).doesNotContainNull();
        }
    }

    @Test
    void demo_smsCustomersHaveE164PhoneNumbers() {
        ConversationPort port = demoEngine(ConversationEngine.DEFAULT_SEED).port("merchant");

        List<ParticipantArn> smsCustomers = conversations(port).stream()
                .filter(c -> c.medium() == Medium.SMS)
                .flatMap(c -> c.participants().stream())
                .map(Participant::arn)
                .filter(arn -> arn.value().contains(":customer/"))
                .toList();

        assertThat(smsCustomers).isNotEmpty()
                .allSatisfy(arn -> assertThat(arn.value()).matches(".*/\\+1[2-9]\\d{9}"));
    }

    @Test
    void demo_queuesHaveAgentsInEveryStatusAndCustomersWaitingWithCountsAgreeing() {
        List<QueueStatus> queues = demoEngine(ConversationEngine.DEFAULT_SEED).port("merchant").getQueueStatuses();

        assertThat(queues).hasSizeBetween(2, 3).allSatisfy(queue -> {
            assertThat(queue.isConsistent()).as("counts of %s", queue.name()).isTrue();
            assertThat(queue.agents()).extracting(QueueAgent::status)
                    .contains(AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.UNAVAILABLE);
            assertThat(queue.entries()).isNotEmpty();
            assertThat(queue.customerWaitingSince()).isEqualTo(queue.entries().get(0).joinedAt());
            assertThat(queue.agents().stream().filter(QueueAgent::nextRoundRobin)).hasSize(1);
        });
    }

    @Test
    void demo_webchatsHaveContextsWithCartsThatAddUpAndSmsHaveNone() {
        ConversationPort port = demoEngine(ConversationEngine.DEFAULT_SEED).port("merchant");
        Set<Boolean> withUtm = new HashSet<>();
        Set<Boolean> withCoupon = new HashSet<>();

        for (Conversation conversation : conversations(port)) {
            WebchatContext context = port.getWebchatContext(conversation.id());
            if (conversation.medium() == Medium.SMS) {
                assertThat(context).isEqualTo(WebchatContext.EMPTY);
                continue;
            }
            assertThat(context.pageViews()).isNotEmpty();
            assertThat(context.currentUrl()).isEqualTo(context.pageViews().get(context.pageViews().size() - 1).url());
            assertThat(context.sessionStart()).isNotNull();
            Cart cart = context.cart();
            assertThat(cart.items()).isNotEmpty();
            assertThat(cart.billing().address()).isNotNull();
            assertThat(cart.shipping().email()).isNull();
            BigDecimal lines = cart.items().stream().map(item -> item.totalCost().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(cart.totals().subtotal().value()).isEqualByComparingTo(lines);
            assertThat(cart.totals().total().value()).isEqualByComparingTo(cart.totals().subtotalWithDiscount().value()
                    .add(cart.totals().shippingHandlingWithDiscount().value()).add(cart.totals().tax().value()));
            withUtm.add(context.sessionUtm() != null);
            withCoupon.add(!cart.couponCodes().isEmpty());
        }

        assertThat(withUtm).containsExactlyInAnyOrder(true, false);
        assertThat(withCoupon).containsExactlyInAnyOrder(true, false);
        assertThat(conversations(port).stream()
                .filter(c -> c.medium() == Medium.WEBSOCKET)
                .flatMap(c -> port.getWebchatContext(c.id()).cart().items().stream())
                .map(CartItem::options))
                .anyMatch(options -> !options.isEmpty());
    }

    @Test
    void demo_anEmbeddedEngineStartsEmptyAndLoadingReplacesTheTenantsData() {
        ConversationEngine engine = EngineFixture.frozenEngine();
        ConversationPort port = engine.port("merchant");
        TenantControl control = engine.control("merchant");
        assertThat(port.listConversations(ConversationListQuery.all()).totalRecords()).isZero();
        control.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:test:mine"), null, "mine");

        control.loadDemoData(ConversationEngine.DEFAULT_SEED);

        assertThat(snapshot(port)).isEqualTo(snapshot(demoEngine(ConversationEngine.DEFAULT_SEED).port("merchant")));
        Instant loadedAt = control.now();
        control.reset();
        assertThat(port.listConversations(ConversationListQuery.all()).totalRecords()).isZero();
        assertThat(port.getQueueStatuses()).isEmpty();
        assertThat(control.now()).isEqualTo(EngineFixture.T0).isBeforeOrEqualTo(loadedAt);
    }
}
