package dev.parley.conversation.benchmarks.sdk;

import com.ultracart.admin.v2.models.ConversationsResponse;
import com.ultracart.admin.v2.util.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Decoding one {@code ConversationsResponse} of 200 summaries with UltraCart's SDK (Gson, through the
 * SDK's own {@code JSON} helper, as its API client does: {@code ApiClient.deserialize} reads the body
 * into a {@code String}, then Gson), from the same bytes as {@code ParleyJsonDecodeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UltraCartSdkJsonDecodeBenchmark {

    /** The recorded page of 200 summaries. */
    @Param("")
    public String page;

    private byte[] json;

    @Setup
    public void read() throws IOException {
        json = Files.readAllBytes(Path.of(page));
        new JSON();
        ConversationsResponse decoded = decode();
        if (decoded.getConversations().size() != 200) {
            throw new IllegalStateException("expected 200 summaries but decoded " + decoded.getConversations().size());
        }
    }

    @Benchmark
    public ConversationsResponse decode() {
        return JSON.deserialize(new String(json, StandardCharsets.UTF_8), ConversationsResponse.class);
    }
}
