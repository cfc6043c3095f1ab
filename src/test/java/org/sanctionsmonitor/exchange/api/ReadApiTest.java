package org.sanctionsmonitor.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.ApiTokenService;
import org.sanctionsmonitor.security.NewApiToken;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API over real HTTP with the real security filters: tokens, roles, what a reader's token may see, problem
 * details, ETags and cursor paging.
 */
@WebAppTest
class ReadApiTest {

    static final String VIEWER = "viewer-demo-token";
    static final String EDITOR = "editor-demo-token";
    static final String ADMIN = "admin-demo-token";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    TestData testData;
    @Autowired
    IncidentService incidents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    WebClient client;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        client = WebClient.to(port);
    }

    HttpResponse<String> get(String path, String token) {
        return token == null ? client.get(path) : client.get(path, "Authorization", "Bearer " + token);
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void a_request_without_a_token_is_refused_with_401_as_problem_details() {
        HttpResponse<String> response = get("/api/v1/incidents", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(response).path("status").asInt()).isEqualTo(401);
        assertThat(body(response).path("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void an_unknown_token_is_refused_with_401() {
        HttpResponse<String> response = get("/api/v1/incidents", "sm_no-such-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).path("detail").asString()).contains("not known");
    }

    @Test
    void a_revoked_token_is_refused_with_401_from_the_moment_it_is_revoked() {
        NewApiToken token;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            token = tokens.create("revoked in a test", null);
        }
        assertThat(get("/api/v1/countries", token.token()).statusCode()).isEqualTo(200);
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            tokens.revoke(token.row().id());
        }

        HttpResponse<String> response = get("/api/v1/countries", token.token());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).path("detail").asString()).contains("revoked");
    }

    @Test
    void an_expired_token_is_refused_with_401() {
        NewApiToken token;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            token = tokens.create("expires in a test", LocalDate.now());
        }
        assertThat(get("/api/v1/countries", token.token()).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE api_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", token.row().id()).update();

        HttpResponse<String> response = get("/api/v1/countries", token.token());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).path("detail").asString()).contains("expired");
    }

    @Test
    void only_an_admins_token_may_read_the_full_dataset() {
        assertThat(get("/api/v1/dataset", VIEWER).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/dataset", EDITOR).statusCode()).isEqualTo(403);
        assertThat(body(get("/api/v1/dataset", VIEWER)).path("status").asInt()).isEqualTo(403);

        HttpResponse<String> admin = get("/api/v1/dataset", ADMIN);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(body(admin).path("incidents").size()).isGreaterThanOrEqualTo(26);
    }

    @Test
    void a_readers_token_never_sees_drafts_or_pending_revisions_and_an_editors_token_sees_drafts() {
        long draft = testData.draftIncident("Draft only editors see through the API");
        long published = testData.publishedIncident("Published title readers see through the API", data -> { });
        try (SignedIn editor = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            IncidentData change = incidents.edit(published).orElseThrow();
            change.setTitle("Pending title nobody publishes through the API");
            incidents.save(change);
        }
        try {
            assertThat(get("/api/v1/incidents/" + draft, VIEWER).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/incidents?q=" + encode("Draft only editors see"), VIEWER).body()).doesNotContain("Draft only editors see");
            assertThat(get("/api/v1/incidents?q=" + encode("Draft only editors see"), EDITOR).body()).contains("Draft only editors see");
            assertThat(body(get("/api/v1/incidents/" + draft, EDITOR)).path("workflowState").asString()).isEqualTo("DRAFT");

            JsonNode seen = body(get("/api/v1/incidents/" + published, VIEWER));
            assertThat(seen.path("title").asString()).isEqualTo("Published title readers see through the API");
            assertThat(seen.has("workflowState")).isFalse();
            assertThat(get("/api/v1/incidents?limit=200&q=" + encode("Pending title nobody"), VIEWER).body()).doesNotContain("Pending title");
            assertThat(get("/api/v1/dataset", ADMIN).body()).contains("Pending title nobody publishes");
        } finally {
            jdbc.sql("DELETE FROM pending_revision WHERE item_id IN (:ids)").param("ids", List.of(draft, published)).update();
            jdbc.sql("DELETE FROM incident WHERE id IN (:ids)").param("ids", List.of(draft, published)).update();
        }
    }

    @Test
    void a_single_item_carries_an_etag_and_answers_304_when_it_matches() {
        HttpResponse<String> first = get("/api/v1/resolutions/1718", VIEWER);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-cache", "private"));

        HttpResponse<String> again = client.get2("/api/v1/resolutions/1718", "Authorization", "Bearer " + VIEWER, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> stale = client.get2("/api/v1/resolutions/1718", "Authorization", "Bearer " + VIEWER, "If-None-Match", "\"other\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        // An editor sees the workflow state, so the same item has another tag.
        assertThat(get("/api/v1/resolutions/1718", EDITOR).headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void the_incident_list_pages_with_a_cursor_through_every_item_once() {
        Set<Long> seen = new HashSet<>();
        List<String> dates = new ArrayList<>();
        String next = "/api/v1/incidents?limit=7";
        int pages = 0;
        while (next != null) {
            JsonNode page = body(get(next, VIEWER));
            page.path("items").forEach(item -> {
                assertThat(seen.add(item.path("id").asLong())).isTrue();
                dates.add(item.path("dateFrom").asString());
            });
            next = page.path("next").isNull() ? null : page.path("next").asString();
            pages++;
        }
        int total = jdbc.sql("SELECT count(*) FROM published_incidents()").query(Integer.class).single();
        assertThat(seen).hasSize(total);
        assertThat(pages).isEqualTo((total + 6) / 7);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void a_cursor_that_was_altered_or_belongs_to_another_order_is_refused_with_400() {
        String cursor = body(get("/api/v1/incidents?limit=2", VIEWER)).path("nextCursor").asString();

        assertThat(get("/api/v1/incidents?limit=2&sort=title&cursor=" + cursor, VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?limit=2&cursor=x" + cursor, VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?limit=2&cursor=%F0%9F%98%80", VIEWER).statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_path_under_the_api_answers_404_as_problem_details() {
        HttpResponse<String> response = get("/api/v1/no-such-thing", VIEWER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void the_api_keeps_no_session() {
        HttpResponse<String> response = get("/api/v1/countries", VIEWER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void past_its_budget_a_token_gets_429_with_retry_after_and_other_tokens_go_on() {
        NewApiToken token;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            token = tokens.create("rate limit test", null);
        }
        HttpResponse<String> limited = null;
        // The budget is 120 a minute; within two periods a burst must pass it whatever the period's phase.
        for (int i = 0; i < 241 && limited == null; i++) {
            HttpResponse<String> response = get("/api/v1/countries/KP", token.token());
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(limited).as("no 429 within 241 requests").isNotNull();
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(body(limited).path("status").asInt()).isEqualTo(429);
        assertThat(body(limited).path("detail").asString()).contains("120 requests a minute");
        assertThat(get("/api/v1/countries/KP", VIEWER).statusCode()).isEqualTo(200);
    }

    @Test
    void bad_parameters_get_400_in_words_and_never_a_server_error() {
        assertThat(body(get("/api/v1/incidents?from=2023-02-30", VIEWER)).path("detail").asString()).contains("\"from\" is a date");
        assertThat(get("/api/v1/incidents?from=yesterday", VIEWER).statusCode()).isEqualTo(400);
        assertThat(body(get("/api/v1/incidents?role=SMUGGLER", VIEWER)).path("detail").asString()).contains("SUPPLIER, RECIPIENT");
        assertThat(get("/api/v1/incidents?limit=0", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?limit=100000", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?sort=price", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?country=KPX", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?q=a%00b", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?q=" + "x".repeat(501), VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents/abc", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents/99999999999999999999", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/incidents/999999999", VIEWER).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/timeline?kinds=VIOLATION,RUMOUR", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/provisions?inForceOn=2023-13-01", VIEWER).statusCode()).isEqualTo(400);
        // A megabyte in the address is refused by the server before the API sees it.
        int huge = get("/api/v1/incidents?q=" + "x".repeat(1 << 20), VIEWER).statusCode();
        assertThat(huge).isBetween(400, 499);
    }

    @Test
    void markup_sql_right_to_left_cjk_and_emoji_in_parameters_are_searched_for_as_text() {
        for (String text : List.of("<script>alert(1)</script>", "' OR 1=1 --", "\"; DROP TABLE incident; --", "طائرات مسيرة", "无人机", "🚀 zzqx",
                "%_\\")) {
            HttpResponse<String> response = get("/api/v1/incidents?q=" + encode(text), VIEWER);
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(body(response).path("items").size()).as(text).isZero();
        }
        assertThat(body(get("/api/v1/incidents?q=" + encode("Shahed"), VIEWER)).path("items").size()).isPositive();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
