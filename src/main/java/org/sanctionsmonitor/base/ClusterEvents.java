package org.sanctionsmonitor.base;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages to every app instance on the same database, over PostgreSQL's {@code LISTEN/NOTIFY}: for the little state
 * an instance keeps in memory about others' data (each instance's register of open sessions), so that a change made
 * on one instance holds on all of them at once.
 * <p>
 * {@link #send} notifies inside the caller's transaction, so the message goes out when the change commits and never
 * for a change rolled back. Each instance listens on a connection of its own to the primary, outside the pool, and
 * hands every message to Spring's event listeners as a {@link ClusterEvent} (its own messages too, so one code path
 * serves every instance). When the listening connection is lost, messages sent meanwhile are lost too: after it
 * reconnects, a {@link #RECONNECTED} event tells listeners to forget whatever they might have missed.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);

    static final String CHANNEL = "sanctions_events";
    /** Delivered locally after the listening connection was (re)established: messages may have been missed. */
    public static final String RECONNECTED = "reconnected";
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** How often an idle listening connection is checked, so that a silently dropped one is noticed. */
    private static final Duration CHECK = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Counter received;
    private final RateLimitedLog problems = new RateLimitedLog(log, Duration.ofMinutes(1));
    private final String instanceId = UUID.randomUUID().toString();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    ClusterEvents(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher publisher, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.clock = clock;
        this.received = Counter.builder("sanctions.cluster.events.received")
                .description("Messages from app instances on this database (this one included)").register(meters);
        Gauge.builder("sanctions.cluster.events.listening", this, events -> events.listening ? 1 : 0)
                .description("1 while this instance listens for other instances' messages").register(meters);
    }

    /**
     * Sends {@code topic} and {@code detail} to every instance, this one included, when the current transaction
     * commits (at once outside a transaction). Needs a writable transaction: PostgreSQL refuses NOTIFY in a read-only one.
     */
    public void send(String topic, String detail) {
        String payload = String.join("|", instanceId, String.valueOf(clock.millis()), topic, detail == null ? "" : detail);
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().singleRow();
    }

    /** This instance's id in the messages it sends. */
    public String instanceId() {
        return instanceId;
    }

    /** Whether this instance currently receives messages. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, "cluster-events");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly(connection);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection listening = connect(); Statement sql = listening.createStatement()) {
                connection = listening;
                sql.execute("LISTEN " + CHANNEL);
                PGConnection postgres = listening.unwrap(PGConnection.class);
                this.listening = true;
                publisher.publishEvent(new ClusterEvent(RECONNECTED, "", instanceId, clock.instant()));
                long nextCheck = System.nanoTime() + CHECK.toNanos();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) Duration.ofSeconds(1).toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - nextCheck > 0) {
                        sql.execute("SELECT 1");
                        nextCheck = System.nanoTime() + CHECK.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    problems.warn("Not receiving other instances' messages (retrying every " + RETRY.toSeconds() + " s): " + e.getMessage());
                }
            } finally {
                this.listening = false;
                connection = null;
            }
            if (running && !pause()) {
                return;
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split("\\|", 4);
        if (parts.length < 4) {
            return;
        }
        received.increment();
        try {
            publisher.publishEvent(new ClusterEvent(parts[2], parts[3], parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (RuntimeException e) {
            log.warn("A listener failed on the message '{}': {}", parts[2], e.toString());
        }
    }

    /**
     * A connection of its own to the primary with the pool's settings, so that it neither takes a pooled connection
     * for good nor ends up on a read replica, which cannot LISTEN.
     */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            properties.setProperty("ApplicationName", "sanctions-monitor events");
            Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing to stop listening; nothing to do
            }
        }
    }
}
