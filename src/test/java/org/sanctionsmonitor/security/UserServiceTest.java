package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.security.UserAdminException.Field;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** User management rules, enforced by the service whoever calls it. Each test rolls back. */
@AppTest
@Transactional
@WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
class UserServiceTest {

    static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInProvider signIn;

    @Test
    void an_admin_creates_a_user_who_can_then_sign_in_with_the_initial_password() {
        UserRow created = users.create("  Alice.Analyst ", " Alice Analyst ", Role.EDITOR, GOOD_PASSWORD);

        assertThat(created.username()).isEqualTo("alice.analyst");
        assertThat(created.displayName()).isEqualTo("Alice Analyst");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'alice.analyst'").query(String.class).single();
        assertThat(hash).isNotEqualTo(GOOD_PASSWORD);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, hash)).isTrue();
        assertThat(signIn.authenticate(SignIns.attempt("alice.analyst", GOOD_PASSWORD)).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
    }

    @Test
    void a_username_that_differs_only_in_case_from_an_existing_one_is_rejected() {
        users.create("dup-user", "First", Role.VIEWER, GOOD_PASSWORD);

        assertRejected(() -> users.create("DUP-User", "Second", Role.VIEWER, GOOD_PASSWORD), Field.USERNAME, "already taken");
        assertRejected(() -> users.create("Editor", "Another editor", Role.VIEWER, GOOD_PASSWORD), Field.USERNAME, "already taken");
    }

    @Test
    void a_username_outside_the_allowed_characters_or_length_is_rejected() {
        for (String bad : new String[] {"ab", "with space", "émile", "a@b.org", "x".repeat(65), "", null}) {
            assertRejected(() -> users.create(bad, "Someone", Role.VIEWER, GOOD_PASSWORD), Field.USERNAME, "3 to 64 characters");
        }
        assertThat(users.create("a.b_c-9", "Someone", Role.VIEWER, GOOD_PASSWORD).username()).isEqualTo("a.b_c-9");
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_rejected() {
        assertRejected(() -> users.create("short-pw", "Short", Role.VIEWER, "elevenchars"), Field.PASSWORD, "at least 12");
        assertRejected(() -> users.create("null-pw", "Null", Role.VIEWER, null), Field.PASSWORD, "at least 12");
        assertThat(countUsers("short-pw")).isZero();
    }

    @Test
    void a_password_longer_than_bcrypt_can_hash_is_rejected() {
        assertRejected(() -> users.create("long-pw", "Long", Role.VIEWER, "x".repeat(73)), Field.PASSWORD, "at most 72 bytes");
    }

    @Test
    void a_blank_display_name_is_rejected() {
        assertRejected(() -> users.create("no-name", "   ", Role.VIEWER, GOOD_PASSWORD), Field.DISPLAY_NAME, "name");
        assertRejected(() -> users.create("no-name", null, Role.VIEWER, GOOD_PASSWORD), Field.DISPLAY_NAME, "name");
        assertThat(countUsers("no-name")).isZero();
    }

    @Test
    void a_user_without_a_role_is_rejected() {
        assertRejected(() -> users.create("no-role", "No Role", null, GOOD_PASSWORD), Field.ROLE, "Choose a role");
    }

    @Test
    void an_admin_changes_a_users_role_and_sign_in_gets_the_new_authorities() {
        UserRow user = users.create("role-change", "Role Change", Role.VIEWER, GOOD_PASSWORD);
        long seenVersion = user.version();

        UserRow changed = users.changeRole(user.id(), seenVersion, Role.EDITOR);

        assertThat(changed.version()).isGreaterThan(seenVersion);
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'role-change'").query(String.class).single()).isEqualTo("EDITOR");
        assertThat(signIn.authenticate(SignIns.attempt("role-change", GOOD_PASSWORD)).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
    }

    @Test
    void a_disabled_user_cannot_sign_in_until_enabled_again() {
        UserRow user = users.create("to-disable", "To Disable", Role.VIEWER, GOOD_PASSWORD);

        UserRow disabled = users.setEnabled(user.id(), user.version(), false);

        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("to-disable", GOOD_PASSWORD))).isInstanceOf(DisabledException.class);
        users.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(signIn.authenticate(SignIns.attempt("to-disable", GOOD_PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void disabling_demoting_or_resetting_a_user_ends_their_open_sessions(@Autowired SessionRegistry sessions) {
        UserRow disabled = users.create("open-session-1", "Open Session", Role.EDITOR, GOOD_PASSWORD);
        UserRow demoted = users.create("open-session-2", "Open Session", Role.EDITOR, GOOD_PASSWORD);
        UserRow reset = users.create("open-session-3", "Open Session", Role.EDITOR, GOOD_PASSWORD);
        UserRow untouched = users.create("open-session-4", "Open Session", Role.EDITOR, GOOD_PASSWORD);
        for (UserRow user : new UserRow[] {disabled, demoted, reset, untouched}) {
            sessions.registerNewSession("session-of-" + user.username(),
                    User.withUsername(user.username()).password("").authorities(user.role().authorities().toArray(String[]::new)).build());
        }

        users.setEnabled(disabled.id(), disabled.version(), false);
        users.changeRole(demoted.id(), demoted.version(), Role.VIEWER);
        users.resetPassword(reset.id(), reset.version(), "another long password");

        assertThat(sessions.getSessionInformation("session-of-open-session-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-open-session-2").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-open-session-3").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-open-session-4").isExpired()).isFalse();
        for (int i = 1; i <= 4; i++) {
            sessions.removeSessionInformation("session-of-open-session-" + i);
        }
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        UserRow admin = user("admin");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single()).isEqualTo(1);

        assertRejected(() -> users.setEnabled(admin.id(), admin.version(), false), null, "last enabled admin");
        assertRejected(() -> users.changeRole(admin.id(), admin.version(), Role.EDITOR), Field.ROLE, "last enabled admin");
        assertThat(jdbc.sql("SELECT role || ':' || enabled FROM app_user WHERE username = 'admin'").query(String.class).single())
                .isEqualTo("ADMIN:true");
    }

    @Test
    void with_a_second_enabled_admin_one_admin_can_be_demoted_but_then_not_the_other() {
        UserRow second = users.create("second-admin", "Second Admin", Role.ADMIN, GOOD_PASSWORD);
        UserRow admin = user("admin");

        users.changeRole(admin.id(), admin.version(), Role.EDITOR);

        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'admin'").query(String.class).single()).isEqualTo("EDITOR");
        assertRejected(() -> users.changeRole(second.id(), second.version(), Role.VIEWER), Field.ROLE, "last enabled admin");
    }

    @Test
    void a_disabled_admin_does_not_count_as_the_admin_who_remains() {
        UserRow second = users.create("disabled-admin", "Disabled Admin", Role.ADMIN, GOOD_PASSWORD);
        users.setEnabled(second.id(), second.version(), false);
        UserRow admin = user("admin");

        assertRejected(() -> users.setEnabled(admin.id(), admin.version(), false), null, "last enabled admin");
    }

    @Test
    void a_change_based_on_a_stale_version_is_rejected() {
        UserRow user = users.create("stale", "Stale", Role.VIEWER, GOOD_PASSWORD);
        long id = user.id();
        long seenVersion = user.version();
        users.changeRole(id, seenVersion, Role.EDITOR); // someone else changed it meanwhile

        assertRejected(() -> users.setEnabled(id, seenVersion, false), null, "changed by someone else");
        assertRejected(() -> users.changeRole(id, seenVersion, Role.VIEWER), null, "changed by someone else");
        assertRejected(() -> users.resetPassword(id, seenVersion, GOOD_PASSWORD), null, "changed by someone else");
        assertRejected(() -> users.unlock(id, seenVersion), null, "changed by someone else");
        assertThat(jdbc.sql("SELECT role || ':' || enabled FROM app_user WHERE username = 'stale'").query(String.class).single())
                .isEqualTo("EDITOR:true");
    }

    @Test
    void an_admin_resets_a_password_and_only_the_new_one_matches() {
        UserRow user = users.create("reset-me", "Reset Me", Role.VIEWER, GOOD_PASSWORD);

        assertRejected(() -> users.resetPassword(user.id(), user.version(), "too-short"), Field.PASSWORD, "at least 12");
        users.resetPassword(user.id(), user.version(), "a brand new passphrase");

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'reset-me'").query(String.class).single();
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, hash)).isFalse();
    }

    @Test
    void an_admin_unlocks_an_account_locked_by_wrong_passwords() {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, failed_logins, locked_until, version)
                VALUES ('locked-out', 'Locked Out', ?, 'VIEWER', 3, now() + interval '15 minutes', 4)""")
                .param(passwordEncoder.encode(GOOD_PASSWORD)).update();
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("locked-out", GOOD_PASSWORD))).isInstanceOf(LockedException.class);
        UserRow locked = user("locked-out");

        users.unlock(locked.id(), 4);

        assertThat(signIn.authenticate(SignIns.attempt("locked-out", GOOD_PASSWORD)).isAuthenticated()).isTrue();
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = 'locked-out'").query(Integer.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_can_call_no_user_management_method() {
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();

        assertThatThrownBy(() -> users.create("by-editor", "By Editor", Role.ADMIN, GOOD_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.changeRole(adminId, 0, Role.VIEWER)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled(adminId, 0, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(adminId, 0, GOOD_PASSWORD)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.unlock(adminId, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(countUsers("by-editor")).isZero();
    }

    private UserRow user(String username) {
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private long countUsers(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Field field, String message) {
        assertThatThrownBy(call).isInstanceOf(UserAdminException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((UserAdminException) e).field()).isEqualTo(field);
    }
}
