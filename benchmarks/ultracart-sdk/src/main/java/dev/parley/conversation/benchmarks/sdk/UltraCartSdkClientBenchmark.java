package dev.parley.conversation.benchmarks.sdk;

import com.ultracart.admin.v2.ConversationApi;
import com.ultracart.admin.v2.models.ConversationMessagesResponse;
import com.ultracart.admin.v2.models.ConversationResponse;
import com.ultracart.admin.v2.models.ConversationsResponse;
import com.ultracart.admin.v2.util.ApiException;
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
 * UltraCart's official Java SDK ({@code com.ultracart:rest-sdk}) calling the fake: the same four
 * requests as {@code ParleyClientBenchmark}, set up as UltraCart's documentation shows (simple key
 * constructor), pointed at the fake's base URL. Run with {@code -t 1} and {@code -t 8}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
public class UltraCartSdkClientBenchmark {

    /** The fake's API base URL, {@code http://127.0.0.1:PORT/rest/v2}. */
    @Param("http://127.0.0.1:8089/rest/v2")
    public String baseUrl;
    /** The fixture's conversation. */
    @Param("")
    public String conversation;
    /** The fixture's messages-since epoch millisecond. */
    @Param("0")
    public long since;

    private ConversationApi api;

    @Setup
    public void connect() throws ApiException {
        api = new ConversationApi("bench-key", false, false);
        api.getApiClient().setBasePath(baseUrl);
        // Fails the run at once if the SDK cannot read the fake's answers.
        list();
    }

    @Benchmark
    public ConversationsResponse list() throws ApiException {
        return api.getConversations(null, null, 50, null);
    }

    @Benchmark
    public ConversationResponse get() throws ApiException {
        return api.getConversation(conversation, 20);
    }

    @Benchmark
    public ConversationMessagesResponse messagesSince() throws ApiException {
        return api.getConversationMessages(conversation, since, 20);
    }

    @Benchmark
    public void markRead() throws ApiException {
        api.markReadConversation(conversation);
    }
}
