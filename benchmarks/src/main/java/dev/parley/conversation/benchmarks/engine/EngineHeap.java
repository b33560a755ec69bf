package dev.parley.conversation.benchmarks.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * The heap one large tenant keeps alive: used heap after a full collection, before and after loading
 * {@code conversations} conversations of 20 messages. Run in a JVM of its own per size:
 * {@code java -Xmx4g -cp ... EngineHeap 100000}.
 */
public final class EngineHeap {
    private EngineHeap() {
    }

    public static void main(String[] args) {
        int conversations = Integer.parseInt(args[0]);
        long before = liveHeap();
        long start = System.nanoTime();
        EngineData data = EngineData.load(conversations, EngineScaleBenchmark.MESSAGES_PER_CONVERSATION);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long after = liveHeap();
        long messages = (long) conversations * EngineScaleBenchmark.MESSAGES_PER_CONVERSATION;
        long bytes = after - before;
        System.out.printf(Locale.ROOT, "engine-heap conversations=%d messages=%d live_heap_mib=%.1f bytes_per_message=%.0f load_seconds=%.1f%n",
                conversations, messages, bytes / 1048576.0, (double) bytes / messages, loadSeconds);
        // Keeps the data reachable until after the measurement.
        if (data.ids.length != conversations) {
            throw new IllegalStateException("lost conversations");
        }
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
