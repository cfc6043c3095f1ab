package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Malformed URLs and query strings over real HTTP, signed in: broken percent-encoding, invalid UTF-8, NUL bytes, path
 * tricks, overlong URLs, on every list page; then the same query strings through Vaadin's own navigation message, the
 * way a browser tab sends them; and hostile sign-ins. Nothing answers with a server error or a stack trace, and nothing
 * is logged as an error.
 */
@WebAppTest
@ExtendWith(OutputCaptureExtension.class)
class BadUrlHttpTest {

    static final List<String> LIST_PAGES = List.of("", "incidents", "sources", "timeline", "countries", "resolutions", "actors",
            "review", "admin/users", "admin/sign-ins", "admin/categories");

    static final List<String> QUERIES = List.of("from=%zz", "q=%", "q=%E0%A4%A", "q=%ff%fe%00", "q=%00", "country=%00KP",
            "kinds=%2C%2C%2C", "from=2023-02-30&to=+999999999-12-31", "resolution=99999999999999999999", "a=1&a=2&a=3",
            "=&&==&", "q=" + "x".repeat(4000), "%%%", "q=%C0%AF", "from=-999999999-01-01", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

    static final List<String> PATHS = List.of("/incidents/%00", "/incidents/%2e%2e%2fadmin", "/incidents/..;/admin/users",
            "/%", "/incidents/%ff", "/sources/1%20OR%201=1", "/resolutions/1718%00", "/countries/%3Cscript%3E",
            "/" + "a".repeat(10_000), "/incidents?" + "q=" + "x".repeat(20_000), "/incidents//1", "/incidents/1;jsessionid=x");

    /** An account of this test's own, so that the hostile sign-ins lock nobody else's. */
    static final String ACCOUNT = "battery-sign-in";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheAccount() {
        jdbc.sql("DELETE FROM app_user WHERE username = :u").param("u", ACCOUNT).update();
    }

    @Test
    void malformed_urls_and_query_strings_never_answer_with_a_server_error_or_a_stack_trace(CapturedOutput log) throws Exception {
        WebClient viewer = WebClient.from(InetAddress.getByName("127.0.9.1"), port).logIn("viewer", "viewer");
        int logged = log.length();
        List<String> failures = new ArrayList<>();
        List<String> requests = new ArrayList<>(PATHS);
        LIST_PAGES.forEach(page -> QUERIES.forEach(query -> requests.add("/" + page + "?" + query)));
        for (String request : requests) {
            String response = rawGet(request, viewer.sessionId());
            int status = Integer.parseInt(response.substring(9, 12));
            if (status >= 500 || response.contains("Exception") || response.contains("\tat ")) {
                failures.add(abbreviate(request) + ": " + abbreviate(response));
            }
        }
        for (String page : LIST_PAGES) {
            for (String query : QUERIES) {
                HttpResponse<String> response = viewer.openUi("").navigate(page, query.replace("%00", "%2500"));
                if (response.statusCode() != 200 || response.body().contains("Exception") || response.body().contains("Could not navigate")
                        || response.body().contains(".ServerErrorView\"")) {
                    failures.add("navigation to " + page + "?" + abbreviate(query) + ": " + response.statusCode() + " "
                            + abbreviate(response.body()));
                }
            }
        }
        String errors = log.toString().substring(logged).lines().filter(line -> line.contains(" ERROR ")).findFirst().orElse("");
        System.out.printf("Bad-URL battery over HTTP: %d requests and %d navigations%n", requests.size(), LIST_PAGES.size() * QUERIES.size());
        assertThat(failures).isEmpty();
        assertThat(errors).as("an error in the log").isEmpty();
    }

    @Test
    void a_hostile_sign_in_is_answered_in_words_and_never_with_a_server_error(CapturedOutput log) throws Exception {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("a NUL character", ACCOUNT + "\u0000");
        hostile.put("a broken surrogate", ACCOUNT + "\uD83D");
        hostile.put("markup", "<script>alert(1)</script>");
        hostile.put("SQL metacharacters", ACCOUNT + "' OR '1'='1' --");
        hostile.put("half a megabyte", "v".repeat(1 << 19));
        hostile.put("right-to-left", "مشاهد\u202E");
        hostile.put("emoji", "👀");
        CurrentUser.runAs("battery-admin", Role.ADMIN, () -> users.create(ACCOUNT, "Battery sign-in", Role.VIEWER, "a long enough password"));
        int logged = log.length();
        List<String> failures = new ArrayList<>();
        int address = 10;
        for (Map.Entry<String, String> value : hostile.entrySet()) {
            for (boolean asPassword : new boolean[] {false, true}) {
                WebClient client = WebClient.from(InetAddress.getByName("127.0.9." + address++), port);
                HttpResponse<String> response = asPassword ? client.postLogin(ACCOUNT, value.getValue(), client.csrfToken())
                        : client.postLogin(value.getValue(), value.getValue(), client.csrfToken());
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() != 302 || !location.matches("/login\\?(error|throttled.*|locked)")) {
                    failures.add((asPassword ? "password with " : "username with ") + value.getKey() + ": " + response.statusCode()
                            + " " + location);
                }
            }
        }
        String errors = log.toString().substring(logged).lines().filter(line -> line.contains(" ERROR ")).findFirst().orElse("");
        assertThat(failures).isEmpty();
        assertThat(errors).as("an error in the log").isEmpty();
    }

    /** GET exactly as written (what an HTTP client library would refuse to send), with the session cookie; the whole answer. */
    private String rawGet(String path, String session) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getByName("127.0.0.1"), port,
                InetAddress.getByName("127.0.9.1"), 0)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return URLEncoder.encode(shown, StandardCharsets.UTF_8).length() > 400 ? shown.substring(0, 60) : shown;
    }
}
