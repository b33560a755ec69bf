package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.wire.WireCodec;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs one operation: sends its call, retries it as the {@link RetryPolicy} allows, and turns the
 * outcome into a domain value or a domain exception. Nothing from Retrofit or OkHttp escapes.
 * Synchronous operations execute on the caller's thread and sleep between attempts; asynchronous
 * ones enqueue on OkHttp's dispatcher and schedule their retries. Both decide alike: every send is
 * an attempt, the same statuses and failures are retried, the same exceptions end them.
 *
 * <p>Time: the first attempt runs under the call timeout; a retry starts only if its wait ends
 * within the policy's max elapsed time, and runs under what is left of it (at most the call
 * timeout). So an operation never takes longer than the larger of the two.
 */
final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(UltraCartConversationClient.class);

    private final RetryPolicy policy;
    private final Duration callTimeout;
    private final Failures failures;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final String owner;
    private volatile boolean closed;

    Exchange(RetryPolicy policy, Duration callTimeout, Failures failures, Clock clock, Sleeper sleeper,
             DoubleSupplier jitter, String owner) {
        this.policy = policy;
        this.callTimeout = callTimeout;
        this.failures = failures;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.owner = owner;
    }

    @Override
    public String toString() {
        return owner;
    }

    /** Refuses every operation from now on. */
    void close() {
        closed = true;
    }

    /** Sends a call that is safe to repeat and reads its answer with {@code codec}. */
    <T> T fetch(Call<ResponseBody> call, WireCodec<T> codec) {
        return send(call, true, body(codec));
    }

    /** Sends a call that must not be repeated (it is not idempotent) and reads its answer with {@code codec}. */
    <T> T fetchOnce(Call<ResponseBody> call, WireCodec<T> codec) {
        return send(call, false, body(codec));
    }

    /** Sends a call that is safe to repeat and whose answer has no content worth reading (200 or 204). */
    void perform(Call<ResponseBody> call) {
        send(call, true, Exchange::noContent);
    }

    /** {@link #fetch} on OkHttp's dispatcher. */
    <T> CompletableFuture<T> fetchAsync(Call<ResponseBody> call, WireCodec<T> codec) {
        return sendAsync(call, true, body(codec));
    }

    /** {@link #fetchOnce} on OkHttp's dispatcher. */
    <T> CompletableFuture<T> fetchOnceAsync(Call<ResponseBody> call, WireCodec<T> codec) {
        return sendAsync(call, false, body(codec));
    }

    /** {@link #perform} on OkHttp's dispatcher. */
    CompletableFuture<Void> performAsync(Call<ResponseBody> call) {
        return sendAsync(call, true, Exchange::noContent);
    }

    /** Reads a success response into the operation's result. */
    @FunctionalInterface
    private interface Answer<T> {
        T read(Call<ResponseBody> call, Response<ResponseBody> response);
    }

    private <T> T send(Call<ResponseBody> first, boolean repeatable, Answer<T> answer) {
        ensureOpen();
        long deadline = clock.millis() + policy.maxElapsed().toMillis();
        Call<ResponseBody> call = first;
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                call = nextAttempt(call, deadline);
            }
            Response<ResponseBody> response;
            Duration wait;
            try {
                response = call.execute();
            } catch (IOException e) {
                wait = afterFailure(call, e, attempt, deadline, repeatable);
                pause(wait, call);
                continue;
            } catch (RuntimeException e) {
                throw failures.unexpected(call.request(), e);
            }
            if (response.isSuccessful()) {
                return answer.read(call, response);
            }
            wait = afterStatus(response, attempt, deadline, repeatable);
            pause(wait, call);
        }
    }

    private <T> CompletableFuture<T> sendAsync(Call<ResponseBody> first, boolean repeatable, Answer<T> answer) {
        ensureOpen();
        Attempts<T> attempts = new Attempts<>(repeatable, answer, clock.millis() + policy.maxElapsed().toMillis());
        attempts.send(first);
        return attempts.future;
    }

    /**
     * The asynchronous attempts of one operation. OkHttp calls back once per attempt, and the next
     * attempt is enqueued only after that callback, so the attempt count needs no lock. Cancelling
     * the future cancels the attempt in flight, or the one waiting to be sent.
     */
    private final class Attempts<T> implements Callback<ResponseBody> {
        final CompletableFuture<T> future = new CompletableFuture<>();
        private final boolean repeatable;
        private final Answer<T> answer;
        private final long deadline;
        private volatile Call<ResponseBody> current;
        private int attempt;

        Attempts(boolean repeatable, Answer<T> answer, long deadline) {
            this.repeatable = repeatable;
            this.answer = answer;
            this.deadline = deadline;
            future.whenComplete((value, failure) -> {
                Call<ResponseBody> inFlight = current;
                if (future.isCancelled() && inFlight != null) {
                    inFlight.cancel();
                }
            });
        }

        void send(Call<ResponseBody> call) {
            attempt++;
            current = call;
            if (future.isDone()) {
                call.cancel();
                return;
            }
            if (closed) {
                future.completeExceptionally(new IllegalStateException(owner + " is closed"));
                return;
            }
            try {
                call.enqueue(this);
            } catch (RuntimeException e) {
                future.completeExceptionally(failures.unexpected(call.request(), e));
            }
        }

        @Override
        public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
            if (future.isDone()) {
                close(response);
                return;
            }
            try {
                if (response.isSuccessful()) {
                    future.complete(answer.read(call, response));
                } else {
                    retry(call, afterStatus(response, attempt, deadline, repeatable));
                }
            } catch (ConversationException e) {
                future.completeExceptionally(e);
            } catch (RuntimeException e) {
                future.completeExceptionally(failures.unexpected(call.request(), e));
            }
        }

        @Override
        public void onFailure(Call<ResponseBody> call, Throwable failure) {
            if (future.isDone()) {
                return;
            }
            try {
                if (failure instanceof IOException e) {
                    retry(call, afterFailure(call, e, attempt, deadline, repeatable));
                } else if (failure instanceof RuntimeException e) {
                    future.completeExceptionally(failures.unexpected(call.request(), e));
                } else {
                    future.completeExceptionally(failure);
                }
            } catch (ConversationException e) {
                future.completeExceptionally(e);
            }
        }

        private void retry(Call<ResponseBody> failed, Duration wait) {
            sleeper.schedule(wait, () -> {
                try {
                    send(nextAttempt(failed, deadline));
                } catch (RuntimeException e) {
                    future.completeExceptionally(failures.unexpected(failed.request(), e));
                }
            });
        }
    }

    /**
     * The wait before the next attempt after an error status, logged; when there is to be no next
     * attempt, throws the exception the caller gets.
     */
    private Duration afterStatus(Response<ResponseBody> response, int attempt, long deadline, boolean repeatable) {
        int status = response.code();
        Duration retryAfter = RetryAfter.parse(response.headers(), clock);
        Duration wait = null;
        if (repeatable && policy.retryStatuses().contains(status)) {
            // A Retry-After beyond the max delay is honoured by not retrying early, not by waiting that long.
            wait = retryAfter == null ? policy.backoff(attempt, jitter.getAsDouble())
                    : retryAfter.compareTo(policy.maxDelay()) <= 0 ? retryAfter : null;
        }
        if (!mayRetry(attempt, wait, deadline)) {
            throw failures.forStatus(response, retryAfter, attempt);
        }
        close(response);
        logRetry(failures.describe(response.raw().request()) + " answered " + status, wait, attempt);
        return wait;
    }

    /**
     * The wait before the next attempt after a failure without a response, logged; when there is to
     * be no next attempt, throws the exception the caller gets.
     */
    private Duration afterFailure(Call<ResponseBody> call, IOException e, int attempt, long deadline,
                                  boolean repeatable) {
        if (e instanceof CredentialUnavailableException) {
            throw new UnauthorizedException(failures.describe(call.request()) + " was not sent: " + e.getMessage(),
                    0, null, e);
        }
        Duration wait = repeatable && policy.retriesConnectionFailures() && isConnectionFailure(e)
                ? policy.backoff(attempt, jitter.getAsDouble())
                : null;
        if (!mayRetry(attempt, wait, deadline)) {
            throw failures.noResponse(call, e, attempt);
        }
        logRetry(Redaction.scrub(failures.describe(call.request()) + " failed (" + e + ")", call.request()),
                wait, attempt);
        return wait;
    }

    private Call<ResponseBody> nextAttempt(Call<ResponseBody> previous, long deadline) {
        Call<ResponseBody> next = previous.clone();
        long left = Math.max(1, deadline - clock.millis());
        next.timeout().timeout(Math.min(left, callTimeout.toMillis()), TimeUnit.MILLISECONDS);
        return next;
    }

    private boolean mayRetry(int attempt, Duration wait, long deadline) {
        return wait != null && attempt < policy.maxAttempts() && clock.millis() + wait.toMillis() < deadline;
    }

    private void logRetry(String what, Duration wait, int attempt) {
        LOG.debug("{}; retrying in {} ms (attempt {} of at most {})",
                Redaction.scrub(what), wait.toMillis(), attempt + 1, policy.maxAttempts());
    }

    private void pause(Duration wait, Call<ResponseBody> call) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(
                    failures.describe(call.request()) + " was not retried: interrupted while waiting to retry", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(owner + " is closed");
        }
    }

    /**
     * Whether the failure is one where asking again may help. Timeouts are not (the server is slow,
     * and retrying would run past the timeout the caller chose), nor are certificate problems.
     */
    private static boolean isConnectionFailure(IOException e) {
        return !(e instanceof InterruptedIOException)
                && !(e instanceof SSLHandshakeException)
                && !(e instanceof SSLPeerUnverifiedException);
    }

    private <T> Answer<T> body(WireCodec<T> codec) {
        return (call, response) -> read(call, response, codec);
    }

    private static Void noContent(Call<ResponseBody> call, Response<ResponseBody> response) {
        close(response);
        return null;
    }

    private <T> T read(Call<ResponseBody> call, Response<ResponseBody> response, WireCodec<T> codec) {
        CallPhase phase = call.request().tag(CallPhase.class);
        if (phase != null) {
            phase.reading();
        }
        try (ResponseBody body = response.body()) {
            BufferedSource source = body == null ? null : body.source();
            if (source == null || source.exhausted()) {
                throw failures.unreadable(response, "it is empty", null);
            }
            return codec.read(source);
        } catch (ConversationException e) {
            if (e.statusCode() != 0) {
                throw e;
            }
            if (e.getCause() instanceof IOException lost && !(lost instanceof EOFException)) {
                throw failures.bodyLost(call, response, lost);
            }
            // The codec's message names the path and the value found there; both it and the cause are scrubbed.
            throw failures.unreadable(response, e.getMessage(), e);
        } catch (IOException e) {
            throw failures.bodyLost(call, response, e);
        } catch (RuntimeException e) {
            throw failures.unreadable(response, e.toString(), e);
        }
    }

    private static void close(Response<ResponseBody> response) {
        ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
        if (body != null) {
            body.close();
        }
    }
}
