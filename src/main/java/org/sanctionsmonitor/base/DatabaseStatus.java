package org.sanctionsmonitor.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as last seen by one background probe. Pages shown during an outage ask it every few
 * seconds and come back by themselves once it answers; asking never blocks (the probe may wait for the connection
 * pool's timeout, the page does not), and many pages asking at once start at most one probe.
 */
@Component
public class DatabaseStatus {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean reachable = true;
    private volatile Instant lastProbe = Instant.EPOCH;

    DatabaseStatus(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The database failed a request just now: until a probe says otherwise, it is unreachable. */
    public void failed() {
        reachable = false;
        probeIfDue();
    }

    /** The last probe's answer; starts a new probe in the background when the last one is older than two seconds. */
    public boolean reachable() {
        probeIfDue();
        return reachable;
    }

    private void probeIfDue() {
        if (Duration.between(lastProbe, clock.instant()).compareTo(PROBE_INTERVAL) >= 0 && probing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("database-probe").start(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    reachable = connection.isValid(2);
                } catch (SQLException | RuntimeException e) {
                    reachable = false;
                } finally {
                    lastProbe = clock.instant();
                    probing.set(false);
                }
            });
        }
    }
}
