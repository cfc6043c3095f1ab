package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.security.SignInAttempts.AccountClaim;
import org.sanctionsmonitor.security.SignInAttempts.AddressClaim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counters behind the lockout and the throttle, on the real PostgreSQL, with the moments of the attempts given
 * explicitly so that waits can be checked without waiting. Each statement commits on its own, as in production;
 * every test uses its own account or address.
 */
@AppTest
class SignInAttemptsTest {

    static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    @Autowired
    SignInAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_simultaneous_claims_on_one_account_each_get_their_own_number_and_only_the_first_five_may_check_a_password()
            throws Exception {
        user("claims-race");

        List<AccountClaim> claims = all(50, () -> attempts.claimForAccount("claims-race", T0).orElseThrow());

        assertThat(claims.stream().map(AccountClaim::attempt).sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(claims.stream().filter(AccountClaim::allowed).map(AccountClaim::attempt).sorted().toList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(claims.stream().filter(AccountClaim::locks).map(AccountClaim::attempt).toList()).containsExactly(5);
        assertThat(lockedUntil("claims-race")).isEqualTo(T0.plus(SignInAttempts.LOCK_DURATION));
    }

    @Test
    void a_locked_account_stays_locked_for_fifteen_minutes_and_then_counts_afresh() {
        user("claims-expiry");
        for (int i = 0; i < 5; i++) {
            attempts.claimForAccount("claims-expiry", T0);
        }

        assertThat(attempts.claimForAccount("claims-expiry", T0.plus(Duration.ofMinutes(14))).orElseThrow().allowed()).isFalse();
        AccountClaim afterwards = attempts.claimForAccount("claims-expiry", T0.plus(Duration.ofMinutes(15))).orElseThrow();
        assertThat(afterwards.allowed()).isTrue();
        assertThat(afterwards.attempt()).isEqualTo(1);
        assertThat(lockedUntil("claims-expiry")).isNull();
    }

    @Test
    void an_account_locked_before_this_version_counted_attempts_is_refused_too() {
        // The old code reset the count to 0 when it locked an account.
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, failed_logins, locked_until)
                VALUES ('claims-old-lock', 'Old', 'x', 'VIEWER', 0, ?)""").param(T0.plusSeconds(600).atOffset(ZoneOffset.UTC)).update();

        assertThat(attempts.claimForAccount("claims-old-lock", T0).orElseThrow().allowed()).isFalse();
    }

    @Test
    void a_success_clears_the_count_unless_another_attempt_was_counted_after_it() {
        user("claims-settle");
        AccountClaim first = attempts.claimForAccount("claims-settle", T0).orElseThrow();
        AccountClaim second = attempts.claimForAccount("claims-settle", T0).orElseThrow();

        attempts.settleAccount(first);
        assertThat(failedLogins("claims-settle")).as("the second attempt started meanwhile and still counts").isEqualTo(2);

        attempts.settleAccount(second);
        assertThat(failedLogins("claims-settle")).isZero();
    }

    @Test
    void an_unknown_username_claims_nothing() {
        assertThat(attempts.claimForAccount("nobody-of-that-name", T0)).isEmpty();
    }

    @Test
    void fifty_simultaneous_attempts_from_one_address_let_three_through() throws Exception {
        List<AddressClaim> claims = all(50, () -> attempts.claimForAddress("203.0.113.50", T0));

        assertThat(claims.stream().filter(AddressClaim::allowed).count()).isEqualTo(SignInAttempts.FREE_FAILURES_PER_ADDRESS);
        assertThat(throttleFailures("203.0.113.50")).as("refused attempts are not counted").isEqualTo(3);
    }

    @Test
    void after_three_failures_an_address_waits_five_seconds_then_twice_as_long_each_time() {
        String address = "203.0.113.51";
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.claimForAddress(address, T0).allowed()).isTrue();
        }
        AddressClaim refused = attempts.claimForAddress(address, T0.plusSeconds(4));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.blockedUntil()).isEqualTo(T0.plusSeconds(5));

        assertThat(attempts.claimForAddress(address, T0.plusSeconds(5)).allowed()).isTrue(); // the 4th: now wait 10 s
        assertThat(attempts.claimForAddress(address, T0.plusSeconds(14)).allowed()).isFalse();
        assertThat(attempts.claimForAddress(address, T0.plusSeconds(15)).allowed()).isTrue(); // the 5th: now wait 20 s
        assertThat(attempts.claimForAddress(address, T0.plusSeconds(34)).allowed()).isFalse();
        assertThat(attempts.claimForAddress(address, T0.plusSeconds(35)).blockedUntil()).isEqualTo(T0.plusSeconds(35 + 40));
    }

    @Test
    void the_wait_of_an_address_never_exceeds_fifteen_minutes_and_an_hour_of_quiet_starts_afresh() {
        String address = "203.0.113.52";
        Instant now = T0;
        Duration lastWait = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            AddressClaim claim = attempts.claimForAddress(address, now);
            assertThat(claim.allowed()).isTrue();
            if (claim.blockedUntil() != null) {
                lastWait = Duration.between(now, claim.blockedUntil());
                assertThat(lastWait).isLessThanOrEqualTo(SignInAttempts.LONGEST_ADDRESS_WAIT);
                now = claim.blockedUntil();
            }
        }
        assertThat(lastWait).isEqualTo(SignInAttempts.LONGEST_ADDRESS_WAIT);

        AddressClaim fresh = attempts.claimForAddress(address, now.plus(SignInAttempts.ADDRESS_MEMORY).plusSeconds(1));
        assertThat(fresh.allowed()).isTrue();
        assertThat(throttleFailures(address)).isEqualTo(1);
    }

    @Test
    void a_successful_sign_in_takes_back_its_attempt_and_the_wait_it_set() {
        String address = "203.0.113.53";
        for (int i = 0; i < 3; i++) {
            attempts.claimForAddress(address, T0);
        }

        attempts.settleAddress(address); // the third attempt was right

        assertThat(throttleFailures(address)).isEqualTo(2);
        assertThat(attempts.claimForAddress(address, T0.plusSeconds(1)).allowed()).isTrue();
    }

    /** Runs {@code call} on {@code count} threads released at once; fails unless the calls really overlapped. */
    private static <T> List<T> all(int count, Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        return call.call();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(1, TimeUnit.MINUTES));
            }
            assertThat(mostInFlight.get()).as("the calls ran at the same time").isGreaterThanOrEqualTo(5);
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private void user(String username) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, 'Claims', 'x', 'VIEWER')")
                .param(username).update();
    }

    private Instant lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?").param(username)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single().orElse(null);
    }

    private int failedLogins(String username) {
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE username = ?").param(username).query(Integer.class).single();
    }

    private int throttleFailures(String address) {
        return jdbc.sql("SELECT failures FROM sign_in_throttle WHERE address = ?").param(address).query(Integer.class).single();
    }
}
