package dev.parley.conversation.benchmarks.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.wire.UltraCartJson;
import dev.parley.conversation.wire.WireCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import okio.Buffer;

/**
 * CPU time per decode of a recorded page, on one thread, for a machine too loaded for JMH's wall-clock
 * times: {@code java -cp ... DecodeCpuTime parley|bare PAGE SECONDS}. Decodes from the body's bytes
 * for {@code SECONDS} and prints the CPU time of the thread divided by the decodes.
 */
public final class DecodeCpuTime {
    private DecodeCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(args[1]));
        long seconds = Long.parseLong(args[2]);
        WireCodec<Page<ConversationSummary>> parley = UltraCartJson.create().conversations();
        JsonAdapter<BareRetrofitClientBenchmark.ConversationsResponse> bare =
                new Moshi.Builder().build().adapter(BareRetrofitClientBenchmark.ConversationsResponse.class);
        boolean isParley = args[0].equals("parley");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long decodes = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            if (isParley) {
                parley.read(new Buffer().write(json));
            } else {
                bare.fromJson(new Buffer().write(json));
            }
            decodes++;
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        System.out.printf(Locale.ROOT, "decode-cpu %s: %d decodes, %.1f us of CPU each%n", args[0], decodes,
                cpu / 1000.0 / decodes);
    }
}
