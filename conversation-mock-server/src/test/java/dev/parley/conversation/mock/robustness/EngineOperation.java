package dev.parley.conversation.mock.robustness;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One step of a random session against the engine. Conversations are named by position ({@code pick}
 * modulo the tenant's conversations at the time the step runs), so every generated sequence is valid
 * and shrinks to a shorter valid one.
 */
sealed interface EngineOperation {

    /** Which tenant (credential index) the step acts in. */
    int tenant();

    /** A customer opens an SMS or webchat conversation, with or without a first message. */
    record CustomerStarts(int tenant, boolean webchat, int customer, boolean withFirstMessage) implements EngineOperation {
    }

    /** The agent starts an SMS conversation with a customer through the port. */
    record AgentStarts(int tenant, int customer) implements EngineOperation {
    }

    /** A message arrives from the conversation's customer, another customer, or the tenant's agent. */
    record AddMessage(int tenant, int pick, int author) implements EngineOperation {
    }

    /** The agent joins a conversation. */
    record Join(int tenant, int pick) implements EngineOperation {
    }

    /** The agent leaves a conversation. */
    record Leave(int tenant, int pick) implements EngineOperation {
    }

    /** The agent marks a conversation read. */
    record MarkRead(int tenant, int pick) implements EngineOperation {
    }

    /** The tenant's clock moves forward by 0 to 3 ms (0 keeps it frozen, so stamps collide on the clock). */
    record AdvanceClock(int tenant, int millis) implements EngineOperation {
    }

    /** The agent reads one conversation, with a message limit or without. */
    record ReadConversation(int tenant, int pick, int limitOrZero) implements EngineOperation {
    }

    /** The agent pages forward through one conversation's messages from a position. */
    record ReadMessagesSince(int tenant, int pick, int from, int limitOrZero) implements EngineOperation {
    }

    /** The agent lists one page, by medium and offset, with a {@code before} taken from a position. */
    record ListPage(int tenant, int medium, int limit, int offset, int beforePick) implements EngineOperation {
    }

    /** A customer starts waiting in a queue, or the agent sets a queue status. */
    record QueueActivity(int tenant, int customer, int status) implements EngineOperation {
    }

    /** How many tenants the generated sessions act in. */
    int TENANTS = 3;

    /** Any operation, weighted towards those that change state. */
    static Gen<EngineOperation> any() {
        Gen<Integer> tenant = integers().between(0, TENANTS - 1);
        Gen<Integer> pick = integers().between(0, 1_000);
        Gen<Integer> customer = integers().between(0, 6);
        Gen<Boolean> flag = booleans().all();
        return Generate.frequency(
                weighted(3, tenant.zip(flag, customer, flag, CustomerStarts::new)),
                weighted(1, tenant.zip(customer, AgentStarts::new)),
                weighted(6, tenant.zip(pick, integers().between(0, 2), AddMessage::new)),
                weighted(2, tenant.zip(pick, Join::new)),
                weighted(1, tenant.zip(pick, Leave::new)),
                weighted(2, tenant.zip(pick, MarkRead::new)),
                weighted(2, tenant.zip(integers().between(0, 3), AdvanceClock::new)),
                weighted(2, tenant.zip(pick, integers().between(0, 4), ReadConversation::new)),
                weighted(2, tenant.zip(pick, pick, integers().between(0, 4), ReadMessagesSince::new)),
                weighted(2, tenant.zip(integers().between(0, 2), integers().between(1, 5),
                        integers().between(0, 12), pick, ListPage::new)),
                weighted(1, tenant.zip(customer, integers().between(0, 3), QueueActivity::new)));
    }

    private static Pair<Integer, Gen<EngineOperation>> weighted(int weight, Gen<? extends EngineOperation> operations) {
        return Pair.of(weight, operations.map(operation -> (EngineOperation) operation));
    }
}
