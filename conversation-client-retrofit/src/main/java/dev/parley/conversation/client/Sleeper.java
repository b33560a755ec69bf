package dev.parley.conversation.client;

import java.time.Duration;

/** Waits between retries; tests replace it so they never really sleep. */
@FunctionalInterface
interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
