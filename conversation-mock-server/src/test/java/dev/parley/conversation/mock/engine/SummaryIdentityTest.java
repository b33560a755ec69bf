package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import org.junit.jupiter.api.Test;

/** An unchanged conversation hands out the same summary (a server keeps its JSON by reference); any change, a new one. */
class SummaryIdentityTest {

    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("identity");
    private final TenantControl backstage = engine.control("identity");

    private ConversationSummary listed() {
        return agent.listConversations(ConversationListQuery.all()).items().get(0);
    }

    @Test
    void summary_anUnchangedConversationHandsOutTheSameSummaryAndEveryChangeANewOne() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hello");
        ConversationSummary first = listed();
        assertThat(listed()).isSameAs(first);
        assertThat(agent.getConversation(id).summary()).isSameAs(first);

        agent.joinConversation(id);
        ConversationSummary joined = listed();
        assertThat(joined).isNotSameAs(first);
        assertThat(joined.participants()).hasSize(2);

        agent.markRead(id);
        ConversationSummary read = listed();
        assertThat(read).isNotSameAs(joined);
        assertThat(read.unreadMessages()).isFalse();

        backstage.addMessage(id, ADA, null, "Anyone?");
        ConversationSummary written = listed();
        assertThat(written).isNotSameAs(read);
        assertThat(written.lastMessageBody()).isEqualTo("Anyone?");
        assertThat(written.unreadMessages()).isTrue();

        agent.leaveConversation(id);
        assertThat(listed()).isNotSameAs(written);
        assertThat(listed().participants()).anySatisfy(p -> assertThat(p.leftAt()).isNotNull());
    }
}
