package org.sanctionsmonitor.follow;

import java.util.Optional;
import org.sanctionsmonitor.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The signed-in reader's account id, which saved views, visits and feed keys belong to. */
@Component
class Readers {

    private final JdbcClient jdbc;

    Readers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current user's account id; empty for a user without an account (start-up work, tests run as nobody). */
    Optional<Long> current() {
        return CurrentUser.username().flatMap(this::byUsername);
    }

    long currentOrFail() {
        return current().orElseThrow(() -> new IllegalStateException("Saved views belong to a signed-in account"));
    }

    Optional<Long> byUsername(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:username)").param("username", username)
                .query(Long.class).optional();
    }
}
