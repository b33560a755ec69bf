package dev.parley.conversation.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.engine.TenantControl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one tenant should hold, kept by hand beside the engine: the conversations, their messages as
 * the engine stamped them, the agent's unread count and membership. The checks compare every answer
 * of the port with it.
 */
final class TenantModel {

    final String credential;
    final ConversationPort port;
    final TenantControl control;
    final List<ConversationModel> conversations = new ArrayList<>();
    /** The latest event time stamped in this tenant: every new stamp must be strictly later. */
    Instant lastStamp = Instant.EPOCH;

    TenantModel(String credential, ConversationPort port, TenantControl control) {
        this.credential = credential;
        this.port = port;
        this.control = control;
    }

    /** A freshly stamped event time: strictly after every earlier one in the tenant. */
    void stamped(Instant at, String what) {
        assertThat(at).as("%s is stamped after every earlier event of tenant %s", what, credential)
                .isAfter(lastStamp);
        lastStamp = at;
    }

    ConversationModel pick(int pick) {
        return conversations.get(Math.floorMod(pick, conversations.size()));
    }

    /** Where the contract places a conversation in the listing: its last message, else its start. */
    static Instant position(ConversationModel conversation) {
        return conversation.messages.isEmpty()
                ? conversation.startedAt
                : conversation.messages.get(conversation.messages.size() - 1).sentAt();
    }

    /** The naive listing: filter, then newest first with ties by id. */
    List<ConversationModel> listing(Medium medium, Instant before) {
        return conversations.stream()
                .filter(c -> medium == null || c.medium == medium)
                .filter(c -> before == null || position(c).isBefore(before))
                .sorted(Comparator.comparing(TenantModel::position).reversed()
                        .thenComparing(c -> c.id.value()))
                .toList();
    }

    /** One page must equal the naive listing's slice, with counts and next offset as the contract says. */
    void checkPage(ConversationListQuery query) {
        List<ConversationModel> expected = listing(query.medium(), query.before());
        Page<ConversationSummary> page = port.listConversations(query);
        int from = Math.min(query.offset(), expected.size());
        List<ConversationModel> slice = expected.subList(from, Math.min(expected.size(), from + query.limit()));
        assertThat(page.items()).extracting(ConversationSummary::id)
                .as("page %s of tenant %s", query, credential)
                .containsExactlyElementsOf(slice.stream().map(c -> c.id).toList());
        assertThat(page.totalRecords()).as("total records of %s", query).isEqualTo(expected.size());
        Integer next = page.items().isEmpty() || query.offset() + slice.size() >= expected.size()
                ? null : query.offset() + slice.size();
        assertThat(page.nextOffset()).as("next offset of %s", query).isEqualTo(next);
        for (int i = 0; i < slice.size(); i++) {
            slice.get(i).checkSummary(page.items().get(i), this);
        }
    }

    /** Walking every page by next offset visits each matching conversation exactly once, in order. */
    void checkWalk(Medium medium, int limit) {
        List<ConversationId> walked = new ArrayList<>();
        ConversationListQuery query = new ConversationListQuery(medium, null, limit, 0);
        while (query != null) {
            Page<ConversationSummary> page = port.listConversations(query);
            page.items().forEach(s -> walked.add(s.id()));
            query = page.hasMore() ? query.withOffset(page.nextOffset()) : null;
        }
        assertThat(walked).as("walk of %s by %d in tenant %s", medium, limit, credential)
                .containsExactlyElementsOf(listing(medium, null).stream().map(c -> c.id).toList());
    }

    /** Everything the port says about every conversation agrees with the model. */
    void checkEverything() {
        for (ConversationModel conversation : conversations) {
            conversation.checkWhole(this);
        }
        for (Medium medium : new Medium[] {null, Medium.SMS, Medium.WEBSOCKET}) {
            checkWalk(medium, 3);
        }
        assertThat(port.getQueueStatuses()).allSatisfy(queue ->
                assertThat(queue.isConsistent()).as("counts agree with lists in %s", queue).isTrue());
    }

    /** One conversation as the model expects it. */
    static final class ConversationModel {
        final ConversationId id;
        final Medium medium;
        final Instant startedAt;
        final ParticipantArn customer;
        final List<Message> messages = new ArrayList<>();
        int agentUnread;
        /** The agent's membership: null when never a participant, true while in, false after leaving. */
        Boolean agentActive;

        ConversationModel(ConversationId id, Medium medium, Instant startedAt, ParticipantArn customer) {
            this.id = id;
            this.medium = medium;
            this.startedAt = startedAt;
            this.customer = customer;
        }

        void checkSummary(ConversationSummary summary, TenantModel tenant) {
            assertThat(summary.id()).isEqualTo(id);
            assertThat(summary.medium()).as("medium of %s", id).isEqualTo(medium);
            assertThat(summary.startedAt()).as("start of %s", id).isEqualTo(startedAt);
            assertThat(summary.messageCount()).as("message count of %s", id).isEqualTo(messages.size());
            assertThat(summary.unreadMessages()).as("unread flag of %s for the agent", id).isEqualTo(agentUnread > 0);
            Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            assertThat(summary.lastMessageAt()).as("last message time of %s", id)
                    .isEqualTo(last == null ? null : last.sentAt());
            assertThat(summary.lastMessageBody()).as("last message body of %s", id)
                    .isEqualTo(last == null ? null : last.body());
            Set<ParticipantArn> distinct = new HashSet<>();
            for (Participant participant : summary.participants()) {
                assertThat(distinct.add(participant.arn())).as("one entry per participant in %s", id).isTrue();
            }
            Participant agent = summary.participant(tenant.control.agentArn()).orElse(null);
            if (agentActive == null) {
                assertThat(agent).as("the agent is no participant of %s", id).isNull();
            } else {
                assertThat(agent).as("the agent's entry in %s", id).isNotNull();
                assertThat(agent.isActive()).as("the agent is active in %s", id).isEqualTo(agentActive);
                assertThat(agent.unreadMessages()).as("the agent's unread count in %s", id).isEqualTo(agentUnread);
            }
        }

        void checkWhole(TenantModel tenant) {
            Conversation whole = tenant.port.getConversation(id);
            checkSummary(whole.summary(), tenant);
            assertThat(whole.messages()).as("messages of %s", id).containsExactlyElementsOf(messages);
            checkLimited(tenant, 2);
        }

        void checkLimited(TenantModel tenant, int limit) {
            Conversation limited = tenant.port.getConversation(new ConversationQuery(id, limit));
            assertThat(limited.messages()).as("the %d most recent messages of %s, ascending", limit, id)
                    .containsExactlyElementsOf(messages.subList(Math.max(0, messages.size() - limit), messages.size()));
            assertThat(limited.summary().messageCount()).as("count of all messages of %s", id)
                    .isEqualTo(messages.size());
        }
    }
}
