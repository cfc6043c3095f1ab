package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@AppTest
class AccountBootstrapTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInProvider signIn;

    @Test
    void demo_mode_creates_the_three_demo_accounts_with_hashed_passwords() {
        assertThat(jdbc.sql("SELECT username || ':' || role FROM app_user WHERE username IN ('viewer','editor','admin') ORDER BY username")
                .query(String.class).list())
                .containsExactly("admin:ADMIN", "editor:EDITOR", "viewer:VIEWER");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'viewer'").query(String.class).single();
        assertThat(hash).isNotEqualTo("viewer").startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("viewer", hash)).isTrue();
    }

    @Test
    void sign_in_ignores_the_case_of_the_username() {
        assertThat(signIn.authenticate(SignIns.attempt("EDITOR", "editor")).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_password() {
        users.createAtStartUp("lock-test", "Lock Test", "right-password", Role.VIEWER);

        for (int attempt = 1; attempt < SignInAttempts.MAX_FAILED_LOGINS; attempt++) {
            assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("lock-test", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("lock-test", "wrong")))
                .as("the fifth wrong password locks the account and says so").isInstanceOf(LockedException.class);

        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("lock-test", "right-password")))
                .isInstanceOf(LockedException.class);
        assertThat(jdbc.sql("SELECT locked_until > now() FROM app_user WHERE username = 'lock-test'").query(Boolean.class).single())
                .isTrue();
    }
}
