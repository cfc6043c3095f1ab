package org.sanctionsmonitor.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code database}, part of the readiness group: an instance whose database cannot be reached
 * is not ready, so a load balancer sends its users elsewhere; it stays live, since a restart would not bring the
 * database back. It answers from {@link DatabaseStatus}'s last probe (at most a few seconds old) and never waits for
 * the connection pool's timeout, however often it is asked.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseStatus database;

    DatabaseHealthIndicator(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public Health health() {
        return database.reachable() ? Health.up().build()
                : Health.down().withDetail("reason", "The database cannot be reached").build();
    }
}
