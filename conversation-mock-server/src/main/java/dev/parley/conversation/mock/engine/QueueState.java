package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One webchat queue's mutable state inside a tenant: its agents, the customers waiting, and the
 * figures behind its statistics. Guarded by the owning tenant's lock.
 */
final class QueueState {

    final QueueId id;
    final QueueName name;
    private final Map<ParticipantArn, AgentState> agents = new LinkedHashMap<>();
    /** Waiting customers in the order they arrived: longest-waiting first. */
    private final Map<ParticipantArn, QueueEntry> entries = new LinkedHashMap<>();

    int chatCount;
    int activeCount;
    int abandonCount;
    long abandonSecondsTotal;
    long holdSecondsTotal;
    int holdSamples;
    long chatSecondsTotal;
    int chatSamples;

    QueueState(QueueId id, QueueName name) {
        this.id = id;
        this.name = name;
    }

    /** Sets an agent's status, adding the agent to the queue when new; whether the queue changed. */
    boolean setStatus(ParticipantArn agent, String agentName, AgentStatus status) {
        AgentState existing = agents.get(agent);
        if (existing != null && existing.status == status) {
            return false;
        }
        agents.computeIfAbsent(agent, arn -> new AgentState(arn, agentName)).status = status;
        return true;
    }

    /** Whether the customer is waiting in this queue. */
    boolean isWaiting(ParticipantArn customer) {
        return entries.containsKey(customer);
    }

    /** Notes that an agent took a chat in this queue, adding the agent (available) when new. */
    void agentChatted(ParticipantArn agent, String agentName, Instant at) {
        AgentState state = agents.computeIfAbsent(agent, arn -> {
            AgentState added = new AgentState(arn, agentName);
            added.status = AgentStatus.AVAILABLE;
            return added;
        });
        state.lastChatAt = at;
    }

    /** A customer starts waiting; a customer already waiting keeps the original entry. */
    QueueEntry enqueue(ParticipantArn customer, String customerName, String email, String question, Instant at) {
        return entries.computeIfAbsent(customer, arn -> new QueueEntry(arn, customerName, id, email, at, question));
    }

    /** An agent picks up a waiting customer: the entry leaves the queue and its hold time counts. */
    void pickUp(ParticipantArn customer, Instant at) {
        QueueEntry entry = entries.remove(customer);
        if (entry != null && entry.joinedAt() != null) {
            holdSecondsTotal += Duration.between(entry.joinedAt(), at).toSeconds();
            holdSamples++;
        }
    }

    /** A chat of this queue ended (its conversation closed): it is no longer active, and its length counts. */
    void chatEnded(Instant startedAt, Instant at) {
        activeCount = Math.max(0, activeCount - 1);
        chatSecondsTotal += Duration.between(startedAt, at).toSeconds();
        chatSamples++;
    }

    /** The queue as {@code getQueueStatuses} shows it; counts are derived from the lists. O(a + e). */
    QueueStatus status() {
        List<QueueAgent> listed = new ArrayList<>(agents.size());
        AgentState nextInRoundRobin = null;
        for (AgentState agent : agents.values()) {
            if (agent.status == AgentStatus.AVAILABLE && (nextInRoundRobin == null
                    || chattedEarlier(agent.lastChatAt, nextInRoundRobin.lastChatAt))) {
                nextInRoundRobin = agent;
            }
        }
        int available = 0;
        int busy = 0;
        int unavailable = 0;
        for (AgentState agent : agents.values()) {
            switch (agent.status) {
                case AVAILABLE -> available++;
                case BUSY -> busy++;
                default -> unavailable++;
            }
            listed.add(new QueueAgent(agent.arn, agent.name, agent.status, agent.lastChatAt,
                    agent == nextInRoundRobin, null));
        }
        List<QueueEntry> waiting = List.copyOf(entries.values());
        return new QueueStatus(
                name,
                listed.size(),
                available,
                busy,
                unavailable,
                listed,
                abandonCount,
                activeCount,
                average(abandonSecondsTotal, abandonCount),
                average(chatSecondsTotal, chatSamples),
                average(holdSecondsTotal, holdSamples),
                chatCount,
                waiting.size(),
                waiting.isEmpty() ? null : waiting.get(0).joinedAt(),
                waiting);
    }

    /** Round robin serves the agent who chatted longest ago; one who never chatted comes first. */
    private static boolean chattedEarlier(Instant candidate, Instant current) {
        if (candidate == null) {
            return current != null;
        }
        return current != null && candidate.isBefore(current);
    }

    private static int average(long total, int samples) {
        return samples == 0 ? 0 : (int) (total / samples);
    }

    private static final class AgentState {
        final ParticipantArn arn;
        final String name;
        AgentStatus status = AgentStatus.UNAVAILABLE;
        Instant lastChatAt;

        AgentState(ParticipantArn arn, String name) {
            this.arn = arn;
            this.name = name;
        }
    }
}
