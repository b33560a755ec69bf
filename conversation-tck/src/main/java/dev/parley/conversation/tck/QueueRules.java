package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Operations 7 and 13: the webchat queues' statuses, and the agent's status in a queue. */
final class QueueRules {
    private final Kit kit;

    QueueRules(Kit kit) {
        this.kit = kit;
    }

    // ---- operation 7 ----------------------------------------------------------------------------

    void countsAgreeWithLists() {
        if (kit.can(BackstageCapability.QUEUES)) {
            QueueName busy = Kit.newQueueName();
            kit.newQueue(busy);
            customerWaits(busy, "first");
            customerWaits(busy, "second");
            kit.port().updateQueueStatus(busy, AgentStatus.BUSY);
            assertCountsAgree(statusOf(busy, "queues_01"), "queues_01");
            QueueName quiet = Kit.newQueueName();
            kit.newQueue(quiet);
            kit.port().updateQueueStatus(quiet, AgentStatus.UNAVAILABLE);
            assertCountsAgree(statusOf(quiet, "queues_01"), "queues_01");
        }
        for (QueueStatus status : kit.port().getQueueStatuses()) {
            assertCountsAgree(status, "queues_01");
        }
    }

    void eachQueueListedOnce() {
        List<QueueName> created = new ArrayList<>();
        if (kit.can(BackstageCapability.QUEUES)) {
            for (int i = 0; i < 3; i++) {
                QueueName name = Kit.newQueueName();
                kit.newQueue(name);
                created.add(name);
            }
        }
        List<QueueName> listed = kit.port().getQueueStatuses().stream().map(QueueStatus::name)
                .collect(Collectors.toList());
        assertThat(listed).as(rule("queues_02", "getQueueStatuses gives one status per queue: no queue twice"))
                .doesNotHaveDuplicates();
        assertThat(listed).as(rule("queues_02", "every queue of the merchant has a status, also one just created"))
                .containsAll(created);
    }

    void waitingCustomersListed() {
        QueueName name = Kit.newQueueName();
        QueueId id = kit.newQueue(name);
        Instant from = kit.clockOrNull();
        QueueEntry first = customerWaits(name, "first");
        QueueEntry second = customerWaits(name, "second");
        Instant to = kit.clockOrNull();
        QueueStatus status = statusOf(name, "queues_03");
        assertThat(status.entries()).extracting(QueueEntry::customerArn)
                .as(rule("queues_03", "each customer waiting in the queue is one of its queue_entries"))
                .containsExactlyInAnyOrder(first.customerArn(), second.customerArn());
        assertThat(status.customerWaitingCount())
                .as(rule("queues_03", "customer_waiting_count is the number of customers waiting")).isEqualTo(2);
        for (QueueEntry entry : status.entries()) {
            QueueEntry stored = entry.customerArn().equals(first.customerArn()) ? first : second;
            assertThat(entry).as(rule("queues_03", "a queue entry shows the customer's name, email and question as"
                    + " they joined, and the queue's uuid")).usingRecursiveComparison()
                    .comparingOnlyFields("customerArn", "name", "email", "question").isEqualTo(stored);
            assertThat(entry.queueId()).as(rule("queues_03", "a queue entry names the queue it waits in"))
                    .isEqualTo(id);
            Kit.assertWithin(entry.joinedAt(), from, to, rule("queues_03", "a queue entry says when the customer"
                    + " started waiting (join_dts)"));
        }
    }

    void entryReadAsStored() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        QueueEntry stored = customerWaits(name, "stored");
        assertThat(statusOf(name, "queues_04").entries())
                .as(rule("queues_04", "the queue entry read is the entry as stored, every field")).containsExactly(stored);
    }

    void freshQueueHasNoOneWaiting() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        QueueStatus status = statusOf(name, "queues_05");
        assertThat(status.entries()).as(rule("queues_05", "a queue just created has no one waiting")).isEmpty();
        assertThat(status.customerWaitingCount()).as(rule("queues_05", "a queue just created counts no one waiting"))
                .isZero();
    }

    void entriesLongestWaitingFirst() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        List<ParticipantArn> arrivals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kit.tick();
            arrivals.add(customerWaits(name, "arrival " + i).customerArn());
        }
        QueueStatus status = statusOf(name, "queues_06");
        kit.requireDistinct(status.entries().stream().map(QueueEntry::joinedAt).collect(Collectors.toList()),
                "tell who has waited longest");
        assertThat(status.entries()).extracting(QueueEntry::customerArn)
                .as(rule("queues_06", "queue entries come longest-waiting first")).containsExactlyElementsOf(arrivals);
        if (status.customerWaitingSince() != null) {
            assertThat(status.customerWaitingSince()).as(rule("queues_06", "customer_waiting_since is when the"
                    + " longest-waiting customer joined")).isEqualTo(status.entries().get(0).joinedAt());
        }
    }

    void pickingUpTakesCustomerOffTheQueue() {
        QueueName name = Kit.newQueueName();
        QueueId id = kit.newQueue(name);
        QueueEntry longest = customerWaits(name, "waits longest");
        kit.tick();
        kit.tick();
        QueueEntry shorter = customerWaits(name, "waits less");
        QueueEntry stillWaiting = customerWaits(name, "still waiting");
        kit.tick();
        kit.tick();
        kit.port().startConversation(new StartConversationRequest(List.of(longest.customerArn()), null, id));
        kit.port().startConversation(new StartConversationRequest(List.of(shorter.customerArn()), null, id));
        QueueStatus status = statusOf(name, "queues_07");
        assertThat(status.entries()).extracting(QueueEntry::customerArn)
                .as(rule("queues_07", "a webchat the agent starts in the queue with a waiting customer takes that"
                        + " customer off the queue; the others keep waiting")).containsExactly(stillWaiting.customerArn());
        assertCountsAgree(status, "queues_07");
        if (kit.can(BackstageCapability.CLOCK)) {
            long tick = Kit.TICK.toSeconds();
            assertThat(status.customerAverageHoldTimeSeconds()).as(rule("queues_07", "the customers picked up waited"
                    + " four and two ticks of " + tick + "s: the queue's average hold time is three ticks"))
                    .isEqualTo((int) (3 * tick));
        }
    }

    void webchatsCountAsChats() {
        QueueName name = Kit.newQueueName();
        QueueId id = kit.newQueue(name);
        QueueStatus before = statusOf(name, "queues_08");
        kit.port().startConversation(StartConversationRequest.inQueue(id));
        kit.port().startConversation(StartConversationRequest.inQueue(id));
        QueueStatus after = statusOf(name, "queues_08");
        assertThat(after.customerChatCount()).as(rule("queues_08", "customer_chat_count counts the webchats started"
                + " in the queue")).isEqualTo(before.customerChatCount() + 2);
        assertThat(after.customerActiveCount()).as(rule("queues_08", "customer_active_count counts the webchats"
                + " going on in the queue")).isEqualTo(before.customerActiveCount() + 2);
    }

    void agentTakingAWebchatIsListed() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        Kit.CustomerChat chat = kit.customerChats(name);
        kit.tick();
        Instant from = kit.clockOrNull();
        kit.port().joinConversation(chat.id());
        Instant to = kit.clockOrNull();
        QueueStatus joined = statusOf(name, "queues_09");
        QueueAgent me = agentIn(joined, "queues_09");
        Kit.assertWithin(me.lastChatAt(), from, to, rule("queues_09", "an agent who joins a webchat is listed in its"
                + " queue with last_chat_dts the time it joined"));
        assertThat(me.status()).as(rule("queues_09", "an agent new to the queue who takes a chat there is available"))
                .isEqualTo(AgentStatus.AVAILABLE);
        kit.tick();
        kit.port().joinConversation(chat.id());
        assertThat(statusOf(name, "queues_09")).as(rule("queues_09", "joining the webchat again changes nothing in"
                + " its queue either")).isEqualTo(joined);
        kit.port().leaveConversation(chat.id());
        kit.tick();
        Instant rejoined = kit.clockOrNull();
        kit.port().joinConversation(chat.id());
        Kit.assertWithin(agentIn(statusOf(name, "queues_09"), "queues_09").lastChatAt(), rejoined, kit.clockOrNull(),
                rule("queues_09", "an agent who takes the webchat again after leaving it has that as its last chat"));
        QueueName other = Kit.newQueueName();
        kit.port().startConversation(StartConversationRequest.inQueue(kit.newQueue(other)));
        assertThat(agentIn(statusOf(other, "queues_09"), "queues_09").lastChatAt())
                .as(rule("queues_09", "an agent who starts a webchat in a queue is listed there with its last chat"))
                .isNotNull();
    }

    void onlyAvailableAgentIsNextInRoundRobin() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        for (AgentStatus status : new AgentStatus[] {AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.AVAILABLE,
                AgentStatus.UNAVAILABLE}) {
            kit.port().updateQueueStatus(name, status);
            QueueStatus queue = statusOf(name, "queues_10");
            assertThat(agentIn(queue, "queues_10").nextRoundRobin()).as(rule("queues_10", "the queue's only agent is"
                    + " next in its round robin exactly when available; it is " + status))
                    .isEqualTo(status == AgentStatus.AVAILABLE);
        }
    }

    // ---- operation 13 ---------------------------------------------------------------------------

    void updateVisibleInStatuses() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        for (AgentStatus wanted : new AgentStatus[] {AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.UNAVAILABLE,
                AgentStatus.AVAILABLE}) {
            kit.port().updateQueueStatus(name, wanted);
            QueueStatus status = statusOf(name, "status_01");
            assertThat(agentIn(status, "status_01").status()).as(rule("status_01", "after setting " + wanted
                    + " the queue's status shows the agent " + wanted)).isEqualTo(wanted);
            assertCountsAgree(status, "status_01");
        }
    }

    void updateIsIdempotent() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        kit.port().updateQueueStatus(name, AgentStatus.BUSY);
        QueueStatus once = statusOf(name, "status_02");
        kit.port().updateQueueStatus(name, AgentStatus.BUSY);
        QueueStatus twice = statusOf(name, "status_02");
        assertThat(agentIn(twice, "status_02").status()).as(rule("status_02", "setting the same status again keeps it"))
                .isEqualTo(AgentStatus.BUSY);
        assertThat(twice.agentCount()).as(rule("status_02", "setting the same status again adds no agent"))
                .isEqualTo(once.agentCount());
    }

    void updateTouchesOnlyThatQueue() {
        QueueName mine = Kit.newQueueName();
        QueueName other = Kit.newQueueName();
        kit.newQueue(mine);
        kit.newQueue(other);
        kit.port().updateQueueStatus(other, AgentStatus.AVAILABLE);
        kit.port().updateQueueStatus(mine, AgentStatus.UNAVAILABLE);
        assertThat(agentIn(statusOf(other, "status_03"), "status_03").status())
                .as(rule("status_03", "setting the agent's status in one queue leaves the other queues alone"))
                .isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agentIn(statusOf(mine, "status_03"), "status_03").status())
                .as(rule("status_03", "the queue named in the update shows the new status"))
                .isEqualTo(AgentStatus.UNAVAILABLE);
    }

    void unknownQueueNotFound() {
        QueueName unknown = Kit.newQueueName();
        Kit.assertRefused(NotFoundException.class, rule("status_04", "updating the status in a queue the merchant"
                + " does not have (" + unknown + ") is 404"), () -> kit.port().updateQueueStatus(unknown, AgentStatus.AVAILABLE));
        assertThat(kit.port().getQueueStatuses()).extracting(QueueStatus::name)
                .as(rule("status_04", "a refused update creates no queue")).doesNotContain(unknown);
    }

    void unknownStatusRefused() {
        QueueName name = Kit.newQueueName();
        kit.newQueue(name);
        kit.port().updateQueueStatus(name, AgentStatus.AVAILABLE);
        Kit.assertRefused(IllegalArgumentException.class, rule("status_05", "the status UNKNOWN has no"
                + " spelling UltraCart accepts and is refused before any call"),
                () -> kit.port().updateQueueStatus(name, AgentStatus.UNKNOWN));
        Kit.assertRefused(NullPointerException.class, rule("status_05", "a null status is refused before any call,"
                + " as every null argument is (arguments_01)"), () -> kit.port().updateQueueStatus(name, null));
        assertThat(agentIn(statusOf(name, "status_05"), "status_05").status())
                .as(rule("status_05", "a refused update leaves the agent's status as it was"))
                .isEqualTo(AgentStatus.AVAILABLE);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private QueueEntry customerWaits(QueueName queue, String what) {
        String tag = Kit.unique(what);
        QueueEntry entry = kit.backstage().customerWaits(queue, Kit.newCustomerArn(), "Customer " + tag,
                tag + "@example.com", "Question " + tag + "?");
        assertThat(entry).as("Backstage.customerWaits must return the queue entry as stored").isNotNull();
        return entry;
    }

    /** The one status of {@code name}, failing with the rule when it is missing or listed twice. */
    QueueStatus statusOf(QueueName name, String ruleId) {
        List<QueueStatus> matching = kit.port().getQueueStatuses().stream().filter(s -> name.equals(s.name()))
                .collect(Collectors.toList());
        assertThat(matching).as(rule(ruleId, "getQueueStatuses lists the queue " + name + " exactly once"))
                .hasSize(1);
        return matching.get(0);
    }

    /** The agent's one entry among the queue's agents. */
    private QueueAgent agentIn(QueueStatus status, String ruleId) {
        List<QueueAgent> entries = status.agents().stream().filter(a -> kit.agentArn().equals(a.arn()))
                .collect(Collectors.toList());
        assertThat(entries).as(rule(ruleId, "the queue " + status.name() + " lists the agent " + kit.agentArn()
                + " exactly once after it set its status there; agents were " + status.agents())).hasSize(1);
        return entries.get(0);
    }

    static void assertCountsAgree(QueueStatus status, String ruleId) {
        String queue = "queue " + status.name() + ": ";
        assertThat(status.agentCount()).as(rule(ruleId, queue + "agent_count is the number of agents listed"))
                .isEqualTo(status.agents().size());
        assertThat(status.agentAvailableCount()).as(rule(ruleId, queue + "agent_available_count is the number of"
                + " agents listed available")).isEqualTo(count(status, AgentStatus.AVAILABLE));
        assertThat(status.agentBusyCount()).as(rule(ruleId, queue + "agent_busy_count is the number of agents"
                + " listed busy")).isEqualTo(count(status, AgentStatus.BUSY));
        assertThat(status.agentUnavailableCount()).as(rule(ruleId, queue + "agent_unavailable_count is the number of"
                + " agents listed unavailable")).isEqualTo(count(status, AgentStatus.UNAVAILABLE));
        assertThat(status.agentAvailableCount() + status.agentBusyCount() + status.agentUnavailableCount())
                .as(rule(ruleId, queue + "agent_count = available + busy + unavailable counts"))
                .isEqualTo(status.agentCount());
        assertThat(status.customerWaitingCount()).as(rule(ruleId, queue + "customer_waiting_count is the number of"
                + " queue_entries")).isEqualTo(status.entries().size());
        assertThat(status.isConsistent()).as(rule(ruleId, queue + "QueueStatus.isConsistent()")).isTrue();
    }

    private static int count(QueueStatus status, AgentStatus wanted) {
        return (int) status.agents().stream().filter(a -> a.status() == wanted).count();
    }
}
