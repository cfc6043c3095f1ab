package org.sanctionsmonitor.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must run once across all app instances on one database, not once per instance. Each instance's
 * scheduler still fires; the first to take the job's lock (a row in {@code shedlock}, ShedLock's JDBC provider, timed
 * by the database's clock so that instances' clocks may differ) runs it, and the lock is then held for at least
 * {@code atLeast}, so that the other instances' ticks in that period are skipped. A crashed instance's lock runs out
 * after {@code atMost}. Every attempt is counted as {@code sanctions.jobs{job, outcome=ran|skipped}}.
 */
@Component
public class ClusterJobs {

    private final LockingTaskExecutor executor;
    private final MeterRegistry meters;
    private final Clock clock;

    ClusterJobs(DataSource dataSource, MeterRegistry meters, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()));
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Runs {@code job} unless another instance ran it less than {@code atLeast} ago (or is running it).
     *
     * @return whether this instance ran it
     */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
        boolean ran;
        try {
            ran = executor.executeWithLock(() -> {
                job.run();
                return true;
            }, new LockConfiguration(clock.instant(), name, atMost, atLeast)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        counter(name, ran ? "ran" : "skipped").increment();
        return ran;
    }

    private Counter counter(String job, String outcome) {
        return Counter.builder("sanctions.jobs").description("Scheduled jobs, by whether this instance ran or skipped them")
                .tag("job", job).tag("outcome", outcome).register(meters);
    }
}
