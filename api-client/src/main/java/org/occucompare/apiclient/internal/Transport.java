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
import org.occucompare.apiclient.UpstreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests over one shared {@link HttpClient}: connect and request timeouts, at most
 * {@code maxConcurrency} requests in flight, a client-side rate limit, and bounded retries with backoff and jitter
 * (honouring {@code Retry-After}) for 429, 5xx, timeouts, connection resets and the 404 that CareerOneStop documents
 * as "Not found - (An error occurred)", a failure of its own told apart from "No data available" only by its message.
 * Redirects are not followed, so the
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
    private final RateLimiter rateLimiter;
    private final Semaphore inFlight;

    /**
     * Creates the transport and its HTTP client.
     *
     * @param settings where and how to connect
     * @param redactor hides the token in anything upstream sends back
     */
    public Transport(TransportSettings settings, Redactor redactor) {
        this.settings = requireNonNull(settings, "settings is null");
        this.redactor = requireNonNull(redactor, "redactor is null");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.rateLimiter = new RateLimiter(settings.requestsPerSecond(), settings.burst());
        this.inFlight = new Semaphore(settings.maxConcurrency(), true);
    }

    /**
     * Sends the request, retrying as described above.
     *
     * @param request what to ask for
     * @return the first answer that is not to be retried (any status but 429, 5xx and a 404 "An error occurred"),
     *     never null
     * @throws UpstreamException when the attempts run out, the server asks for a longer pause than we wait, the
     *     request cannot be sent, or the thread is interrupted (the interrupt flag is then set again)
     */
    public HttpReply get(OccupationRequest request) {
        URI uri = request.toUri(settings.baseUrl(), settings.userId());
        String path = request.redactedPath();
        RetryPolicy retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            Retryable failure;
            try {
                Outcome outcome = attempt(uri, path, attempt);
                if (outcome instanceof Reply reply) {
                    return reply.reply();
                }
                failure = (Retryable) outcome;
                if (attempt >= retry.maxAttempts()) {
                    throw exhausted(path, attempt, failure);
                }
                Optional<Duration> retryAfter = failure.retryAfter();
                if (retryAfter.isPresent() && retryAfter.get().compareTo(retry.maxRetryAfter()) > 0) {
                    throw new UpstreamException(failure.status(), path, "CareerOneStop " + failure.what()
                            + " and asked us to wait " + seconds(retryAfter.get()) + " before retrying, longer than"
                            + " the " + seconds(retry.maxRetryAfter()) + " we wait: try again later.", failure.cause(),
                            retryAfter);
                }
                Duration delay = retry.delayBefore(attempt + 1, retryAfter, ThreadLocalRandom.current().nextDouble());
                LOG.warn("CareerOneStop {} for {}; retrying in {} ms (attempt {} of {})", failure.what(), path,
                        delay.toMillis(), attempt + 1, retry.maxAttempts());
                TimeUnit.MILLISECONDS.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpstreamException(OptionalInt.empty(), path, "The request to CareerOneStop for " + path
                        + " was interrupted (cancelled) before it finished; nothing was fetched.", e);
            }
        }
    }

    private Outcome attempt(URI uri, String path, int attempt) throws InterruptedException {
        inFlight.acquire();
        try {
            rateLimiter.acquire();
            LOG.debug("GET {} (attempt {} of {})", path, attempt, settings.retry().maxAttempts());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(settings.requestTimeout())
                    .header("Authorization", "Bearer " + settings.token())
                    .header("Accept", "application/json, text/json;q=0.9")
                    .header("User-Agent", settings.userAgent())
                    .build();
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<byte[]>> pending =
                    http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> response;
            try {
                response = pending.get(settings.requestTimeout().toMillis() + BODY_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                pending.cancel(true);
                throw e;
            } catch (TimeoutException e) {
                pending.cancel(true);
                return timedOut(e);
            } catch (ExecutionException e) {
                return failed(path, e.getCause() == null ? e : e.getCause());
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

    private Retryable timedOut(Exception cause) {
        return new Retryable("did not answer within " + seconds(settings.requestTimeout()), OptionalInt.empty(),
                Optional.empty(), cause);
    }

    private Retryable failed(String path, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new Retryable("could not be reached within " + seconds(settings.connectTimeout())
                    + " (check OCCUCOMPARE_COS_BASE_URL and the network)", OptionalInt.empty(), Optional.empty(),
                    cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut((Exception) cause);
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

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** What one attempt produced. */
    private sealed interface Outcome permits Reply, Retryable {
    }

    /** An answer that is final. */
    private record Reply(HttpReply reply) implements Outcome {
    }

    /** A failure worth another attempt. */
    private record Retryable(String what, OptionalInt status, Optional<Duration> retryAfter, @Nullable Throwable cause)
            implements Outcome {
    }
}
