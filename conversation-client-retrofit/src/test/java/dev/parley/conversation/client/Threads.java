package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which threads a test leaves behind. */
final class Threads {
    private Threads() {
    }

    /**
     * Every thread started since {@code before} has ended (each is given up to 5 seconds to finish its
     * last steps), except OkHttp's shared task runner and the test servers' own threads, which belong to
     * the JVM and the servers, not to a session.
     */
    static void assertNoneLeftBut(Set<Thread> before) throws InterruptedException {
        List<String> left = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (before.contains(thread) || shared(thread.getName())) {
                continue;
            }
            thread.join(5_000);
            if (thread.isAlive()) {
                left.add(thread.getName() + " " + thread.getState());
            }
        }
        assertThat(left).as("threads left running").isEmpty();
    }

    /** How many live threads a session owns now. */
    static long ofSessions() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(WebSocketSession.THREAD_PREFIX))
                .count();
    }

    private static boolean shared(String name) {
        return name.equals("OkHttp TaskRunner") || name.startsWith("MockWebServer") || name.startsWith("qtp")
                || name.startsWith("JettyShutdownThread") || name.startsWith("Scheduler-")
                || name.equals("Common-Cleaner") || name.startsWith("ForkJoinPool");
    }
}
