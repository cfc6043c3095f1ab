package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.base.ClusterEvent;
import org.sanctionsmonitor.base.ClusterEvents;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves and publications are counted for the metrics once they commit, never when they fail or roll back; a
 * publication is announced to every instance ({@link ClusterEvents}) when it commits, once per item type and transaction.
 */
@AppTest
class EditorialActivityTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestData testData;

    @Autowired
    ReviewService review;

    @Autowired
    ClusterEvents cluster;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    /** The incidents these tests commit, deleted afterwards: other tests count the shared demo data. */
    @AfterEach
    void deleteWhatWasCommitted() {
        jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'INCIDENT' AND item_id IN "
                + "(SELECT id FROM incident WHERE title LIKE 'Activity test:%')").update();
        jdbc.sql("DELETE FROM incident WHERE title LIKE 'Activity test:%'").update();
    }

    @Test
    void a_committed_save_is_counted_and_a_refused_or_rolled_back_one_is_not() {
        double before = count("sanctions.editorial.saves");

        testData.draftIncident("Activity test: counted save");
        assertThatThrownBy(() -> testData.draftIncident("")).as("no title: refused");
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            testData.draftIncident("Activity test: rolled back");
            status.setRollbackOnly();
        });

        assertThat(count("sanctions.editorial.saves")).isEqualTo(before + 1);
    }

    @Test
    void a_publication_is_counted_and_announced_to_every_instance_once_per_type_and_transaction() {
        List<ClusterEvent> received = new CopyOnWriteArrayList<>();
        context.addApplicationListener(ApplicationListener.<ClusterEvent>forPayload(received::add));
        await().atMost(Duration.ofSeconds(30)).until(cluster::listening);
        // Messages arrive in commit order: what arrives after this marker was committed after it.
        String marker = java.util.UUID.randomUUID().toString();
        cluster.send("test-marker", marker);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(event -> event.detail().equals(marker)));
        long first = testData.draftIncident("Activity test: published first");
        long second = testData.draftIncident("Activity test: published second");
        double before = count("sanctions.editorial.publishes");

        new TransactionTemplate(transactions).executeWithoutResult(status -> CurrentUser.runAs("test-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(Incident.TYPE, first);
            review.publishWithoutReview(Incident.TYPE, second);
            return null;
        }));

        assertThat(count("sanctions.editorial.publishes")).isEqualTo(before + 2);
        cluster.send("test-marker", marker + "-end");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(event -> event.detail().equals(marker + "-end")));
        List<ClusterEvent> between = received.subList(indexOf(received, marker) + 1, indexOf(received, marker + "-end"));
        assertThat(between).filteredOn(event -> event.is(EditorialActivity.PUBLISHED))
                .singleElement().satisfies(event -> {
                    assertThat(event.detail()).isEqualTo("INCIDENT");
                    assertThat(event.sender()).isEqualTo(cluster.instanceId());
                });
    }

    private static int indexOf(List<ClusterEvent> events, String marker) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).detail().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no marker " + marker);
    }

    private double count(String name) {
        return meters.find(name).tag("type", "INCIDENT").counters().stream().mapToDouble(Counter::count).sum();
    }
}
