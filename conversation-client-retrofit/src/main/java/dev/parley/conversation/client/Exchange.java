package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.wire.WireCodec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one operation: sends its call, retries it as the {@link RetryPolicy} allows, and turns the
 * outcome into a domain value or a domain exception. Nothing from Retrofit or OkHttp escapes.
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

    Exchange(RetryPolicy policy, Duration callTimeout, Failures failures, Clock clock, Sleeper sleeper,
             DoubleSupplier jitter) {
        this.policy = policy;
        this.callTimeout = callTimeout;
        this.failures = failures;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    /** Sends a call that is safe to repeat and reads its answer with {@code codec}. */
    <T> T fetch(Call<ResponseBody> call, WireCodec<T> codec) {
        return read(send(call, true), codec);
    }

    /** Sends a call that must not be repeated (it is not idempotent) and reads its answer with {@code codec}. */
    <T> T fetchOnce(Call<ResponseBody> call, WireCodec<T> codec) {
        return read(send(call, false), codec);
    }

    /** Sends a call that is safe to repeat and whose answer has no content worth reading (200 or 204). */
    void perform(Call<ResponseBody> call) {
        ResponseBody body = send(call, true).body();
        if (body != null) {
            body.close();
        }
    }

    private Response<ResponseBody> send(Call<ResponseBody> first, boolean repeatable) {
        long deadline = clock.millis() + policy.maxElapsed().toMillis();
        Call<ResponseBody> call = first;
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                call = call.clone();
                long left = Math.max(1, deadline - clock.millis());
                call.timeout().timeout(Math.min(left, callTimeout.toMillis()), TimeUnit.MILLISECONDS);
            }
            Response<ResponseBody> response;
            try {
                response = call.execute();
            } catch (CredentialUnavailableException e) {
                throw new UnauthorizedException(failures.describe(call.request()) + " was not sent: " + e.getMessage(),
                        0, null, e);
            } catch (IOException e) {
                Duration wait = repeatable && policy.retriesConnectionFailures() && isConnectionFailure(e)
                        ? policy.backoff(attempt, jitter.getAsDouble())
                        : null;
                if (!mayRetry(attempt, wait, deadline)) {
                    throw failures.noResponse(call.request(), e, attempt);
                }
                pause(wait, failures.describe(call.request()) + " failed (" + e + ")", attempt);
                continue;
            } catch (RuntimeException e) {
                throw failures.unexpected(call.request(), e);
            }
            if (response.isSuccessful()) {
                return response;
            }
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
            pause(wait, failures.describe(call.request()) + " answered " + status, attempt);
        }
    }

    private boolean mayRetry(int attempt, Duration wait, long deadline) {
        return wait != null && attempt < policy.maxAttempts() && clock.millis() + wait.toMillis() < deadline;
    }

    private void pause(Duration wait, String what, int attempt) {
        LOG.debug("{}; retrying in {} ms (attempt {} of at most {})",
                Redaction.scrub(what), wait.toMillis(), attempt + 1, policy.maxAttempts());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Redaction.scrub(what) + "; interrupted while waiting to retry", e);
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

    private <T> T read(Response<ResponseBody> response, WireCodec<T> codec) {
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
            // The codec's message names the path and the value found there, scrubbed here; its cause
            // chain would repeat that value unscrubbed (a token in the wrong field), so it is left out.
            throw failures.unreadable(response, e.getMessage(), null);
        } catch (IOException e) {
            throw failures.unreadable(response, e.toString(), e);
        } catch (RuntimeException e) {
            throw failures.unreadable(response, e.toString(), null);
        }
    }

    private static void close(Response<ResponseBody> response) {
        ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
        if (body != null) {
            body.close();
        }
    }
}
