package org.sanctionsmonitor.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsmonitor.exchange.api.ReadApiTest.EDITOR;
import static org.sanctionsmonitor.exchange.api.ReadApiTest.VIEWER;
import static org.sanctionsmonitor.exchange.api.ReadApiTest.encode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Statements, speakers and search in the read API over real HTTP: what a reader's token may see, paging, ETags, bad input. */
@WebAppTest
class ReadApiStatementsTest {

    @LocalServerPort
    int port;
    @Autowired
    StatementService statements;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    WebClient client;

    @BeforeEach
    void client() {
        client = WebClient.to(port);
    }

    HttpResponse<String> get(String path, String token) {
        return client.get(path, "Authorization", "Bearer " + token);
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void a_readers_token_never_sees_a_draft_statement_its_only_speaker_or_a_pending_revision_and_an_editors_token_sees_the_draft() {
        long draft = statement("Zyxwdraft statement only editors see", "Zyxwdraft Onlyspeaker");
        long published = statement("Zyxwpub statement readers see", "Zyxwpub Speaker");
        try (SignedIn admin = SignedIn.as("test-admin", Role.ADMIN)) {
            review.publishWithoutReview(Statement.TYPE, published);
        }
        try (SignedIn editor = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            StatementData change = statements.edit(published).orElseThrow();
            change.setSummary("Zyxwpending summary nobody publishes");
            statements.save(change);
        }
        long draftSpeaker = speakerOf(draft);
        long publishedSpeaker = speakerOf(published);
        try {
            assertThat(get("/api/v1/statements/" + draft, VIEWER).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/statements?limit=200&q=" + encode("Zyxwdraft"), VIEWER).body()).doesNotContain("Zyxwdraft");
            assertThat(get("/api/v1/actors/" + draftSpeaker, VIEWER).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/actors?limit=200&q=" + encode("Zyxwdraft"), VIEWER).body()).doesNotContain("Zyxwdraft");
            assertThat(body(get("/api/v1/search?q=" + encode("Zyxwdraft"), VIEWER)).path("groups").size()).isZero();

            JsonNode seen = body(get("/api/v1/statements/" + published, VIEWER));
            assertThat(seen.path("statement").path("summary").asString()).isEqualTo("Zyxwpub statement readers see");
            assertThat(seen.path("statement").has("workflowState")).isFalse();
            assertThat(seen.path("speakers").get(0).path("self").asString()).isEqualTo("/api/v1/actors/" + publishedSpeaker);
            assertThat(body(get("/api/v1/actors/" + publishedSpeaker, VIEWER)).path("denials").asInt()).isEqualTo(1);
            assertThat(get("/api/v1/statements?limit=200&q=" + encode("Zyxwpending"), VIEWER).body()).doesNotContain("Zyxwpending");
            assertThat(get("/api/v1/statements?limit=200&q=" + encode("Zyxwpub"), VIEWER).body())
                    .contains("Zyxwpub statement readers see").doesNotContain("Zyxwpending");
            assertThat(body(get("/api/v1/search?q=" + encode("Zyxwpending"), VIEWER)).path("groups").size()).isZero();
            assertThat(get("/api/v1/search?q=" + encode("Zyxwpub"), VIEWER).body()).contains("/api/v1/statements/" + published);

            assertThat(body(get("/api/v1/statements/" + draft, EDITOR)).path("statement").path("workflowState").asString()).isEqualTo("DRAFT");
            assertThat(get("/api/v1/statements?q=" + encode("Zyxwdraft"), EDITOR).body()).contains("Zyxwdraft statement only editors see");
            assertThat(body(get("/api/v1/search?q=" + encode("Zyxwdraft"), EDITOR)).path("groups").size()).isPositive();
            assertThat(get("/api/v1/actors/" + draftSpeaker, EDITOR).statusCode()).isEqualTo(200);
        } finally {
            jdbc.sql("DELETE FROM pending_revision WHERE item_id IN (:ids)").param("ids", List.of(draft, published)).update();
            jdbc.sql("DELETE FROM statement_speaker WHERE statement_id IN (:ids)").param("ids", List.of(draft, published)).update();
            jdbc.sql("DELETE FROM statement WHERE id IN (:ids)").param("ids", List.of(draft, published)).update();
            jdbc.sql("DELETE FROM actor WHERE id IN (:ids)").param("ids", List.of(draftSpeaker, publishedSpeaker)).update();
        }
    }

    @Test
    void the_statement_list_pages_with_a_cursor_through_every_published_statement_once_newest_first() {
        Set<Long> seen = new HashSet<>();
        List<String> dates = new ArrayList<>();
        String next = "/api/v1/statements?limit=9";
        while (next != null) {
            HttpResponse<String> response = get(next, VIEWER);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            JsonNode page = body(response);
            page.path("items").forEach(item -> {
                assertThat(seen.add(item.path("id").asLong())).isTrue();
                dates.add(item.path("saidOn").isNull() ? item.path("reportedOn").asString() : item.path("saidOn").asString());
            });
            next = page.path("next").isNull() ? null : page.path("next").asString();
        }
        assertThat(seen).hasSize(jdbc.sql("SELECT count(*) FROM published_statements()").query(Integer.class).single());
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void the_statement_list_keeps_the_filters_of_the_statements_page() {
        JsonNode denials = body(get("/api/v1/statements?limit=200&side=DENIAL&country=KP", VIEWER));
        int expected = jdbc.sql("""
                SELECT count(*) FROM published_statements() st WHERE stance_side(st.stance) = 'DENIAL'
                   AND EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = 'KP')
                """).query(Integer.class).single();
        assertThat(expected).isPositive();
        assertThat(denials.path("items").size()).isEqualTo(expected);
    }

    @Test
    void the_speaker_list_pages_by_name_through_every_speaker_a_reader_may_see_once() {
        Set<Long> seen = new HashSet<>();
        String next = "/api/v1/actors?limit=7";
        while (next != null) {
            HttpResponse<String> response = get(next, VIEWER);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            JsonNode page = body(response);
            page.path("items").forEach(item -> assertThat(seen.add(item.path("id").asLong())).isTrue());
            next = page.path("next").isNull() ? null : page.path("next").asString();
        }
        assertThat(seen).hasSize(jdbc.sql("SELECT count(*) FROM visible_actors(false)").query(Integer.class).single());
    }

    @Test
    void search_answers_grouped_results_and_a_statement_carries_an_etag() {
        JsonNode found = body(get("/api/v1/search?q=" + encode("Shahed"), VIEWER));
        assertThat(found.path("groups").size()).isPositive();
        assertThat(found.path("groups").get(0).path("hits").get(0).path("title").asString()).isNotBlank();

        long id = jdbc.sql("SELECT min(id) FROM published_statements()").query(Long.class).single();
        String etag = get("/api/v1/statements/" + id, VIEWER).headers().firstValue("ETag").orElseThrow();
        assertThat(client.get2("/api/v1/statements/" + id, "Authorization", "Bearer " + VIEWER, "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void bad_parameters_get_400_in_words() {
        assertThat(body(get("/api/v1/statements?side=MAYBE", VIEWER)).path("detail").asString()).contains("ALLEGATION, DENIAL");
        assertThat(get("/api/v1/statements?speaker=abc", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/statements?from=2023-02-30", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/statements?cursor=abc", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/actors?cursor=abc", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/actors/999999999", VIEWER).statusCode()).isEqualTo(404);
        assertThat(body(get("/api/v1/search", VIEWER)).path("detail").asString()).contains("\"q\"");
        assertThat(get("/api/v1/search?q=x&kind=RUMOUR", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?q=x&limit=101", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?q=" + encode("<script>") , VIEWER).statusCode()).isIn(200, 400);
    }

    /** A draft denial by a new speaker of that name, reported by the first published source. */
    private long statement(String summary, String speaker) {
        long source = jdbc.sql("SELECT min(id) FROM published_sources()").query(Long.class).single();
        StatementData data = new StatementData();
        data.setNewSpeakerName(speaker);
        data.setSaidPrecision(SaidPrecision.DAY);
        data.setSaidOn(LocalDate.of(2024, 6, 1));
        data.setStance(Stance.DENIES);
        data.setSummary(summary);
        data.setSourceId(source);
        try (SignedIn editor = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            return statements.save(data);
        }
    }

    private long speakerOf(long statement) {
        return jdbc.sql("SELECT actor_id FROM statement_speaker WHERE statement_id = :id").param("id", statement).query(Long.class).single();
    }
}
