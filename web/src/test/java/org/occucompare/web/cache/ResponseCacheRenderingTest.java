package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.web.cache.Rendered.SourceFreshness;
import org.occucompare.web.cache.ResponseCache.Policy;

/**
 * Concurrent requests for one missing answer, on a real Javalin: rendered once and shared, whether the answer may
 * be kept or not; an answer that may not be kept is rendered again for the next request.
 */
class ResponseCacheRenderingTest {
    private static final SourceFreshness NOT_KEPT = new SourceFreshness("stale", Optional.empty(), Optional.empty(),
            false);

    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(4);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        ResponseCache cache = new ResponseCache(1_000_000, () -> new DataStamp("v1", Instant.EPOCH),
                Clock.systemUTC());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/answer", ctx -> {
                entered.countDown();
                cache.answer(ctx, Policy.REVALIDATE, () -> {
                    int n = renders.incrementAndGet();
                    arrived.countDown();
                    await(release);
                    return new Rendered(("render " + n).getBytes(StandardCharsets.UTF_8), "text/plain", Map.of(),
                            "true".equals(ctx.queryParam("keep")) ? SourceFreshness.STORE : NOT_KEPT);
                });
            });
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void requests_arriving_while_an_answer_renders_share_it_and_an_answer_not_kept_is_rendered_anew() throws Exception {
        List<String> bodies = concurrently("/answer?keep=false");

        assertThat(bodies).hasSize(4).containsOnly("render 1");
        assertThat(renders).hasValue(1);
        assertThat(get("/answer?keep=false")).isEqualTo("render 2"); // not kept: asked again
        assertThat(renders).hasValue(2);
    }

    @Test
    void a_kept_answer_is_rendered_once_for_everyone() throws Exception {
        List<String> bodies = concurrently("/answer?keep=true");

        assertThat(bodies).containsOnly("render 1");
        assertThat(get("/answer?keep=true")).isEqualTo("render 1");
        assertThat(renders).hasValue(1);
    }

    /** Four requests at once: the first holds the rendering until the others have had time to arrive. */
    private List<String> concurrently(String path) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> calls = new ArrayList<>();
            calls.add(callers.submit(() -> get(path)));
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                calls.add(callers.submit(() -> get(path)));
            }
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // from the handler's first line into the cache, while the first is still rendering
            release.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<String> call : calls) {
                bodies.add(call.get(10, TimeUnit.SECONDS));
            }
            return bodies;
        } finally {
            callers.shutdownNow();
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + app.port() + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
