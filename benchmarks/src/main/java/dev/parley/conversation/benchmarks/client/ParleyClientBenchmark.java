package dev.parley.conversation.benchmarks.client;

import dev.parley.conversation.benchmarks.http.Fixture;
import dev.parley.conversation.client.UltraCartConversationClient;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parley's client calling the fake (a separate process): list 50 summaries, get a conversation with
 * 20 messages, 20 messages since a point, mark read; with the builder's defaults, as a user would.
 * Run with {@code -t 1} and {@code -t 8}; compare with {@code UltraCartSdkClientBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
public class ParleyClientBenchmark {

    /** The fake's API base URL, {@code http://127.0.0.1:PORT/rest/v2}. */
    @Param("http://127.0.0.1:8089/rest/v2")
    public String baseUrl;
    /** The fixture's conversation. */
    @Param("")
    public String conversation;
    /** The fixture's messages-since epoch millisecond. */
    @Param("0")
    public long since;

    private ConversationPort client;
    private ConversationId id;

    @Setup
    public void connect() {
        client = UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(Fixture.KEY).build();
        id = ConversationId.of(conversation);
        list();
    }

    @Benchmark
    public Page<ConversationSummary> list() {
        return client.listConversations(ConversationListQuery.all().withLimit(50));
    }

    @Benchmark
    public Conversation get() {
        return client.getConversation(new ConversationQuery(id, 20));
    }

    @Benchmark
    public List<Message> messagesSince() {
        return client.getMessages(new MessagesQuery(id, Instant.ofEpochMilli(since), 20));
    }

    @Benchmark
    public void markRead() {
        client.markRead(id);
    }
}
