package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind TLS, {@code SANCTIONS_SECURE_COOKIES=true} keeps the session cookie off plain HTTP. (A context of its own.) */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sanctions.data-dir=target/test-data/${random.uuid}", "sanctions.demo=true", "SANCTIONS_SECURE_COOKIES=true"})
class SecureCookiesTest {

    @LocalServerPort
    int port;

    @Test
    void with_secure_cookies_on_the_session_cookie_is_marked_secure() {
        String cookie = WebClient.to(port).get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();

        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }
}
