package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.BreakerState;
import org.occucompare.apiclient.RequestRate;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.apiclient.UpstreamListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests over one shared {@link HttpClient}: connect and per-attempt timeouts, a deadline per request, at
 * most {@code maxConcurrency} requests in flight (waiting callers are served in arrival order), a client-side rate
 * limit, bounded retries with backoff and jitter (honouring {@code Retry-After}) for 429, 5xx, timeouts, connection
 * resets and the 404 that CareerOneStop documents as "Not found - (An error occurred)", a failure of its own told
 * apart from "No data available" only by its message, and a {@link CircuitBreaker} that refuses at once while
 * CareerOneStop keeps failing. Redirects are not followed, so the
 * token is never sent to another address. The token goes into the {@code Authorization} header and nowhere else.
 * Thread-safe: share one instance.
 */
public final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    /** Extra wait beyond the request timeout for the body, so a stalled body cannot hang a caller forever. */
    private static final long BODY_GRACE_MILLIS = 1_000;

    private final TransportSettings settings;
    private final Redactor redactor;
    private final HttpClient http;
    private final RequestRate rate;
    private final CircuitBreaker breaker;
    private final UpstreamListener listener;
    private final Semaphore inFlight;

    /**
     * Creates the transport and its HTTP client.
     *
     * @param settings where and how to connect
     * @param redactor hides the token in anything upstream sends back
     */
    public Transport(TransportSettings settings, Redactor redactor) {
        this(settings, redactor, RequestRate.local(settings.requestsPerSecond(), settings.burst()),
                UpstreamListener.NONE);
    }

    /**
     * Creates the transport and its HTTP client.
     *
     * @param settings where and how to connect
     * @param redactor hides the token in anything upstream sends back
     * @param rate the rate limit, in this process or shared by several
     * @param listener told every request's outcome, every retry and every change of the circuit breaker
     */
    public Transport(TransportSettings settings, Redactor redactor, RequestRate rate, UpstreamListener listener) {
        this.settings = requireNonNull(settings, "settings is null");
        this.redactor = requireNonNull(redactor, "redactor is null");
        this.rate = requireNonNull(rate, "rate is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerCooldown(),
                listener::breakerChanged);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.inFlight = new Semaphore(settings.maxConcurrency(), true);
    }

    /**
     * Sends the request, retrying as described above, with no deadline but the retry policy's.
     *
     * @see #get(OccupationRequest, Deadline)
     */
    public HttpReply get(OccupationRequest request) {
        return get(request, Deadline.unbounded());
    }

    /**
     * Sends the request, retrying as described above, within a deadline: the wait for a slot and for the rate limit,
     * each attempt and each pause before a retry end by it, so the whole call never outlasts it by more than the
     * body grace. A retry whose pause would pass the deadline is not made.
     *
     * @param request what to ask for
     * @param deadline when the caller stops waiting
     * @return the first answer that is not to be retried (any status but 429, 5xx and a 404 "An error occurred"),
     *     never null
     * @throws UpstreamException when the circuit breaker is open, the deadline passes, the attempts run out, the
     *     server asks for a longer pause than we wait, the request cannot be sent, or the thread is interrupted
     *     (the interrupt flag is then set again)
     */
    public HttpReply get(OccupationRequest request, Deadline deadline) {
        URI uri = request.toUri(settings.baseUrl(), settings.userId());
        String path = request.redactedPath();
        RetryPolicy retry = settings.retry();
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Optional<Duration> refused = breaker.refusal();
                if (refused.isPresent()) {
                    throw ended(UpstreamListener.Outcome.BREAKER_OPEN, started, breakerOpen(path, refused.get()));
                }
                Outcome outcome;
                try {
                    outcome = attempt(uri, path, attempt, deadline);
                } catch (RuntimeException | InterruptedException e) {
                    breaker.abandoned();
                    throw e;
                }
                if (outcome instanceof Reply reply) {
                    breaker.succeeded();
                    return reply.reply();
                }
                if (outcome instanceof NotSent notSent) {
                    breaker.abandoned();
                    throw ended(UpstreamListener.Outcome.DEADLINE, started, pastDeadline(path, attempt - 1,
                            notSent.what()));
                }
                Retryable failure = (Retryable) outcome;
                Optional<Duration> retryAfter = failure.retryAfter();
                boolean pause = retryAfter.isPresent() && retryAfter.get().compareTo(retry.maxRetryAfter()) > 0;
                breaker.failed(pause ? retryAfter : Optional.empty());
                if (pause) {
                    throw ended(failure, started, new UpstreamException(failure.status(), path, "CareerOneStop "
                            + failure.what() + " and asked us to wait " + seconds(retryAfter.get()) + " before "
                            + "retrying, longer than the " + seconds(retry.maxRetryAfter()) + " we wait: try again "
                            + "later.", failure.cause(), retryAfter));
                }
                if (failure.cutByDeadline()) {
                    throw ended(UpstreamListener.Outcome.DEADLINE, started, pastDeadline(path, attempt,
                            failure.what()));
                }
                if (attempt >= retry.maxAttempts()) {
                    throw ended(failure, started, exhausted(path, attempt, failure));
                }
                Duration delay = retry.delayBefore(attempt + 1, retryAfter, ThreadLocalRandom.current()
                        .nextDouble());
                if (delay.compareTo(deadline.remaining()) >= 0) {
                    throw ended(UpstreamListener.Outcome.DEADLINE, started, pastDeadline(path, attempt,
                            failure.what()));
                }
                listener.retried();
                LOG.warn("CareerOneStop {} for {}; retrying in {} ms (attempt {} of {})", failure.what(), path,
                        delay.toMillis(), attempt + 1, retry.maxAttempts());
                TimeUnit.MILLISECONDS.sleep(delay.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ended(UpstreamListener.Outcome.ERROR, started, new UpstreamException(OptionalInt.empty(), path,
                    "The request to CareerOneStop for " + path + " was interrupted (cancelled) before it finished; "
                    + "nothing was fetched.", e));
        }
    }

    /** The circuit breaker's state now; never null. */
    public BreakerState breakerState() {
        return breaker.state();
    }

    private Outcome attempt(URI uri, String path, int attempt, Deadline deadline) throws InterruptedException {
        if (!inFlight.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
            return new NotSent("waited for one of the " + settings.maxConcurrency() + " request slots");
        }
        try {
            Duration wait = rate.reserve();
            if (wait.compareTo(deadline.remaining()) >= 0) {
                return new NotSent("waited for the rate limit of " + settings.requestsPerSecond() + " a second");
            }
            if (!wait.isZero()) {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            }
            Duration timeout = min(settings.requestTimeout(), deadline.remaining());
            if (timeout.isZero()) {
                return new NotSent("waited for one of the " + settings.maxConcurrency() + " request slots");
            }
            LOG.debug("GET {} (attempt {} of {})", path, attempt, settings.retry().maxAttempts());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + settings.token())
                    .header("Accept", "application/json, text/json;q=0.9")
                    .header("User-Agent", settings.userAgent())
                    .build();
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<byte[]>> pending =
                    http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> response;
            try {
                response = pending.get(timeout.toMillis() + BODY_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                pending.cancel(true);
                throw e;
            } catch (TimeoutException e) {
                pending.cancel(true);
                return timedOut(timeout, e);
            } catch (ExecutionException e) {
                return failed(path, timeout, e.getCause() == null ? e : e.getCause());
            }
            int status = response.statusCode();
            LOG.debug("{} answered HTTP {} in {} ms", path, status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            if (status == 429 || status >= 500) {
                return new Retryable("answered HTTP " + status, OptionalInt.of(status),
                        RetryAfter.parse(response.headers().firstValue("Retry-After"), Instant.now()), null);
            }
            if (status == 404 && isUpstreamError(response.body())) {
                return new Retryable("answered HTTP 404 \"An error occurred\"", OptionalInt.of(status),
                        Optional.empty(), null);
            }
            return new Reply(new HttpReply(status, response.body(), response.headers().firstValue("Content-Type")));
        } finally {
            inFlight.release();
        }
    }

    /**
     * Tells CareerOneStop's failing 404 from its miss: the API documentation lists "Not found - (An error occurred)"
     * apart from "Not found - (No data available)", so the first is a failure to retry, never "no such occupation".
     */
    static boolean isUpstreamError(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("an error occurred");
    }

    private Retryable timedOut(Duration timeout, Exception cause) {
        return new Retryable("did not answer within " + seconds(timeout), OptionalInt.empty(), Optional.empty(),
                cause, timeout.compareTo(settings.requestTimeout()) < 0);
    }

    private Retryable failed(String path, Duration timeout, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new Retryable("could not be reached within " + seconds(settings.connectTimeout())
                    + " (check OCCUCOMPARE_COS_BASE_URL and the network)", OptionalInt.empty(), Optional.empty(),
                    cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(timeout, (Exception) cause);
        }
        if (cause instanceof ConnectException) {
            return new Retryable("could not be connected to (check OCCUCOMPARE_COS_BASE_URL and the network)",
                    OptionalInt.empty(), Optional.empty(), cause);
        }
        if (cause instanceof IOException) {
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new Retryable("closed or reset the connection (" + redactor.redact(detail) + ")",
                    OptionalInt.empty(), Optional.empty(), cause);
        }
        throw new UpstreamException(OptionalInt.empty(), path, "The request to CareerOneStop for " + path
                + " could not be sent (" + cause.getClass().getSimpleName() + "): check OCCUCOMPARE_COS_BASE_URL.",
                cause);
    }

    private UpstreamException exhausted(String path, int attempts, Retryable last) {
        String advice = last.status().orElse(0) == 429
                ? "We are sending too many requests: lower the request rate or try again later."
                : "It may be down or overloaded: try again in a few minutes.";
        return new UpstreamException(last.status(), path, "CareerOneStop failed " + attempts
                + (attempts == 1 ? " time" : " times") + " for " + path + " (last: " + last.what() + "). " + advice,
                last.cause(), last.retryAfter());
    }

    private UpstreamException breakerOpen(String path, Duration openFor) {
        // a refusal while the trial request is out says nothing of its end: suggest the breaker's own period
        Duration retryAfter = openFor.isZero() ? Duration.ofSeconds(1) : openFor;
        return new UpstreamException(OptionalInt.empty(), path, "CareerOneStop failed repeatedly or asked us to "
                + "wait just now, so it is not asked again for " + seconds(ceilSeconds(retryAfter)) + ": try again "
                + "then.", null, Optional.of(ceilSeconds(retryAfter)));
    }

    private UpstreamException pastDeadline(String path, int attempts, String last) {
        return new UpstreamException(OptionalInt.empty(), path, "CareerOneStop did not answer for " + path
                + " within the " + seconds(settings.deadline()) + " a lookup may take (" + attempts
                + (attempts == 1 ? " attempt" : " attempts") + "; last: " + last + "). It may be slow or "
                + "overloaded: try again in a minute.", null, Optional.of(Duration.ofSeconds(60)));
    }

    private UpstreamException ended(Retryable failure, long started, UpstreamException e) {
        return ended(failure.status().orElse(0) == 429 ? UpstreamListener.Outcome.RATE_LIMITED
                : UpstreamListener.Outcome.ERROR, started, e);
    }

    private UpstreamException ended(UpstreamListener.Outcome outcome, long started, UpstreamException e) {
        listener.requestEnded(outcome, Duration.ofNanos(System.nanoTime() - started));
        return e;
    }

    private static Duration ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(seconds);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** What one attempt produced. */
    private sealed interface Outcome permits Reply, Retryable, NotSent {
    }

    /** The deadline passed before the attempt could be sent. */
    private record NotSent(String what) implements Outcome {
    }

    /** An answer that is final. */
    private record Reply(HttpReply reply) implements Outcome {
    }

    /** A failure worth another attempt, unless it was an attempt the deadline cut short. */
    private record Retryable(String what, OptionalInt status, Optional<Duration> retryAfter, @Nullable Throwable cause,
            boolean cutByDeadline) implements Outcome {
        Retryable(String what, OptionalInt status, Optional<Duration> retryAfter, @Nullable Throwable cause) {
            this(what, status, retryAfter, cause, false);
        }
    }
}
