package dev.parley.conversation.benchmarks.sdk;

import com.ultracart.admin.v2.models.ConversationsResponse;
import com.ultracart.admin.v2.util.JSON;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time per decode of a recorded page with UltraCart's SDK, as {@code DecodeCpuTime} measures
 * Parley's: {@code java -cp ... SdkDecodeCpuTime PAGE SECONDS}.
 */
public final class SdkDecodeCpuTime {
    private SdkDecodeCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        long seconds = Long.parseLong(args[1]);
        new JSON();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long decodes = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            JSON.deserialize(new String(json, StandardCharsets.UTF_8), ConversationsResponse.class);
            decodes++;
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        System.out.printf(Locale.ROOT, "decode-cpu sdk: %d decodes, %.1f us of CPU each%n", decodes, cpu / 1000.0 / decodes);
    }
}
