package org.sanctionsmonitor.follow;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A sign-in starts a reader's visit; the visit before it is what "What's new" counts from. */
@Component
class Visits {

    private final JdbcClient jdbc;
    private final Readers readers;
    private final Clock clock;

    Visits(JdbcClient jdbc, Readers readers, Clock clock) {
        this.jdbc = jdbc;
        this.readers = readers;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        readers.byUsername(event.getAuthentication().getName()).ifPresent(reader -> jdbc.sql("""
                INSERT INTO reader_visit (user_id, current_visit_at, previous_visit_at) VALUES (:user, :now, NULL)
                ON CONFLICT (user_id) DO UPDATE SET previous_visit_at = reader_visit.current_visit_at, current_visit_at = :now
                """).param("user", reader).param("now", Timestamp.from(clock.instant())).update());
    }
}
