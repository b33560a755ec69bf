package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.KEY;
import static dev.parley.conversation.client.Scripted.error;
import static dev.parley.conversation.client.Scripted.noContent;
import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.tck.CustomerConversation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The asynchronous view: the same requests, answers, retries and errors as the synchronous client, without waiting. */
class AsyncClientTest {
    private static final long WAIT_SECONDS = 10;

    @StartStop
    final MockWebServer server = new MockWebServer();

    /** A sleeper that must never block: asynchronous retries are scheduled. Scheduled retries run when released. */
    static final class SchedulingOnly extends Scripted.RecordingSleeper {
        final List<Runnable> scheduled = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            throw new AssertionError("an asynchronous retry slept a thread for " + duration);
        }

        @Override
        public synchronized void schedule(Duration duration, Runnable task) {
            waits.add(duration);
            scheduled.add(task);
            notifyAll();
        }

        synchronized void releaseAll() {
            List<Runnable> due = new ArrayList<>(scheduled);
            scheduled.clear();
            due.forEach(Runnable::run);
        }
    }

    @Test
    void everyOperationAnswersAsItsSynchronousTwinAgainstTheFake() throws Exception {
        String key = FakeOverHttp.newKey();
        HttpBackstage backstage = FakeOverHttp.backstage(key);
        QueueName queue = QueueName.of("async-support");
        backstage.createQueue(queue);
        ConversationId id = backstage.customerStartsConversation(
                CustomerConversation.webchat(queue, ParticipantArn.of("arn:customer:ada"), "Ada", "Where is my order?"));
        UltraCartConversationClient client = FakeOverHttp.client(key).build();
        AsyncConversationClient async = client.async();

        assertThat(await(async.getConversation(id))).isEqualTo(client.getConversation(id));
        assertThat(await(async.getWebchatContext(id))).isEqualTo(client.getWebchatContext(id));
        assertThat(await(async.getMessages(MessagesQuery.all(id)))).isEqualTo(client.getMessages(MessagesQuery.all(id)));
        assertThat(await(async.listConversations(ConversationListQuery.all())))
                .isEqualTo(client.listConversations(ConversationListQuery.all()));
        assertThat(await(async.getQueueStatuses())).isEqualTo(client.getQueueStatuses());
        assertThat(await(async.authorizeAgent()).agentArn()).isEqualTo(client.authorizeAgent().agentArn());
        assertThat(await(async.createUploadUrl("png")).key().value()).endsWith(".png");
        await(async.keepAlive());
        await(async.joinConversation(id));
        assertThat(client.getConversation(id).summary().participants()).anyMatch(p -> p.leftAt() == null
                && p.arn().equals(client.authorizeAgent().agentArn()));
        await(async.leaveConversation(id));
        await(async.markRead(id));
        assertThat(client.getConversation(id).summary().unreadMessages()).isFalse();
        await(async.updateQueueStatus(queue, AgentStatus.BUSY));
        assertThat(client.getQueueStatuses()).filteredOn(s -> s.name().equals(queue))
                .flatExtracting(s -> s.agents()).extracting(a -> a.status()).containsExactly(AgentStatus.BUSY);
        Conversation started = await(async.startConversation(
                StartConversationRequest.withParticipants(ParticipantArn.of("arn:customer:+15551230000"))));
        assertThat(client.getConversation(started.summary().id())).isEqualTo(started);
        client.close();
    }

    @Test
    void retriesAreScheduledNotSleptAndCountedLikeSynchronousOnes() throws Exception {
        SchedulingOnly sleeper = new SchedulingOnly();
        server.enqueue(error(503, "busy"));
        server.enqueue(error(429, "slow down").newBuilder().addHeader("Retry-After", "2").build());
        server.enqueue(noContent());
        AsyncConversationClient async = Scripted.client(server, sleeper).build().async();

        CompletableFuture<Void> done = async.keepAlive();
        awaitScheduled(sleeper, 1);
        sleeper.releaseAll();
        awaitScheduled(sleeper, 1);
        sleeper.releaseAll();

        await(done);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(2));
    }

    @Test
    void aFailureCompletesTheFutureWithTheExceptionTheSynchronousCallThrows() {
        server.enqueue(error(404, "Conversation abc not found"));
        server.enqueue(error(404, "Conversation abc not found"));
        UltraCartConversationClient client = Scripted.client(server);

        Throwable synchronous = catchFailure(() -> client.getConversation(ConversationId.of("abc")));
        Throwable asynchronous = failureOf(client.async().getConversation(ConversationId.of("abc")));

        assertThat(asynchronous).isInstanceOf(NotFoundException.class).hasMessage(synchronous.getMessage());
    }

    @Test
    void retriesGiveUpAsTheSynchronousClientDoes() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(503, "still busy").newBuilder().addHeader("Retry-After", "1").build());
        }

        Throwable failure = failureOf(Scripted.client(server).async().keepAlive());

        assertThat(failure).isInstanceOf(ServerErrorException.class)
                .hasMessage("GET /conversation/agent/keepalive answered 503 Service Unavailable: still busy"
                        + " (gave up after 4 attempts)");
        assertThat(((ServerErrorException) failure).retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void startConversationIsSentOnceAsynchronouslyToo() {
        server.enqueue(error(503, "busy"));

        assertThat(failureOf(Scripted.client(server).async().startConversation(
                StartConversationRequest.withParticipants(ParticipantArn.of("arn:c:1")))))
                .isInstanceOf(ServerErrorException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anEchoedCredentialIsScrubbedFromTheFailure() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("UC-REST-ERROR", "key " + KEY + " refused").build());

        assertThat(failureOf(Scripted.client(server).async().keepAlive()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage("GET /conversation/agent/keepalive answered 401 Unauthorized: key <redacted> refused");
    }

    @Test
    void cancellingTheFutureCancelsTheOkHttpCall() throws Exception {
        CountDownLatch canceled = new CountDownLatch(1);
        OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                canceled.countDown();
            }
        }).build();
        server.enqueue(ok("{}").newBuilder().headersDelay(30, TimeUnit.SECONDS).build());
        AsyncConversationClient async = Scripted.client(server, new Scripted.RecordingSleeper())
                .okHttpClient(http).build().async();

        CompletableFuture<Void> pending = async.keepAlive();
        assertThat(server.takeRequest(WAIT_SECONDS, TimeUnit.SECONDS)).as("the request reached the server").isNotNull();
        assertThat(pending).as("nothing waits for the answer: the future is handed back at once").isNotDone();
        pending.cancel(true);

        assertThat(canceled.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("OkHttp's call was cancelled").isTrue();
        assertThat(pending).isCancelled();
    }

    @Test
    void cancellingWhileARetryWaitsSendsNothingMore() {
        SchedulingOnly sleeper = new SchedulingOnly();
        server.enqueue(error(503, "busy"));
        server.enqueue(noContent());
        CompletableFuture<Void> pending = Scripted.client(server, sleeper).build().async().keepAlive();
        awaitScheduled(sleeper, 1);

        pending.cancel(true);
        sleeper.releaseAll();

        assertThatThrownBy(pending::join).isInstanceOf(CancellationException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aClosedClientRefusesAsynchronousCallsAtOnce() {
        UltraCartConversationClient client = Scripted.client(server);
        client.close();

        assertThatThrownBy(() -> client.async().keepAlive()).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void argumentsAreCheckedBeforeAFutureExists() {
        AsyncConversationClient async = Scripted.client(server).async();

        assertThatThrownBy(() -> async.getMessages(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("messages query must not be null");
        assertThatThrownBy(() -> async.createUploadUrl("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not fail in time", e);
        }
        throw new AssertionError("the future succeeded");
    }

    private static Throwable catchFailure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    /** Waits until {@code count} retries are scheduled (from OkHttp's threads), woken by each one. */
    private static void awaitScheduled(SchedulingOnly sleeper, int count) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            synchronized (sleeper) {
                if (sleeper.scheduled.size() >= count) {
                    return;
                }
                if (System.nanoTime() > until) {
                    throw new AssertionError("no retry was scheduled within " + WAIT_SECONDS + " s");
                }
                try {
                    sleeper.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void theRealSchedulerSendsTheRetry() throws Exception {
        server.enqueue(error(503, "busy").newBuilder().addHeader("Retry-After", "0").build());
        server.enqueue(noContent());
        UltraCartConversationClient client = UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2").toString()).simpleKey(KEY).build();

        await(client.async().keepAlive());

        assertThat(server.getRequestCount()).isEqualTo(2);
        client.close();
    }
}
