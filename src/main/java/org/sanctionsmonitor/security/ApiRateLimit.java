package org.sanctionsmonitor.security;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many requests each API token may make: {@code limit} per {@code period}, counted by resilience4j's rate limiter
 * (a fixed budget per period, refilled at its start). Counted in this app instance's memory: behind a load balancer
 * with several instances a token may make up to that many requests on each.
 */
final class ApiRateLimit {

    private final RateLimiterConfig config;
    private final Supplier<Long> nanoTime;
    private final Map<Long, AtomicRateLimiter> limiters = new ConcurrentHashMap<>();

    ApiRateLimit(int limit, Duration period) {
        this(limit, period, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    ApiRateLimit(int limit, Duration period, Supplier<Long> nanoTime) {
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO).build();
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the token's budget: empty when allowed, else the whole seconds until the next request is. */
    OptionalLong acquire(long tokenId) {
        AtomicRateLimiter limiter = limiters.computeIfAbsent(tokenId, id -> new AtomicRateLimiter("api-token-" + id, config, nanoTime));
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter.getDetailedMetrics().getNanosToWait();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    int limit() {
        return config.getLimitForPeriod();
    }
}
