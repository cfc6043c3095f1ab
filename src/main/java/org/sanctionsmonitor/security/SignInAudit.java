package org.sanctionsmonitor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.base.ClusterJobs;
import org.sanctionsmonitor.security.SignInEvent.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sign-in audit: who signed in, failed, was locked or refused, and which admin unlocked whom, when and from where.
 * Admins read it at {@code /admin/sign-ins}. Entries older than {@code SANCTIONS_SIGN_IN_AUDIT_DAYS} are deleted daily.
 */
@Service
public class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    /** Longest username worth keeping: the longest one an account can have. */
    static final int MAX_USERNAME = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final SignInAttempts attempts;
    private final ClusterJobs jobs;

    /** The cleanup's name among the scheduled jobs (its lock, its metrics). */
    static final String CLEANUP_JOB = "sign-in-audit-cleanup";

    SignInAudit(JdbcClient jdbc, Clock clock, AppProperties properties, SignInAttempts attempts, ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
        this.retention = Duration.ofDays(properties.signInAuditDays());
        this.attempts = attempts;
    }

    /** How many days entries are kept. */
    @PreAuthorize(Role.IS_ADMIN)
    public long retentionDays() {
        return retention.toDays();
    }

    /** Records one event; {@code username} is whatever was typed and is normalised first. */
    void record(Outcome outcome, String username, Integer attempt, String clientAddress, String actor) {
        jdbc.sql("""
                INSERT INTO sign_in_event (occurred_at, username, outcome, attempt, client_address, actor)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(clock.instant().atOffset(ZoneOffset.UTC), normalise(username), outcome.name(), attempt,
                        clientAddress, actor)
                .update();
    }

    /**
     * One page of events, newest first; only those of {@code username} (as it would be typed at sign-in) when it is
     * not blank.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public List<SignInEvent> list(String username, Pageable page) {
        String user = username == null || username.isBlank() ? null : normalise(username);
        return jdbc.sql("""
                SELECT id, occurred_at, username, outcome, attempt, client_address, actor FROM sign_in_event
                WHERE (CAST(:user AS text) IS NULL OR username = :user)
                ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("user", user)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, row) -> new SignInEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"), Outcome.valueOf(rs.getString("outcome")),
                        (Integer) rs.getObject("attempt"), rs.getString("client_address"), rs.getString("actor")))
                .list();
    }

    /**
     * Keeps what was typed readable and bounded: trimmed, lower-cased as sign-in compares it, control characters
     * (which PostgreSQL text may not even hold, like NUL) replaced, and cut to {@value #MAX_USERNAME} characters.
     */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String name = typed.strip().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_USERNAME) {
            name = name.substring(0, MAX_USERNAME) + "…";
        }
        return name.replaceAll("\\p{Cntrl}", "\uFFFD");
    }

    /**
     * Every hour on one instance of all that share the database: every instance's scheduler fires, the first one runs
     * the cleanup and the others skip it until the next hour ({@link ClusterJobs}).
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void deleteOldEntries() {
        jobs.runOnce(CLEANUP_JOB, Duration.ofMinutes(55), Duration.ofMinutes(59), this::cleanUp);
    }

    /** Deletes audit entries past their retention and client addresses that went quiet. */
    void cleanUp() {
        int events = jdbc.sql("DELETE FROM sign_in_event WHERE occurred_at < ?")
                .param(clock.instant().minus(retention).atOffset(ZoneOffset.UTC)).update();
        int addresses = attempts.forgetIdleAddresses(clock.instant());
        if (events > 0 || addresses > 0) {
            log.info("Sign-in audit: deleted {} entries older than {} days and {} idle client addresses.",
                    events, retention.toDays(), addresses);
        }
    }
}
