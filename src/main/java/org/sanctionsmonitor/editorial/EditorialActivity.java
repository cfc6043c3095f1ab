package org.sanctionsmonitor.editorial;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.sanctionsmonitor.base.ClusterEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the editorial core tells the outside world about saves and publications, once they have committed: the
 * counters {@code sanctions.editorial.saves} and {@code sanctions.editorial.publishes} (by item type; per minute in
 * Prometheus with {@code rate(...[5m]) * 60}), and, for a publication, the message {@link #PUBLISHED} to every app
 * instance ({@link ClusterEvents}), which anything that keeps published content in memory must listen to.
 */
@Component
class EditorialActivity {

    /** The topic of the message sent to every instance when items of a type were published (the detail is the type's key). */
    static final String PUBLISHED = "published";

    private final MeterRegistry meters;
    private final ClusterEvents cluster;

    EditorialActivity(MeterRegistry meters, ClusterEvents cluster) {
        this.meters = meters;
        this.cluster = cluster;
    }

    void saved(ItemType type) {
        afterCommit(() -> Counter.builder("sanctions.editorial.saves").description("Saves by editors that committed")
                .tag("type", type.key()).register(meters).increment());
    }

    /** A record, a revision or a withdrawal of the type became what readers see. */
    void published(ItemType type) {
        if (firstInTransaction(type)) {
            cluster.send(PUBLISHED, type.key());
        }
        afterCommit(() -> Counter.builder("sanctions.editorial.publishes")
                .description("Records, revisions and withdrawals that became what readers see")
                .tag("type", type.key()).register(meters).increment());
    }

    /** One message per type and transaction is enough, however many items a bulk publication holds. */
    private boolean firstInTransaction(ItemType type) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Set<String> sent = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (sent == null) {
            Set<String> types = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, types);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EditorialActivity.this);
                }
            });
            sent = types;
        }
        return sent.add(type.key());
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
