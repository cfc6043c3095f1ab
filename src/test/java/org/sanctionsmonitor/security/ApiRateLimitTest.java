package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-token budget, on a clock the test moves. */
class ApiRateLimitTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final ApiRateLimit limit = new ApiRateLimit(3, Duration.ofMinutes(1), now::get);

    @Test
    void a_token_gets_its_budget_then_waits_for_the_next_period_and_says_how_long() {
        assertThat(limit.acquire(1)).isEmpty();
        assertThat(limit.acquire(1)).isEmpty();
        assertThat(limit.acquire(1)).isEmpty();
        OptionalLong wait = limit.acquire(1);
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(1L, 60L);

        now.addAndGet(Duration.ofSeconds(wait.getAsLong()).toNanos());
        assertThat(limit.acquire(1)).isEmpty();
    }

    @Test
    void each_token_has_its_own_budget() {
        for (int i = 0; i < 3; i++) {
            limit.acquire(1);
        }
        assertThat(limit.acquire(1)).isPresent();
        assertThat(limit.acquire(2)).isEmpty();
    }

    @Test
    void the_wait_shrinks_as_the_period_runs_out() {
        for (int i = 0; i < 3; i++) {
            limit.acquire(7);
        }
        long first = limit.acquire(7).getAsLong();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        long later = limit.acquire(7).getAsLong();
        assertThat(later).isLessThanOrEqualTo(first - 29);
    }
}
