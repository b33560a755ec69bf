package dev.parley.conversation.benchmarks.client;

import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.wire.UltraCartJson;
import dev.parley.conversation.wire.WireCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
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
 * Decoding one {@code ConversationsResponse} of 200 summaries, recorded from the fake, into Parley's
 * domain page (Moshi, then the validated mapping to records): what the client does with every listing,
 * from the body's bytes as they arrive (the client reads the response's source; it never makes a
 * {@code String} of it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParleyJsonDecodeBenchmark {

    /** The recorded page of 200 summaries. */
    @Param("")
    public String page;

    private byte[] json;
    private WireCodec<Page<ConversationSummary>> codec;

    @Setup
    public void read() throws IOException {
        json = Files.readAllBytes(Path.of(page));
        codec = UltraCartJson.create().conversations();
        int decoded = decode().items().size();
        if (decoded != 200) {
            throw new IllegalStateException("expected 200 summaries but decoded " + decoded);
        }
    }

    @Benchmark
    public Page<ConversationSummary> decode() {
        return codec.read(new Buffer().write(json));
    }
}
