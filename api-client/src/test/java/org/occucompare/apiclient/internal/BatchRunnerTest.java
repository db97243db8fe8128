package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    @Test
    void results_come_back_in_input_order_and_failures_become_results() throws Exception {
        CompletableFuture<List<String>> batch = BatchRunner.start(List.of(3, 1, 0, 2), n -> {
            if (n == 0) {
                throw new IllegalStateException("zero");
            }
            sleep(n * 50L);
            return "ok " + n;
        }, (n, e) -> "failed " + n + ": " + e.getMessage(), 4);

        assertThat(batch.get(5, TimeUnit.SECONDS)).containsExactly("ok 3", "ok 1", "failed 0: zero", "ok 2");
    }

    @Test
    void an_empty_batch_is_done_at_once() {
        assertThat(BatchRunner.start(List.<Integer>of(), n -> n, (n, e) -> n, 4)).isCompletedWithValue(List.of());
    }

    @Test
    void cancelling_the_batch_interrupts_running_work_and_skips_the_rest() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<List<Integer>> batch = BatchRunner.start(List.of(1, 2, 3, 4, 5, 6), n -> {
            ran.incrementAndGet();
            started.countDown();
            try {
                TimeUnit.SECONDS.sleep(10);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
            }
            return n;
        }, (n, e) -> -n, 2);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(batch.cancel(true)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (interrupted.get() < 2 && System.nanoTime() < deadline) {
            sleep(10);
        }
        assertThat(batch.isCancelled()).isTrue();
        assertThat(interrupted.get()).isEqualTo(2);
        sleep(100);
        assertThat(ran.get()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
