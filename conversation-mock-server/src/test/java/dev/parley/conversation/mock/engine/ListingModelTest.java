package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The indexed listing, checked against a naive sort of every conversation after random operations. */
class ListingModelTest {

    private static final QueueName QUEUE = QueueName.of("Support");

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("model");
    private final TenantControl backstage = engine.control("model");
    private final List<ConversationId> ids = new ArrayList<>();

    @Test
    void rule8_everyPageEqualsTheNaiveNewestFirstListingUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 600; step++) {
            apply(random);
            if (step % 5 == 0) {
                ConversationListQuery query = randomQuery(random);
                assertThat(agent.listConversations(query))
                        .as("step %d, %s", step, query)
                        .isEqualTo(naive(query));
            }
        }
    }

    private void apply(SplittableRandom random) {
        int choice = random.nextInt(10);
        ParticipantArn customer = ParticipantArn.of("arn:test:customer/" + random.nextInt(30));
        if (ids.isEmpty() || choice < 2) {
            Medium medium = random.nextBoolean() ? Medium.SMS : Medium.WEBSOCKET;
            ids.add(backstage.customerStartsConversation(medium, medium == Medium.SMS ? null : QUEUE, customer,
                    null, random.nextBoolean() ? "hello" : null));
        } else if (choice == 2) {
            ids.add(agent.startConversation(StartConversationRequest.withParticipants(customer)).id());
        } else if (choice < 8) {
            ConversationId id = ids.get(random.nextInt(ids.size()));
            backstage.addMessage(id, customer, null, "message " + random.nextInt(1_000));
        } else {
            // Zero advances keep the clock frozen, so several events share a clock reading.
            backstage.advanceClock(Duration.ofMillis(random.nextInt(3)));
        }
    }

    private ConversationListQuery randomQuery(SplittableRandom random) {
        Medium medium = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Medium.SMS;
            default -> Medium.WEBSOCKET;
        };
        Instant before = random.nextInt(3) == 0
                ? null
                : EngineFixture.T0.plusMillis(random.nextInt((int) Duration.between(EngineFixture.T0,
                        backstage.now()).toMillis() + 3)).plusNanos(random.nextBoolean() ? 0 : 500_000);
        int limit = 1 + random.nextInt(8);
        int offset = random.nextInt(ids.size() + 3);
        return new ConversationListQuery(medium, before, limit, offset);
    }

    private Page<ConversationSummary> naive(ConversationListQuery query) {
        List<ConversationSummary> matching = ids.stream()
                .map(id -> agent.getConversation(id).summary())
                .filter(s -> query.medium() == null || s.medium() == query.medium())
                .filter(s -> query.before() == null || position(s).isBefore(query.before()))
                .sorted(Comparator.comparing(ListingModelTest::position).reversed()
                        .thenComparing(s -> s.id().value()))
                .toList();
        int from = Math.min(query.offset(), matching.size());
        List<ConversationSummary> items = matching.subList(from, Math.min(matching.size(), from + query.limit()));
        int end = query.offset() + items.size();
        return new Page<>(items, query.offset(), query.limit(), matching.size(),
                !items.isEmpty() && end < matching.size() ? end : null);
    }

    /** Where the contract places a conversation: its last message, or its start when it has none. */
    private static Instant position(ConversationSummary summary) {
        return summary.lastMessageAt() != null ? summary.lastMessageAt() : summary.startedAt();
    }
}
