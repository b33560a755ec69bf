package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.ParticipantArn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int MESSAGES_PER_THREAD = 250;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
    private final ConversationEngine engine = EngineFixture.frozenEngine();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Runs every task at once (released together by a latch) and waits for all of them. */
    private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void manyWritersToOneConversationLoseNoMessageAndTimesStayStrictlyIncreasing() throws Exception {
        TenantControl backstage = engine.control("busy");
        ConversationPort agent = engine.port("busy");
        ConversationId id = backstage.customerStartsConversation(
                Medium.SMS, null, ParticipantArn.of("arn:test:customer"), "Ada", null);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ParticipantArn author = ParticipantArn.of("arn:test:writer/" + t);
            tasks.add(() -> {
                for (int i = 0; i < MESSAGES_PER_THREAD; i++) {
                    backstage.addMessage(id, author, null, author + " #" + i);
                }
                return MESSAGES_PER_THREAD;
            });
        }
        // Readers run alongside and must always see a consistent conversation.
        for (int r = 0; r < 2; r++) {
            tasks.add(() -> {
                int reads = 0;
                for (int i = 0; i < 200; i++) {
                    var conversation = agent.getConversation(id);
                    assertThat(conversation.messages()).hasSize(conversation.summary().messageCount());
                    assertThat(agent.listConversations(ConversationListQuery.all()).totalRecords()).isEqualTo(1);
                    reads++;
                }
                return reads;
            });
        }

        runTogether(tasks);

        List<Message> messages = agent.getMessages(MessagesQuery.all(id));
        assertThat(messages).hasSize(THREADS * MESSAGES_PER_THREAD);
        assertThat(messages.stream().map(Message::body).distinct()).hasSize(THREADS * MESSAGES_PER_THREAD);
        for (int i = 1; i < messages.size(); i++) {
            assertThat(messages.get(i).epochMillis()).isGreaterThan(messages.get(i - 1).epochMillis());
        }
        assertThat(agent.getConversation(id).participants()).hasSize(THREADS + 1);
    }

    @Test
    void threadsFirstUsingOneCredentialTogetherShareOneTenant() throws Exception {
        List<Callable<MerchantId>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String customer = "arn:test:customer/" + t;
            tasks.add(() -> {
                engine.control("fresh").customerStartsConversation(
                        Medium.SMS, null, ParticipantArn.of(customer), null, "hi");
                return engine.control("fresh").merchantId();
            });
        }

        Set<MerchantId> merchants = new HashSet<>(runTogether(tasks));

        assertThat(merchants).hasSize(1);
        assertThat(engine.port("fresh").listConversations(ConversationListQuery.all()).totalRecords())
                .isEqualTo(THREADS);
    }
}
