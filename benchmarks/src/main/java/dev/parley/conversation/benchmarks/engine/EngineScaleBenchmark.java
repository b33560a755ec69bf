package dev.parley.conversation.benchmarks.engine;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's operations on one tenant of 10,000 and 100,000 conversations (20 messages each: 200,000
 * and 2,000,000 messages), each call on a conversation picked at random so the data is touched the way
 * a busy console touches it. Latency should not depend on the tenant's size (the costs are O(log n)).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineScaleBenchmark {

    static final int MESSAGES_PER_CONVERSATION = 20;
    static final int PAGE = 50;

    @Param({"10000", "100000"})
    public int conversations;

    private EngineData data;
    private ConversationPort agent;

    /** Each thread's own random picks. */
    @State(Scope.Thread)
    public static class Picks {
        final SplittableRandom random = new SplittableRandom(20_261_124L);
    }

    @Setup(Level.Trial)
    public void load() {
        data = EngineData.load(conversations, MESSAGES_PER_CONVERSATION);
        agent = data.engine.port(EngineData.CREDENTIAL);
    }

    @Benchmark
    public Page<ConversationSummary> listFirstPage() {
        return agent.listConversations(new ConversationListQuery(null, null, PAGE, 0));
    }

    @Benchmark
    public Page<ConversationSummary> listPageAtRandomOffset(Picks picks) {
        return agent.listConversations(new ConversationListQuery(null, null, PAGE,
                picks.random.nextInt(conversations - PAGE)));
    }

    @Benchmark
    public List<Message> messagesSince(Picks picks) {
        int c = picks.random.nextInt(conversations);
        return agent.getMessages(new MessagesQuery(data.ids[c], Instant.ofEpochMilli(data.sinceEpochs[c]), null));
    }

    @Benchmark
    public Conversation getWithLimit(Picks picks) {
        return agent.getConversation(new ConversationQuery(data.ids[picks.random.nextInt(conversations)], 20));
    }

    @Benchmark
    public void join(Picks picks) {
        agent.joinConversation(data.ids[picks.random.nextInt(conversations)]);
    }

    @Benchmark
    public void markRead(Picks picks) {
        agent.markRead(data.ids[picks.random.nextInt(conversations)]);
    }
}
