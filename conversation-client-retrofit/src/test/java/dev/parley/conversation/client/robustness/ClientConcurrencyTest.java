package dev.parley.conversation.client.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.client.RetryPolicy;
import dev.parley.conversation.client.UltraCartConversationClient;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.mock.server.Fault;
import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.mock.server.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads hammering one conversation and one tenant of the HTTP fake through one shared client:
 * customers write over the control plane while agents read, page forward, join, leave, mark read and
 * start conversations. Nothing is lost or doubled, no call fails, and the run is bounded by a timeout
 * (a deadlock or a stuck connection fails it).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ClientConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 40;
    private static final String KEY = "concurrency-key";

    private FakeUltraCart fake;
    private ConversationPort client;
    private ConversationId hot;
    private final HttpClient backstage = HttpClient.newHttpClient();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @BeforeEach
    void start() {
        // A journal big enough to keep the whole run, so the fault test can count the refusals it survived.
        fake = FakeUltraCart.builder().strictValidation(true).journalSize(100_000).start();
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcherFor(THREADS))
                .connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES))
                .build();
        client = UltraCartConversationClient.builder().baseUrl(fake.baseUrl()).simpleKey(KEY).okHttpClient(http)
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(20))
                        .maxAttempts(20).build())
                .build();
        hot = fake.control(KEY).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:concurrency:customer/0"), "Ada", "opening line");
    }

    private static Dispatcher dispatcherFor(int threads) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(threads * 2);
        dispatcher.setMaxRequestsPerHost(threads * 2);
        return dispatcher;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        fake.close();
    }

    @Test
    void concurrency_everyMessageWrittenDuringTheHammeringIsListedExactlyOnceAndEveryReaderSawItOnce() {
        hammerAndCheck();
    }

    @Test
    void faults_underInjectedRefusalsTheRetriedReadsAllSucceedAndNoWriteIsDoubled() {
        // 503s, 429s and dropped connections on the hot conversation's reads, while the workers hammer it.
        fake.control(KEY).addFault(Fault.status(503).forMethod("GET").forPath(".*/conversations/" + hot + ".*").times(40));
        fake.control(KEY).addFault(Fault.status(429).withRetryAfter(Duration.ZERO).forMethod("GET")
                .forPath(".*/messages/.*").times(40));
        fake.control(KEY).addFault(Fault.disconnect().forMethod("GET").forPath(".*/conversations").times(10));
        hammerAndCheck();
        Map<Integer, Long> refusals = fake.control(KEY).requests().stream()
                .filter(r -> r.status() == 503 || r.status() == 429 || r.status() == 0)
                .collect(Collectors.groupingBy(RecordedRequest::status, Collectors.counting()));
        assertThat(refusals).as("the refusals the client retried through").containsEntry(503, 40L).containsEntry(429, 40L)
                .containsEntry(0, 10L);
    }

    private void hammerAndCheck() {
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(new Worker(t));
        }
        runAllAtOnce(workers);

        List<String> written = workers.stream().flatMap(w -> w.written.stream()).toList();
        List<Message> stored = client.getMessages(MessagesQuery.all(hot));
        assertThat(stored.stream().map(Message::body).filter(b -> b.startsWith("worker")).toList())
                .as("every message written by the %d workers, once", THREADS)
                .containsExactlyInAnyOrderElementsOf(written);
        assertThat(stored).extracting(Message::epochMillis).isSorted().doesNotHaveDuplicates();
        for (Worker worker : workers) {
            // Each worker paged forward with since = the last message it saw: it must have seen a gapless,
            // duplicate-free prefix of the final list.
            assertThat(worker.seen).as("what worker %d saw paging forward", worker.index)
                    .containsExactlyElementsOf(stored.subList(0, worker.seen.size()));
        }
        Set<ConversationId> started = workers.stream().flatMap(w -> w.started.stream()).collect(Collectors.toSet());
        List<ConversationId> listed = client.streamConversations(ConversationListQuery.all().withLimit(7))
                .map(ConversationSummary::id).toList();
        assertThat(listed).as("every conversation, listed once").doesNotHaveDuplicates()
                .containsAll(started).contains(hot).hasSize(started.size() + 1);
        assertThat(client.getConversation(hot).summary().messageCount()).isEqualTo(stored.size());
    }

    private void runAllAtOnce(List<Worker> workers) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Worker worker : workers) {
            running.add(pool.submit((Callable<Void>) () -> {
                go.await();
                worker.run();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : running) {
            try {
                future.get(120, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("a worker did not finish within 120 s: deadlock or stuck connection", e);
            } catch (ExecutionException e) {
                throw new AssertionError("a worker failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** One agent console and one customer, sharing the client with the other workers. */
    private final class Worker {
        final int index;
        final List<String> written = new ArrayList<>();
        final List<Message> seen = new ArrayList<>();
        final List<ConversationId> started = new ArrayList<>();

        Worker(int index) {
            this.index = index;
        }

        void run() throws IOException, InterruptedException {
            Set<String> seenBodies = new HashSet<>();
            for (int round = 0; round < ROUNDS; round++) {
                String body = "worker " + index + " round " + round;
                addMessage(body);
                written.add(body);
                Instant since = seen.isEmpty() ? Instant.EPOCH : seen.get(seen.size() - 1).sentAt();
                List<Message> fresh = client.getMessages(MessagesQuery.since(hot, since).withLimit(5));
                for (Message message : fresh) {
                    assertThat(seenBodies.add(message.body())).as("worker %d sees %s once", index, message.body()).isTrue();
                }
                seen.addAll(fresh);
                switch (round % 6) {
                    case 0 -> client.joinConversation(hot);
                    case 1 -> client.markRead(hot);
                    case 2 -> {
                        Conversation conversation = client.getConversation(new ConversationQuery(hot, 10));
                        assertThat(conversation.messages()).extracting(Message::epochMillis).isSorted();
                        assertThat(conversation.summary().messageCount()).isGreaterThanOrEqualTo(conversation.messages().size());
                    }
                    case 3 -> client.leaveConversation(hot);
                    case 4 -> started.add(client.startConversation(StartConversationRequest.withParticipants(
                            ParticipantArn.of("arn:concurrency:customer/" + index + "-" + round))).id());
                    default -> assertThat(client.listConversations(ConversationListQuery.all().withLimit(20)).items())
                            .extracting(ConversationSummary::id).doesNotHaveDuplicates();
                }
            }
        }

        /** A customer's message through the fake's HTTP control plane. */
        private void addMessage(String body) throws IOException, InterruptedException {
            URI uri = URI.create(fake.baseUrl().replace("/rest/v2", "/__admin/conversations/" + hot + "/messages"));
            HttpResponse<String> response = backstage.send(HttpRequest.newBuilder(uri)
                    .header("x-ultracart-simple-key", KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"author_arn\":\"arn:concurrency:customer/" + index
                            + "\",\"body\":\"" + body + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("adding %s: %s", body, response.body()).isEqualTo(201);
        }
    }
}
