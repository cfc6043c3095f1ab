package org.sanctionsmonitor.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.sanctionsmonitor.base.RateLimitedLog;
import org.sanctionsmonitor.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Sends read-only transactions ({@code @Transactional(readOnly = true)}, which every read service uses) of readers to
 * the replica, and everything else to the primary. Spring's {@link LazyConnectionDataSourceProxy} fetches a real
 * connection only at a transaction's first statement, when it knows whether the transaction is read-only.
 * <p>
 * Editors and admins read from the primary too: they see drafts and their own saves, which must show at once on the
 * page they return to after saving, and a replica is a few milliseconds or, under load, seconds behind. They are few;
 * the replica is for the many readers. Readers themselves never write editorial content, so the lag at most delays a
 * newly published item by as much for them. While the replica cannot be reached, reads go to the primary, and the
 * replica is tried again after {@link #RETRY}.
 */
final class ReadReplicaRouting extends LazyConnectionDataSourceProxy {

    static final Duration RETRY = Duration.ofSeconds(30);

    ReadReplicaRouting(DataSource primary, DataSource replica) {
        super(primary);
        setReadOnlyDataSource(new ReadSource(primary, replica));
        setDefaultAutoCommit(true);
        setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Where a read-only transaction's connection comes from. */
    private static final class ReadSource extends AbstractDataSource {

        private static final Logger log = LoggerFactory.getLogger(ReadReplicaRouting.class);

        private final DataSource primary;
        private final DataSource replica;
        private final RateLimitedLog failures = new RateLimitedLog(log, Duration.ofMinutes(1));
        private volatile long replicaRetryAt = System.nanoTime();

        ReadSource(DataSource primary, DataSource replica) {
            this.primary = primary;
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (CurrentUser.canSeeUnpublished() || System.nanoTime() - replicaRetryAt < 0) {
                return primary.getConnection();
            }
            try {
                return replica.getConnection();
            } catch (SQLException e) {
                replicaRetryAt = System.nanoTime() + RETRY.toNanos();
                failures.warn("The read replica cannot be reached, so reads go to the primary for " + RETRY.toSeconds()
                        + " s: " + e.getMessage());
                return primary.getConnection();
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
