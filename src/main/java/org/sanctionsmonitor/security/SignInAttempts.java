package org.sanctionsmonitor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counters behind the login lockout and the per-address throttle, kept in PostgreSQL so they hold across several
 * app instances. Each attempt is counted by one atomic statement <em>before</em> its password is checked (a claim), so
 * simultaneous attempts can neither be lost nor all slip through before a lock takes effect. Every statement runs on
 * its own (auto-commit), so other attempts see it at once.
 */
@Component
class SignInAttempts {

    /** Consecutive attempts on an account that may fail; the last of them locks it. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** Failures from one client address that need no wait; after that each attempt waits twice as long as the last. */
    static final int FREE_FAILURES_PER_ADDRESS = 3;
    static final Duration FIRST_ADDRESS_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_ADDRESS_WAIT = Duration.ofMinutes(15);
    /** An address that made no attempt for this long starts afresh. */
    static final Duration ADDRESS_MEMORY = Duration.ofHours(1);

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome of counting an attempt from a client address: allowed now, or blocked until a moment. */
    record AddressClaim(boolean allowed, Instant blockedUntil) {
    }

    /**
     * Counts an attempt from {@code address} unless the address must still wait; waiting attempts are not counted.
     * The wait after the n-th attempt is 0 up to {@link #FREE_FAILURES_PER_ADDRESS}, then 5 s, 10 s, 20 s, … up to 15 min.
     */
    AddressClaim claimForAddress(String address, Instant now) {
        String newFailures = "CASE WHEN t.last_attempt_at < :forgetBefore THEN 1 ELSE t.failures + 1 END";
        var claimed = jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (address, failures, blocked_until, last_attempt_at)
                VALUES (:address, 1, NULL, :now)
                ON CONFLICT (address) DO UPDATE SET
                    failures = %1$s,
                    blocked_until = CASE WHEN %1$s >= :free
                        THEN :now + make_interval(secs => least(:first * power(2, %1$s - :free), :longest))
                        ELSE NULL END,
                    last_attempt_at = :now
                WHERE t.blocked_until IS NULL OR t.blocked_until <= :now
                RETURNING blocked_until""".formatted(newFailures))
                .param("address", address)
                .param("now", at(now))
                .param("forgetBefore", at(now.minus(ADDRESS_MEMORY)))
                .param("free", FREE_FAILURES_PER_ADDRESS)
                .param("first", (double) FIRST_ADDRESS_WAIT.toSeconds())
                .param("longest", (double) LONGEST_ADDRESS_WAIT.toSeconds())
                .query((rs, row) -> Optional.ofNullable(instant(rs, "blocked_until")))
                .optional();
        if (claimed.isPresent()) {
            return new AddressClaim(true, claimed.get().orElse(null));
        }
        Instant blockedUntil = jdbc.sql("SELECT blocked_until FROM sign_in_throttle WHERE address = ?").param(address)
                .query((rs, row) -> Optional.ofNullable(instant(rs, "blocked_until"))).optional().flatMap(b -> b).orElse(now);
        return new AddressClaim(false, blockedUntil);
    }

    /**
     * A successful sign-in takes back the attempt it counted against its address, and the wait that attempt set when
     * the address is back within its free failures.
     */
    void settleAddress(String address) {
        jdbc.sql("""
                UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0),
                    blocked_until = CASE WHEN failures - 1 >= :free THEN blocked_until ELSE NULL END
                WHERE address = :address""")
                .param("free", FREE_FAILURES_PER_ADDRESS).param("address", address).update();
    }

    /**
     * The account as one attempt claimed it: {@code attempt} is its number since the last successful sign-in. The
     * password may be checked only when the account was not locked before this attempt ({@link #allowed()}).
     */
    record AccountClaim(long userId, String username, String passwordHash, Role role, boolean enabled, int attempt,
            boolean wasLocked, Instant lockedUntil) {

        boolean allowed() {
            return !wasLocked;
        }

        /** This attempt locked the account (if its password turns out wrong, the lock stands). */
        boolean locks() {
            return !wasLocked && lockedUntil != null;
        }
    }

    /**
     * Counts an attempt on the account, in one statement that holds the row lock: a lock that has run out starts the
     * count afresh; the {@value #MAX_FAILED_LOGINS}th attempt locks the account for {@link #LOCK_DURATION}; attempts on
     * a locked account are counted too but leave the lock as it is. Empty when no such user exists.
     */
    Optional<AccountClaim> claimForAccount(String username, Instant now) {
        String attempt = "CASE WHEN u.locked_until <= :now THEN 1 ELSE u.failed_logins + 1 END";
        return jdbc.sql("""
                WITH before AS (
                    SELECT id, coalesce(locked_until > :now, false) AS was_locked FROM app_user
                    WHERE lower(username) = lower(:username) FOR UPDATE
                )
                UPDATE app_user u SET
                    failed_logins = %1$s,
                    locked_until = CASE
                        WHEN u.locked_until > :now THEN u.locked_until
                        WHEN %1$s >= :max THEN :lockEnd
                        ELSE NULL END
                FROM before WHERE u.id = before.id
                RETURNING u.id, u.username, u.password_hash, u.role, u.enabled, u.failed_logins, before.was_locked, u.locked_until"""
                .formatted(attempt))
                .param("username", username)
                .param("now", at(now))
                .param("max", MAX_FAILED_LOGINS)
                .param("lockEnd", at(now.plus(LOCK_DURATION)))
                .query((rs, row) -> new AccountClaim(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                        rs.getBoolean("was_locked"), instant(rs, "locked_until")))
                .optional();
    }

    /**
     * A successful sign-in clears the account's count and lock, but only if no other attempt was counted after it:
     * attempts that started meanwhile still count, and a lock they caused stands.
     */
    void settleAccount(AccountClaim claim) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ? AND failed_logins = ?")
                .param(claim.userId()).param(claim.attempt()).update();
    }

    /** Forgets addresses that made no attempt for {@link #ADDRESS_MEMORY}; returns how many. */
    int forgetIdleAddresses(Instant now) {
        return jdbc.sql("DELETE FROM sign_in_throttle WHERE last_attempt_at < ?").param(at(now.minus(ADDRESS_MEMORY))).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
