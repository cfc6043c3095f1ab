package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.base.FieldException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Each user's API tokens: shown once, stored as a hash only, seen and revoked by their owner alone. */
@AppTest
@Transactional
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokens store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_is_shown_once_and_only_its_hash_and_first_characters_are_stored() {
        NewApiToken made;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            made = tokens.create("  R scripts  ", LocalDate.now().plusDays(30));
            assertThat(tokens.mine()).first().satisfies(row -> {
                assertThat(row.name()).isEqualTo("R scripts");
                assertThat(row.prefix()).isEqualTo(made.token().substring(0, 7));
            });
        }
        assertThat(made.token()).matches("sm_[A-Za-z0-9_-]{43}");
        String stored = jdbc.sql("SELECT token_hash || token_prefix || name FROM api_token WHERE id = :id").param("id", made.row().id())
                .query(String.class).single();
        assertThat(stored).doesNotContain(made.token()).contains(ApiTokens.hash(made.token()));
        assertThat(store.find(made.token())).hasValueSatisfying(holder -> {
            assertThat(holder.username()).isEqualTo("viewer");
            assertThat(holder.role()).isEqualTo(Role.VIEWER);
        });
    }

    @Test
    void nobody_sees_or_revokes_another_users_tokens() {
        NewApiToken viewers;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            viewers = tokens.create("viewer's", null);
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(tokens.mine()).extracting(ApiTokenRow::id).doesNotContain(viewers.row().id());
            assertThatThrownBy(() -> tokens.revoke(viewers.row().id())).isInstanceOf(FieldException.class)
                    .hasMessage("You have no such token, or it was revoked already.");
        }
        assertThat(store.find(viewers.token()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void a_token_needs_a_name_and_an_expiry_that_is_not_past() {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThatThrownBy(() -> tokens.create(" ", null)).isInstanceOf(FieldException.class).hasMessageContaining("Name the token");
            assertThatThrownBy(() -> tokens.create("old", LocalDate.now().minusDays(2))).isInstanceOf(FieldException.class)
                    .hasMessageContaining("today or a later day");
            assertThatThrownBy(() -> tokens.create("x".repeat(101), null)).isInstanceOf(FieldException.class).hasMessageContaining("100 characters");
        }
    }

    @Test
    void a_token_acts_with_its_owners_current_role() {
        NewApiToken editors;
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            editors = tokens.create("editor's", null);
        }
        jdbc.sql("UPDATE app_user SET role = 'VIEWER' WHERE username = 'editor'").update();
        assertThat(store.find(editors.token()).orElseThrow().role()).isEqualTo(Role.VIEWER);
    }
}
