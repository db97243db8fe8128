package org.occucompare.web.cache;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.cache.Rendered.SourceFreshness;

/**
 * Answers requests whose response is a pure function of the request and the data: each is rendered once per
 * {@link DataStamp} (dataset version, plugin set, day) and kept in a bounded in-memory cache (Caffeine, weighed by
 * bytes, least recently and frequently used entries evicted first); a new dataset version changes every key, so
 * answers of an older one are never served again and age out. Every answer carries a strong entity tag derived
 * from its key (and the retrieval times of live data), {@code Last-Modified} where it is known, and the
 * {@code Cache-Control} of its {@link Policy}; a request whose {@code If-None-Match} names the tag gets 304 without
 * a body. Text answers are kept gzip-compressed too, so the server does not compress the same answer again for
 * every client that accepts gzip. Thread-safe; concurrent requests for the same missing key render it once and
 * share the answer.
 */
public final class ResponseCache {
    /** The smallest body worth compressing; Javalin's own threshold is about the same. */
    private static final int MIN_COMPRESSED = 1500;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Cache<String, Entry> entries;
    private final ConcurrentMap<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
    private final Supplier<DataStamp> stamp;
    private final Clock clock;

    /**
     * A cache holding up to {@code maximumBytes} of bodies.
     *
     * @param maximumBytes the most body bytes (plain and compressed) kept, 1 or more
     * @param stamp reads the current {@link DataStamp}, called once per request (see {@link DataStamp#reader}); never
     *     null
     * @param clock the clock that live answers' expiry is measured by, never null
     */
    public ResponseCache(long maximumBytes, Supplier<DataStamp> stamp, Clock clock) {
        if (maximumBytes < 1) {
            throw new IllegalArgumentException("maximumBytes must be at least 1, not " + maximumBytes);
        }
        this.stamp = requireNonNull(stamp, "stamp is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((String key, Entry entry) -> entry.weight())
                .expireAfter(new UntilStale())
                .build();
    }

    /**
     * How long clients and shared caches may keep an answer before they ask again.
     *
     * @param cacheControl the {@code Cache-Control} value for answers from the local store, never null
     * @param maxAge the longest {@code max-age} of an answer built from live data, or zero to always revalidate
     */
    public record Policy(String cacheControl, Duration maxAge) {
        /** Pages and the JSON API: kept, but revalidated (cheaply, by entity tag) before each use. */
        public static final Policy REVALIDATE = new Policy("no-cache", Duration.ZERO);
        /** Charts and exports: files that a client may keep for an hour without asking. */
        public static final Policy FILE = new Policy("public, max-age=3600", Duration.ofHours(1));

        /** Rejects null. */
        public Policy {
            requireNonNull(cacheControl, "cacheControl is null");
            requireNonNull(maxAge, "maxAge is null");
        }
    }

    /**
     * Answers a request: 304 when the client holds the current answer, else the kept answer, rendering it first
     * when it is not kept. Exceptions of {@code render} (bad input, unknown occupations) propagate to the error
     * mapping, and nothing is kept.
     *
     * @param ctx the request, never null
     * @param request the request, normalised: what it asks and how it wants it, such as
     *     {@code "chart|wages.png|occupations=…; locations=…|FigureSize[…]"}; never null
     * @param policy how long the answer may be kept by clients, never null
     * @param render renders the answer, never null
     */
    public void answer(Context ctx, String request, Policy policy, Supplier<Rendered> render) {
        requireNonNull(request, "request is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(render, "render is null");
        DataStamp current = stamp.get();
        String key = request + "\n" + current.version();
        Entry entry = entries.getIfPresent(key);
        write(ctx, entry != null ? entry : render(key, current, render), policy);
    }

    /**
     * Renders a missing key once for every request that asks for it meanwhile, outside the cache's locks: the
     * callers that arrive while it renders share its answer (or its exception), kept or not; an answer that may
     * not be kept (a metric that timed out, live data served stale) is then rendered again for the next request
     * rather than holding every concurrent one in line behind it.
     */
    private Entry render(String key, DataStamp current, Supplier<Rendered> render) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Entry entry = Entry.of(key, render.get(), current);
            if (entry.rendered().freshness().cacheable()) {
                entries.put(key, entry);
            }
            mine.complete(entry);
            return entry;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /**
     * Answers a request keyed by its path and query string exactly as sent, for answers that depend on nothing else
     * of the request: a kept answer then costs no parsing, no place or occupation resolution and no validation at
     * all, only the look-up. {@code render} reads and validates the request itself; when it throws (bad input),
     * nothing is kept, so a key is only ever kept for a request that was answered. Requests that differ only in
     * spelling ({@code CA} and {@code California}) are kept apart, which costs memory, never correctness.
     *
     * @param ctx the request, never null
     * @param policy how long the answer may be kept by clients, never null
     * @param render reads the request and renders the answer, never null
     * @see #answer(Context, String, Policy, Supplier)
     */
    public void answer(Context ctx, Policy policy, Supplier<Rendered> render) {
        String query = ctx.queryString();
        answer(ctx, query == null ? ctx.path() : ctx.path() + "?" + query, policy, render);
    }

    private void write(Context ctx, Entry entry, Policy policy) {
        ctx.header(Header.ETAG, entry.etag());
        entry.lastModified().ifPresent(date -> ctx.header(Header.LAST_MODIFIED, date));
        ctx.header(Header.CACHE_CONTROL, cacheControl(entry, policy));
        entry.rendered().headers().forEach(ctx::header);
        if (entry.gzip() != null) {
            ctx.header(Header.VARY, Header.ACCEPT_ENCODING);
        }
        if (matches(ctx.header(Header.IF_NONE_MATCH), entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(entry.rendered().contentType());
        byte[] gzip = entry.gzip();
        if (gzip != null && acceptsGzip(ctx.header(Header.ACCEPT_ENCODING))) {
            ctx.header(Header.CONTENT_ENCODING, "gzip").result(gzip);
        } else {
            ctx.result(entry.rendered().body());
        }
    }

    private String cacheControl(Entry entry, Policy policy) {
        Optional<Instant> expiresAt = entry.rendered().freshness().expiresAt();
        if (expiresAt.isEmpty() || policy.maxAge().isZero()) {
            return policy.cacheControl();
        }
        long left = Math.max(0, Math.min(policy.maxAge().toSeconds(),
                Duration.between(clock.instant(), expiresAt.get()).toSeconds()));
        return "private, max-age=" + left;
    }

    /** Whether an {@code If-None-Match} value names a tag (or is {@code *}), by the weak comparison of RFC 9110. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code Accept-Encoding} value accepts gzip (not refused with {@code q=0}). */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return Arrays.stream(parts).skip(1).map(String::strip).noneMatch(p -> p.matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    /** One kept answer: the rendering, its tag, its HTTP date and, for text worth it, its gzip form. */
    private record Entry(Rendered rendered, String etag, Optional<String> lastModified, byte @Nullable [] gzip) {
        static Entry of(String key, Rendered rendered, DataStamp stamp) {
            SourceFreshness freshness = rendered.freshness();
            Optional<String> modified = freshness.lastModified().or(() -> Optional.of(stamp.since()))
                    .map(HTTP_DATE::format);
            return new Entry(rendered, etag(key + "\n" + freshness.stamp()), modified,
                    compressible(rendered.contentType()) && rendered.body().length >= MIN_COMPRESSED
                            ? gzip(rendered.body()) : null);
        }

        int weight() {
            long bytes = rendered.body().length + (gzip == null ? 0 : gzip.length) + 512L;
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }

        private static String etag(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        private static boolean compressible(String contentType) {
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/") || type.contains("json") || type.contains("svg") || type.contains("xml");
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Live answers expire when their oldest data pass their freshness; answers from the store never do. */
    private final class UntilStale implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return entry.rendered().freshness().expiresAt().map(t -> nanosUntil(t)).orElse(Long.MAX_VALUE);
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private long nanosUntil(Instant t) {
        Duration left = Duration.between(clock.instant(), t);
        if (left.isNegative()) {
            return 0;
        }
        return left.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : left.toNanos();
    }
}
