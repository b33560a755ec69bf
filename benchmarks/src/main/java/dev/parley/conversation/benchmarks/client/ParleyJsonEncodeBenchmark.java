package dev.parley.conversation.benchmarks.client;

import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.wire.UltraCartJson;
import dev.parley.conversation.wire.WireCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Writing one {@code ConversationsResponse} (the fake's answer to a listing) from the domain page: what
 * the fake does for every {@code GET /conversation/conversations}, to a String (as it answers today) and
 * to a byte buffer (what a response stream would take).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParleyJsonEncodeBenchmark {

    /** A recorded listing, read once into the domain page that is then written. */
    @Param("")
    public String page;

    private Page<ConversationSummary> summaries;
    private WireCodec<Page<ConversationSummary>> codec;

    @Setup
    public void read() throws IOException {
        codec = UltraCartJson.create().conversations();
        summaries = codec.read(Files.readString(Path.of(page), StandardCharsets.UTF_8));
    }

    @Benchmark
    public String toText() {
        return codec.write(summaries);
    }

    @Benchmark
    public long toBytes() {
        Buffer buffer = new Buffer();
        codec.write(buffer, summaries);
        long size = buffer.size();
        buffer.clear();
        return size;
    }
}
