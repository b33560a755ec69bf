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
     * last steps), except OkHttp's and Okio's shared threads (the task runner, named after the websocket
     * queue it is serving, and the timeout watchdog) and the test servers' own threads, which belong to
     * the JVM and the servers (the fake's are named {@code parley-fake...}), not to a session.
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
    /**
     * The realtime sessions' threads still alive, each given up to 5 s to end: a closed session's pool
     * has terminated, but a worker can still be on its last instructions when close() returns.
     */
    static long ofSessions() throws InterruptedException {
        long alive = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(WebSocketSession.THREAD_PREFIX)) {
                thread.join(5_000);
                alive += thread.isAlive() ? 1 : 0;
            }
        }
        return alive;
    }

    private static boolean shared(String name) {
        return name.equals("OkHttp TaskRunner") || name.startsWith("OkHttp WebSocket ") || name.equals("Okio Watchdog")
                || name.startsWith("MockWebServer") || name.startsWith("parley-fake") || name.startsWith("qtp")
                || name.startsWith("JettyShutdownThread") || name.startsWith("Scheduler-")
                || name.equals("Common-Cleaner") || name.startsWith("ForkJoinPool");
    }
}
