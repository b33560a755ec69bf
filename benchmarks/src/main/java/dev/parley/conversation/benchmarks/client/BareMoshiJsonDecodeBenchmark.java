package dev.parley.conversation.benchmarks.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
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
 * The floor under {@code ParleyJsonDecodeBenchmark}: the same bytes decoded by Moshi alone into the
 * records of {@code BareRetrofitClientBenchmark} (date-times left as text, nothing validated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BareMoshiJsonDecodeBenchmark {

    /** The recorded page of 200 summaries. */
    @Param("")
    public String page;

    private byte[] json;
    private JsonAdapter<BareRetrofitClientBenchmark.ConversationsResponse> adapter;

    @Setup
    public void read() throws IOException {
        json = Files.readAllBytes(Path.of(page));
        adapter = new Moshi.Builder().build().adapter(BareRetrofitClientBenchmark.ConversationsResponse.class);
        int decoded = decode().conversations().size();
        if (decoded != 200) {
            throw new IllegalStateException("expected 200 summaries but decoded " + decoded);
        }
    }

    @Benchmark
    public BareRetrofitClientBenchmark.ConversationsResponse decode() throws IOException {
        return adapter.fromJson(new Buffer().write(json));
    }
}
