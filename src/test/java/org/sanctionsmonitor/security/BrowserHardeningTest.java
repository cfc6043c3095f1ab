package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the app tells the browser, checked over HTTP against the running app. */
@WebAppTest
class BrowserHardeningTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void a_page_with_data_is_sent_with_a_strict_policy_nosniff_a_referrer_policy_no_caching_and_no_framing() {
        HttpResponse<String> page = WebClient.to(port).logIn("viewer", "viewer").get("/incidents");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(directive(policy, "script-src")).startsWith("'self' 'unsafe-eval' 'sha256-").doesNotContain("unsafe-inline", "*");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_policy_of_a_vaadin_page_allows_exactly_the_inline_scripts_that_page_holds() throws Exception {
        HttpResponse<String> page = WebClient.to(port).get("/login");

        List<String> allowed = Arrays.stream(directive(page.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src")
                .split(" ")).filter(source -> source.startsWith("'sha256-")).toList();
        Matcher scripts = INLINE_SCRIPT.matcher(page.body());
        List<String> inline = new java.util.ArrayList<>();
        while (scripts.find()) {
            inline.add("'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(scripts.group(1).getBytes(StandardCharsets.UTF_8))) + "'");
        }
        assertThat(inline).isNotEmpty();
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(inline.stream().distinct().toList());
    }

    @Test
    void responses_that_are_no_vaadin_page_allow_no_script_but_their_own_files() {
        HttpResponse<String> health = WebClient.to(port).get("/actuator/health");

        assertThat(directive(health.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src")).isEqualTo("'self'");
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_never_put_in_a_url() {
        HttpResponse<String> first = WebClient.to(port).get("/incidents");

        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(first.headers().firstValue("Location")).hasValue("/login");
        HttpResponse<String> login = WebClient.to(port).get("/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void the_login_form_post_without_its_csrf_token_signs_nobody_in() {
        WebClient client = WebClient.to(port);
        client.csrfToken(); // a session, but the form below does not send its token
        String otherSessionsToken = WebClient.to(port).csrfToken();

        assertThat(client.postLogin("viewer", "viewer", null).headers().firstValue("Location")).hasValue("/login?expired");
        assertThat(client.postLogin("viewer", "viewer", otherSessionsToken).headers().firstValue("Location")).hasValue("/login?expired");
        assertThat(client.get("/incidents").headers().firstValue("Location")).as("still signed out").hasValue("/login");

        assertThat(client.postLogin("viewer", "viewer", client.csrfToken()).headers().firstValue("Location").orElseThrow())
                .as("back to the page asked for").isEqualTo("/incidents?continue");
        assertThat(client.get("/incidents").statusCode()).isEqualTo(200);
    }

    @Test
    void no_redirect_names_the_host_the_client_sent() {
        String signedOut = WebClient.raw(port, "GET /incidents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(signedOut).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login").doesNotContain("evil.example");

        WebClient client = WebClient.to(port);
        String form = "username=viewer&password=viewer&_csrf=" + java.net.URLEncoder.encode(client.csrfToken(), StandardCharsets.UTF_8);
        String signIn = WebClient.raw(port, "POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: JSESSIONID=" + client.sessionId()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(signIn).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /\r\n").doesNotContain("evil.example");
    }

    @Test
    void a_signed_in_users_unknown_address_reaches_the_apps_not_found_page_instead_of_a_bare_403() {
        WebClient viewer = WebClient.to(port).logIn("viewer", "viewer");

        for (String address : new String[] {"/incidents/abc", "/incidents/-1", "/sources/abc", "/no/such/page"}) {
            HttpResponse<String> page = viewer.get(address);
            assertThat(page.statusCode()).as(address).isEqualTo(200);
            assertThat(page.body()).as(address).contains("<div id=\"outlet\">");
        }
        assertThat(WebClient.to(port).get("/incidents/abc").headers().firstValue("Location")).hasValue("/login");
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .map(d -> d.substring(name.length() + 1)).findFirst().orElseThrow();
    }
}
