package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The lockout under real concurrency, over HTTP against the running app: the login form's POST (with its CSRF token),
 * sent by 50 clients at once, each from its own loopback address (so the per-address throttle stays out of the way).
 */
@WebAppTest
class SignInConcurrencyTest {

    static final String RIGHT = "the right password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private record Attempt(String location, long startNanos, long endNanos) {
    }

    @Test
    void fifty_simultaneous_sign_ins_with_one_right_password_lock_the_account_and_count_every_attempt_once() throws Exception {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('race-target', 'Race', ?, 'VIEWER')")
                .param(passwordEncoder.encode(RIGHT)).update();
        int right = 23;
        List<WebClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            WebClient client = WebClient.from(InetAddress.getByName("127.0.2." + (i + 1)), port);
            clients.add(client);
            tokens.add(client.csrfToken());
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Attempt>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                long begin = System.nanoTime();
                HttpResponse<String> response = clients.get(n).postLogin("race-target", n == right ? RIGHT : "wrong " + n, tokens.get(n));
                assertThat(response.statusCode()).as("attempt %d never answers with an error status", n).isEqualTo(302);
                return new Attempt(response.headers().firstValue("Location").orElseThrow(), begin, System.nanoTime());
            }));
        }
        start.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> future : futures) {
            attempts.add(future.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(mostInFlightAtOnce(attempts)).as("the attempts really ran at the same time").isGreaterThanOrEqualTo(10);
        Map<String, Long> answers = attempts.stream().collect(Collectors.groupingBy(Attempt::location, Collectors.counting()));
        assertThat(answers.keySet()).as("every answer is a worded outcome").isSubsetOf("/login?error", "/login?locked", "/");
        Map<String, Long> audited = jdbc.sql("SELECT outcome FROM sign_in_event WHERE username = 'race-target'")
                .query(String.class).list().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(audited.values().stream().mapToLong(Long::longValue).sum()).as("one audit entry per attempt").isEqualTo(50);
        assertThat(audited.getOrDefault("FAILED", 0L)).isEqualTo(answers.getOrDefault("/login?error", 0L));
        assertThat(audited.getOrDefault("SIGNED_IN", 0L)).isEqualTo(answers.getOrDefault("/", 0L));
        assertThat(audited.getOrDefault("LOCKED", 0L) + audited.getOrDefault("REFUSED_LOCKED", 0L))
                .isEqualTo(answers.getOrDefault("/login?locked", 0L));
        assertThat(lockedUntilIsInTheFuture()).as("the account ends locked").isTrue();

        String rightAnswer = attempts.get(right).location();
        if (rightAnswer.equals("/")) {
            // Allowed only because it was counted before the fifth attempt locked the account (or was the fifth itself).
            assertThat(jdbc.sql("SELECT attempt FROM sign_in_event WHERE username = 'race-target' AND outcome = 'SIGNED_IN'")
                    .query(Integer.class).single()).isLessThanOrEqualTo(SignInAttempts.MAX_FAILED_LOGINS);
            assertThat(audited.getOrDefault("LOCKED", 0L)).isLessThanOrEqualTo(1);
        } else {
            assertThat(rightAnswer).isEqualTo("/login?locked");
            assertThat(audited.get("LOCKED")).as("exactly one wrong password locked the account").isEqualTo(1);
            assertThat(jdbc.sql("SELECT attempt FROM sign_in_event WHERE username = 'race-target' ORDER BY attempt")
                    .query(Integer.class).list()).as("each attempt got its own number: none lost, none counted twice")
                    .isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
            assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = 'race-target'").query(Integer.class).single())
                    .isEqualTo(50);
            assertThat(audited.get("FAILED") + audited.get("LOCKED")).as("only five passwords were checked").isEqualTo(5);
            assertThat(audited.get("REFUSED_LOCKED")).isEqualTo(45);
        }

        WebClient afterwards = WebClient.from(InetAddress.getByName("127.0.2.200"), port);
        assertThat(afterwards.postLogin("race-target", RIGHT, afterwards.csrfToken()).headers().firstValue("Location"))
                .as("once locked, the right password does not get in").hasValue("/login?locked");
    }

    private boolean lockedUntilIsInTheFuture() {
        return jdbc.sql("SELECT coalesce(locked_until > now(), false) FROM app_user WHERE username = 'race-target'")
                .query(Boolean.class).single();
    }

    /** The largest number of requests that had been sent and not yet answered at one moment. */
    private static long mostInFlightAtOnce(List<Attempt> attempts) {
        return attempts.stream().mapToLong(a -> attempts.stream()
                .filter(b -> b.startNanos() <= a.startNanos() && a.startNanos() < b.endNanos()).count()).max().orElse(0);
    }
}
