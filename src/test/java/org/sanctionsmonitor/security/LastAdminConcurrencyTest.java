package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins demote each other at the same moment, in two real transactions: the row locks taken by
 * {@link UserService} make the second wait for the first and then see that it would remove the last admin. The test
 * fails if the second request never waited for the first (the race did not happen).
 * Commits for real, so it restores the demo accounts afterwards.
 */
@AppTest
class LastAdminConcurrencyTest {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService admins = Executors.newFixedThreadPool(2);

    @AfterEach
    void restoreTheDemoAdmin() {
        admins.shutdownNow();
        jdbc.sql("DELETE FROM app_user WHERE username = 'race-admin'").update();
        jdbc.sql("UPDATE app_user SET role = 'ADMIN', enabled = true WHERE username = 'admin'").update();
    }

    @Test
    void two_admins_demoting_each_other_at_the_same_time_cannot_both_succeed() throws Exception {
        asAdmin(() -> users.create("race-admin", "Race Admin", Role.ADMIN, "a long enough password"));
        long adminId = id("admin");
        long adminVersion = version("admin");
        long raceId = id("race-admin");
        long raceVersion = version("race-admin");

        CountDownLatch firstHasDemoted = new CountDownLatch(1);
        Future<?> first = admins.submit(() -> asAdmin(() -> new TransactionTemplate(transactions).execute(status -> {
            users.changeRole(adminId, adminVersion, Role.EDITOR);
            firstHasDemoted.countDown();
            waitUntilASessionWaitsForARowLock(); // the second admin's request, blocked by our locks
            return null;
        })));
        assertThat(firstHasDemoted.await(20, TimeUnit.SECONDS)).isTrue();
        Future<?> second = admins.submit(() -> asAdmin(() -> users.changeRole(raceId, raceVersion, Role.EDITOR)));

        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UserAdminException.class).hasMessageContaining("last enabled admin");
        assertThat(jdbc.sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled").query(String.class).list())
                .containsExactly("race-admin");
    }

    /**
     * Waits until the second admin's request waits for a row lock held by the first. If that never happens, the test
     * fails: it would not have seen the race it is about.
     */
    private void waitUntilASessionWaitsForARowLock() {
        await("the second admin's request waiting for the first one's row lock").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                        .query(Long.class).single() > 0);
    }

    private <T> T asAdmin(Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authorities())));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private long version(String username) {
        return jdbc.sql("SELECT version FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
