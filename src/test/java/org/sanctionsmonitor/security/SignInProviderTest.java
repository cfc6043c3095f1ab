package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in as {@link SignInProvider} decides it, on the real database: the order of the checks, what each attempt
 * leaves in the audit, and the answer when the database cannot be reached.
 */
@AppTest
class SignInProviderTest {

    static final String PASSWORD = "the right password";

    @Autowired
    SignInAttempts attempts;

    @Autowired
    SignInAudit audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    /** Counts how often a password is compared with a hash. */
    final AtomicInteger passwordChecks = new AtomicInteger();
    SignInProvider signIn;

    @BeforeEach
    void countingPasswordChecks() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        signIn = new SignInProvider(attempts, audit, counting, Clock.systemUTC());
    }

    @Test
    void a_locked_account_is_refused_without_its_password_being_checked() {
        user("provider-locked");
        jdbc.sql("UPDATE app_user SET locked_until = now() + interval '10 minutes' WHERE username = 'provider-locked'").update();

        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-locked", PASSWORD))).isInstanceOf(LockedException.class);

        assertThat(passwordChecks).hasValue(0);
        assertThat(outcomes("provider-locked")).containsExactly("REFUSED_LOCKED");
    }

    @Test
    void each_wrong_password_is_audited_with_its_number_and_the_fifth_locks_the_account() {
        user("provider-wrong");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-wrong", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-wrong", "wrong"))).isInstanceOf(LockedException.class);

        assertThat(passwordChecks).hasValue(5);
        assertThat(jdbc.sql("SELECT outcome || ' ' || attempt FROM sign_in_event WHERE username = 'provider-wrong' ORDER BY id")
                .query(String.class).list()).containsExactly("FAILED 1", "FAILED 2", "FAILED 3", "FAILED 4", "LOCKED 5");
    }

    @Test
    void a_successful_sign_in_is_audited_with_its_address_and_clears_the_failures() {
        user("provider-right");
        String address = SignIns.freshAddress();
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-right", "wrong", address)))
                .isInstanceOf(BadCredentialsException.class);

        Authentication signedIn = signIn.authenticate(SignIns.attempt("Provider-Right", PASSWORD, address));

        assertThat(signedIn.getName()).isEqualTo("provider-right");
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = 'provider-right'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT outcome || ' from ' || client_address FROM sign_in_event WHERE username = 'provider-right' ORDER BY id")
                .query(String.class).list()).containsExactly("FAILED from " + address, "SIGNED_IN from " + address);
    }

    @Test
    void an_unknown_username_fails_like_a_wrong_password_and_is_audited_as_typed() {
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("  No-Such.User ", PASSWORD))).isInstanceOf(BadCredentialsException.class);

        assertThat(passwordChecks).as("as slow as a wrong password").hasValue(1);
        assertThat(outcomes("no-such.user")).containsExactly("FAILED");
    }

    @Test
    void a_disabled_account_with_the_right_password_is_refused_and_audited() {
        user("provider-disabled");
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'provider-disabled'").update();

        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-disabled", PASSWORD))).isInstanceOf(DisabledException.class);
        assertThat(outcomes("provider-disabled")).containsExactly("REFUSED_DISABLED");
    }

    @Test
    void an_address_that_must_wait_is_refused_before_the_account_is_counted_or_the_password_checked() {
        user("provider-throttled");
        String address = SignIns.freshAddress();
        jdbc.sql("INSERT INTO sign_in_throttle (address, failures, blocked_until, last_attempt_at) VALUES (?, 9, now() + interval '1 minute', now())")
                .param(address).update();

        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("provider-throttled", PASSWORD, address)))
                .isInstanceOf(SignInProvider.ThrottledException.class);

        assertThat(passwordChecks).hasValue(0);
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = 'provider-throttled'").query(Integer.class).single()).isZero();
        assertThat(outcomes("provider-throttled")).isEmpty();
    }

    @Test
    void what_was_typed_is_kept_short_and_printable_in_the_audit() {
        assertThatThrownBy(() -> signIn.authenticate(SignIns.attempt("bad\u0000name\r\nINFO forged " + "x".repeat(500), PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);

        String logged = jdbc.sql("SELECT username FROM sign_in_event WHERE username LIKE 'bad%name%' ").query(String.class).single();
        assertThat(logged).doesNotContain("\u0000", "\r", "\n").hasSizeLessThanOrEqualTo(SignInAudit.MAX_USERNAME + 1);
    }

    @Test
    void with_the_database_unreachable_sign_in_says_the_service_is_unavailable_not_wrong_password() throws Exception {
        JdbcClient unreachable = JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"));
        SignInAttempts offline = new SignInAttempts(unreachable);
        SignInProvider offlineSignIn = new SignInProvider(offline, new SignInAudit(unreachable, Clock.systemUTC(),
                new AppProperties(null, null, null, null, null, null), offline, null), passwordEncoder, Clock.systemUTC());

        assertThatThrownBy(() -> offlineSignIn.authenticate(SignIns.attempt("viewer", "viewer")))
                .isInstanceOf(SignInProvider.ServiceUnavailableException.class);
    }

    @Test
    void each_failure_goes_back_to_the_login_page_with_its_reason() throws Exception {
        assertThat(failureUrl(new SignInProvider.ServiceUnavailableException(new RuntimeException()))).isEqualTo("/login?unavailable");
        assertThat(failureUrl(new SignInProvider.ThrottledException(java.time.Duration.ofSeconds(20)))).isEqualTo("/login?throttled=20");
        assertThat(failureUrl(new LockedException("locked"))).isEqualTo("/login?locked");
        assertThat(failureUrl(new BadCredentialsException("wrong"))).isEqualTo("/login?error");
        assertThat(failureUrl(new DisabledException("disabled"))).as("never says which accounts are disabled").isEqualTo("/login?error");
    }

    @Test
    void addresses_are_throttled_per_ipv4_address_and_per_ipv6_network() {
        assertThat(SignInProvider.throttleKey("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignInProvider.throttleKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInProvider.throttleKey("2001:db8:1:2::9")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInProvider.throttleKey("not-an-address.example")).as("never looked up in DNS").isEqualTo("not-an-address.example");
        assertThat(SignInProvider.throttleKey(null)).isEqualTo("unknown");
    }

    private static String failureUrl(AuthenticationException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SignInFailureHandler().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response, failure);
        return response.getRedirectedUrl();
    }

    private void user(String username) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, 'Provider', ?, 'VIEWER')")
                .param(username).param(passwordEncoder.encode(PASSWORD)).update();
    }

    private java.util.List<String> outcomes(String username) {
        return jdbc.sql("SELECT outcome FROM sign_in_event WHERE username = ? ORDER BY id").param(username).query(String.class).list();
    }
}
