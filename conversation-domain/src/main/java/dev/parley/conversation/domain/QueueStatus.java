package dev.parley.conversation.domain;

import java.time.Instant;
import java.util.List;

/**
 * One webchat queue's state: its agents and the customers waiting ({@code ConversationWebchatQueueStatus}).
 *
 * <p>UltraCart's counts agree with the lists: {@code agentCount} is the number of agents and the
 * sum of the available, busy and unavailable counts; {@code customerWaitingCount} is the number of
 * entries. The constructor does not enforce this (a server may disagree), {@link #isConsistent()} checks it.
 *
 * @param name                       the queue's name
 * @param agentCount                 agents in the queue
 * @param agentAvailableCount        agents available
 * @param agentBusyCount             agents busy
 * @param agentUnavailableCount      agents unavailable
 * @param agents                     the agents
 * @param customerAbandonCount       customers who gave up waiting
 * @param customerActiveCount        customers in a chat now
 * @param customerAverageAbandonTimeSeconds average wait before giving up
 * @param customerAverageChatTimeSeconds    average chat length
 * @param customerAverageHoldTimeSeconds    average wait before an agent answered
 * @param customerChatCount          chats held
 * @param customerWaitingCount       customers waiting
 * @param customerWaitingSince       when the longest-waiting customer joined; optional
 * @param entries                    the customers waiting, longest-waiting first
 */
public record QueueStatus(
        QueueName name,
        int agentCount,
        int agentAvailableCount,
        int agentBusyCount,
        int agentUnavailableCount,
        List<QueueAgent> agents,
        int customerAbandonCount,
        int customerActiveCount,
        int customerAverageAbandonTimeSeconds,
        int customerAverageChatTimeSeconds,
        int customerAverageHoldTimeSeconds,
        int customerChatCount,
        int customerWaitingCount,
        Instant customerWaitingSince,
        List<QueueEntry> entries) {

    /**
     * Creates the value, checking its components.
     *
     * @param name the queue's name
     * @param agentCount agents in the queue
     * @param agentAvailableCount agents available
     * @param agentBusyCount agents busy
     * @param agentUnavailableCount agents unavailable
     * @param agents the agents
     * @param customerAbandonCount customers who gave up waiting
     * @param customerActiveCount customers in a chat now
     * @param customerAverageAbandonTimeSeconds average wait before giving up
     * @param customerAverageChatTimeSeconds average chat length
     * @param customerAverageHoldTimeSeconds average wait before an agent answered
     * @param customerChatCount chats held
     * @param customerWaitingCount customers waiting
     * @param customerWaitingSince when the longest-waiting customer joined; optional
     * @param entries the customers waiting, longest-waiting first
     * @throws IllegalArgumentException when the name is null or a list holds null
     */
    public QueueStatus {
        Checks.nonNull(name, "queue name");
        agents = Checks.list(agents, "queue agents");
        entries = Checks.list(entries, "queue entries");
    }

    /**
     * Whether the counts agree with the lists, as UltraCart documents.
     *
     * @return true when every count matches its list
     */
    public boolean isConsistent() {
        return agentCount == agents.size()
                && agentCount == agentAvailableCount + agentBusyCount + agentUnavailableCount
                && customerWaitingCount == entries.size();
    }
}
