package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.security.SignInEvent.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in audit as admins read it. Each test rolls back. */
@AppTest
@Transactional
class SignInAuditTest {

    @Autowired
    SignInAudit audit;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void admins_read_the_newest_entries_first_one_page_at_a_time() {
        event("2100-01-01T10:00:00Z", "audit-a", "FAILED");
        event("2100-01-01T10:05:00Z", "audit-b", "SIGNED_IN");
        event("2100-01-01T10:10:00Z", "audit-a", "LOCKED");

        assertThat(audit.list(null, PageRequest.of(0, 2))).extracting(e -> e.username() + " " + e.outcome())
                .containsExactly("audit-a LOCKED", "audit-b SIGNED_IN");
        assertThat(audit.list("", PageRequest.of(1, 2)).getFirst().username()).isEqualTo("audit-a");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void admins_filter_the_audit_by_username_as_it_is_typed_at_sign_in() {
        event("2100-01-01T10:00:00Z", "audit-c", "FAILED");
        event("2100-01-01T10:05:00Z", "audit-d", "SIGNED_IN");

        List<SignInEvent> events = audit.list("  Audit-C ", PageRequest.of(0, 50));

        assertThat(events).extracting(SignInEvent::username).containsOnly("audit-c");
        assertThat(events).extracting(SignInEvent::outcome).containsExactly(Outcome.FAILED);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void only_admins_read_the_audit() {
        assertThatThrownBy(() -> audit.list(null, PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_unlock_is_audited_with_the_admin_who_did_it_and_from_where() {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, failed_logins, locked_until)
                VALUES ('audit-locked', 'Locked', 'x', 'VIEWER', 5, now() + interval '10 minutes')""").update();
        UsernamePasswordAuthenticationToken admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authorities()));
        admin.setDetails(new WebAuthenticationDetails("192.0.2.99", null));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            UserRow locked = users.list().stream().filter(u -> u.username().equals("audit-locked")).findFirst().orElseThrow();
            users.unlock(locked.id(), locked.version());

            SignInEvent unlocked = audit.list("audit-locked", PageRequest.of(0, 10)).getFirst();
            assertThat(unlocked.outcome()).isEqualTo(Outcome.UNLOCKED);
            assertThat(unlocked.actor()).isEqualTo("admin");
            assertThat(unlocked.clientAddress()).isEqualTo("192.0.2.99");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void entries_past_their_retention_are_deleted() {
        event("2000-01-01T00:00:00Z", "audit-old", "FAILED");
        event("2999-01-01T00:00:00Z", "audit-new", "FAILED");

        audit.cleanUp();

        assertThat(jdbc.sql("SELECT username FROM sign_in_event WHERE username LIKE 'audit-%'").query(String.class).list())
                .containsExactly("audit-new");
    }

    private void event(String at, String username, String outcome) {
        jdbc.sql("INSERT INTO sign_in_event (occurred_at, username, outcome, client_address) VALUES (?::timestamptz, ?, ?, '192.0.2.1')")
                .params(at, username, outcome).update();
    }
}
