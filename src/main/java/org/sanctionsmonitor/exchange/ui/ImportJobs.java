package org.sanctionsmonitor.exchange.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.sanctionsmonitor.exchange.ImportProgress;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs dry runs and commits of imports in the background, as the user who started them, so that a large file does not
 * hold the page; the page reads their progress when it polls. At most two run at once on this instance, so that
 * imports cannot crowd out everyone else's requests.
 */
@Component
class ImportJobs {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "import");
        thread.setDaemon(true);
        return thread;
    });

    /** A job's progress and outcome, read by the page while it polls. */
    static final class Job<T> implements ImportProgress {

        private volatile String phase = "Waiting for another import to finish";
        private volatile int done;
        private volatile int total;
        private volatile boolean finished;
        private volatile T value;
        private volatile RuntimeException failure;

        @Override
        public void step(String phase, int done, int total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        String phase() {
            return phase;
        }

        int done() {
            return done;
        }

        int total() {
            return total;
        }

        boolean isDone() {
            return finished;
        }

        T value() {
            return value;
        }

        RuntimeException failure() {
            return failure;
        }
    }

    <T> Job<T> start(Function<ImportProgress, T> work) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Job<T> job = new Job<>();
        executor.submit(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user);
            SecurityContextHolder.setContext(context);
            try {
                job.phase = "Starting";
                job.value = work.apply(job);
            } catch (RuntimeException failed) {
                job.failure = failed;
            } finally {
                SecurityContextHolder.clearContext();
                job.finished = true;
            }
        });
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
