package dev.parley.conversation.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waits between retries, blocking (synchronous calls) or scheduled (asynchronous ones); tests replace it so they never really wait. */
@FunctionalInterface
interface Sleeper {
    /** The real one: {@link Thread#sleep}, and the JDK's shared delay scheduler for asynchronous retries. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;

    /**
     * Runs {@code task} once {@code duration} has passed, without holding a thread meanwhile. The task
     * only enqueues an OkHttp call, so it runs on the scheduler's own thread.
     */
    default void schedule(Duration duration, Runnable task) {
        CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS, Runnable::run).execute(task);
    }
}
