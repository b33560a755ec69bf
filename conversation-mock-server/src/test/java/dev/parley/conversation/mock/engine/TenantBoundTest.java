package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tenants cost little until they write, and the engine keeps a bounded number of them. */
class TenantBoundTest {

    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");

    private static ConversationEngine demoEngine(int maxTenants) {
        return ConversationEngine.builder()
                .clock(Clock.fixed(EngineFixture.T0, ZoneOffset.UTC))
                .demoData(true)
                .maxTenants(maxTenants)
                .build();
    }

    /** Everything the port reads of the tenant: every conversation with its messages, contexts, queues. */
    private static List<Object> snapshot(ConversationPort port) {
        List<Object> everything = new ArrayList<>();
        for (ConversationSummary summary : port.listConversations(
                ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT)).items()) {
            everything.add(port.getConversation(summary.id()));
            everything.add(port.getWebchatContext(summary.id()));
        }
        everything.add(port.getQueueStatuses());
        return everything;
    }

    @Test
    void bound_creatingOneTenantTooManyEvictsTheLeastRecentlyUsed() {
        ConversationEngine engine = ConversationEngine.builder().maxTenants(3).build();
        engine.control("a").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "from a");
        engine.control("b").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "from b");
        engine.control("c").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "from c");
        engine.port("a").listConversations(ConversationListQuery.all()); // b is now the least recently used

        engine.control("d");

        assertThat(engine.tenantCount()).isEqualTo(3);
        assertThat(engine.evictedTenants()).isEqualTo(1);
        assertThat(bodies(engine.port("a"))).containsExactly("from a");
        assertThat(bodies(engine.port("c"))).containsExactly("from c");
        // b comes back as a new tenant, without what it had: and its return evicted the next least recent (d).
        assertThat(bodies(engine.port("b"))).isEmpty();
        assertThat(engine.evictedTenants()).isEqualTo(2);
        assertThat(engine.tenantCount()).isEqualTo(3);
    }

    @Test
    void bound_anEvictedTenantsCredentialStartsAfreshWithoutItsConversations() {
        ConversationEngine engine = ConversationEngine.builder().maxTenants(1).build();
        var id = engine.control("a").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hello");

        engine.control("b");

        assertThatThrownBy(() -> engine.port("a").getConversation(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bound_aTenantWithALiveSessionIsNotIdleSoTheNextLeastRecentlyUsedGoes() {
        ConversationEngine engine = ConversationEngine.builder().maxTenants(2).build();
        engine.control("console").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "from console");
        AgentSession session = engine.realtime("console").connect(event -> { });
        try {
            engine.control("idle").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "from idle");

            engine.control("newcomer");

            assertThat(engine.evictedTenants()).isEqualTo(1);
            assertThat(bodies(engine.port("console"))).containsExactly("from console");
        } finally {
            session.close();
            engine.close();
        }
    }

    @Test
    void bound_mustBeAtLeastOne() {
        assertThatThrownBy(() -> ConversationEngine.builder().maxTenants(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max tenants must be at least 1 but was 0");
    }

    @Test
    void demo_aTenantThatOnlyReadsHoldsNoCopyOfTheDemonstrationData() {
        ConversationEngine engine = demoEngine(10);
        TenantControl reader = engine.control("reader");

        List<Object> read = snapshot(engine.port("reader"));

        assertThat(read).hasSizeGreaterThan(2 * DemoData.CONVERSATIONS);
        assertThat(reader.ownsData()).isFalse();
        engine.port("reader").keepAlive();
        reader.advanceClock(Duration.ofMinutes(1));
        assertThat(reader.ownsData()).as("keep-alive and the clock are not the tenant's data").isFalse();
    }

    @Test
    void demo_aWriteToAConversationThatDoesNotExistTakesOverNoData() {
        ConversationEngine engine = demoEngine(10);
        ConversationPort port = engine.port("scanner");

        assertThatThrownBy(() -> port.markRead(ConversationId.of("no-such-conversation")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> port.joinConversation(ConversationId.of("no-such-conversation")))
                .isInstanceOf(NotFoundException.class);

        assertThat(engine.control("scanner").ownsData()).isFalse();
    }

    @Test
    void demo_dataGeneratedAgainAfterTheCacheLetItGoIsTheSame() {
        ConversationEngine engine = demoEngine(1_000);
        List<Object> first = snapshot(engine.port("first"));
        for (int i = 0; i < 40; i++) {
            engine.port("other-" + i).listConversations(ConversationListQuery.all());
        }

        assertThat(snapshot(engine.port("first"))).isEqualTo(first);
    }

    @Test
    void demo_theFirstWriteKeepsWhatTheTenantReadAndMakesTheDataItsOwn() {
        ConversationEngine engine = demoEngine(10);
        ConversationPort port = engine.port("writer");
        List<Object> before = snapshot(port);
        ConversationSummary unread = port.listConversations(ConversationListQuery.all().withLimit(200)).items()
                .stream().filter(ConversationSummary::unreadMessages).findFirst().orElseThrow();

        port.markRead(unread.id());

        assertThat(engine.control("writer").ownsData()).isTrue();
        Conversation after = port.getConversation(unread.id());
        assertThat(after.summary().unreadMessages()).isFalse();
        List<Object> expected = new ArrayList<>(before);
        List<Object> now = snapshot(port);
        expected.removeIf(item -> item instanceof Conversation c && c.id().equals(unread.id()));
        now.removeIf(item -> item instanceof Conversation c && c.id().equals(unread.id()));
        assertThat(now).isEqualTo(expected);
        for (int i = 0; i < 40; i++) {
            engine.port("other-" + i % 9).listConversations(ConversationListQuery.all());
        }
        assertThat(port.getConversation(unread.id()).summary().unreadMessages())
                .as("the written data is the tenant's own, never regenerated").isFalse();
    }

    @Test
    void demo_aNewMessageInATenantThatOnlyReadComesAfterEveryDemonstrationMessage() {
        ConversationEngine engine = demoEngine(10);
        ConversationPort port = engine.port("late");
        ConversationSummary newest = port.listConversations(ConversationListQuery.all()).items().get(0);

        var id = engine.control("late").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "new");

        List<ConversationSummary> listed = port.listConversations(ConversationListQuery.all()).items();
        assertThat(listed.get(0).id()).isEqualTo(id);
        assertThat(listed.get(1).id()).isEqualTo(newest.id());
        assertThat(listed.get(0).lastMessageAt()).isAfter(newest.lastMessageAt());
    }

    private static List<String> bodies(ConversationPort port) {
        return port.listConversations(ConversationListQuery.all()).items().stream()
                .map(ConversationSummary::lastMessageBody).toList();
    }
}
