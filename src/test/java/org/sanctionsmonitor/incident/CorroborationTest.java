package org.sanctionsmonitor.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corroboration panel and the list's corroboration filter, checked against counts this test makes itself from the
 * raw rows, by the rule the guide page states (origin, else originating outlet, else outlet; compared without case,
 * accents, punctuation or a remark in brackets).
 */
@AppTest
@Transactional
class CorroborationTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void on_every_demo_incident_the_panel_counts_what_independent_sql_counts_and_the_list_filter_agrees() {
        Map<Long, Counted> expected = countedFromRawRows();
        assertThat(expected).hasSizeGreaterThan(20);
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (Map.Entry<Long, Counted> incident : expected.entrySet()) {
                Corroboration panel = incidents.corroboration(incident.getKey()).orElseThrow();
                Counted counted = incident.getValue();
                assertThat(List.of(panel.sources(), panel.outlets(), panel.origins())).as("incident " + incident.getKey())
                        .containsExactly(counted.sources(), counted.outlets(), counted.origins());
                assertThat(jdbc.sql("SELECT ARRAY[sources, outlets, origins] FROM incident_evidence WHERE incident_id = :id")
                        .param("id", incident.getKey()).query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).single())
                        .as("the counts kept for the list filter, incident " + incident.getKey())
                        .containsExactly(counted.sources(), counted.outlets(), counted.origins());
            }
            long twoOrMore = expected.values().stream().filter(c -> c.origins() >= 2).count();
            long single = expected.values().stream().filter(c -> c.origins() == 1).count();
            assertThat(twoOrMore).isPositive();
            assertThat(incidents.count(filter(OriginsFilter.TWO_OR_MORE))).isEqualTo(twoOrMore);
            assertThat(incidents.count(filter(OriginsFilter.THREE_OR_MORE)))
                    .isEqualTo(expected.values().stream().filter(c -> c.origins() >= 3).count());
            assertThat(incidents.count(filter(OriginsFilter.ONE))).isEqualTo(single);
            assertThat(incidents.count(filter(OriginsFilter.NONE))).isEqualTo(expected.size() - twoOrMore - single);
        }
    }

    @Test
    void a_wire_story_republished_by_several_sites_is_one_origin_and_the_panel_says_so() {
        long incident = publishedIncidentCiting(
                source("Site A", "https://a.example/1", "Reuters", null, SourceType.NEWS_ARTICLE, null, Reliability.B),
                source("Site B", "https://b.example/1", "Reuters (wire)", null, SourceType.NEWS_ARTICLE, null, Reliability.C),
                source("Reuters", "https://reuters.example/1", null, null, SourceType.NEWS_ARTICLE, null, Reliability.B));

        Corroboration panel = asReader(incident);

        assertThat(List.of(panel.sources(), panel.outlets(), panel.origins())).containsExactly(3, 3, 1);
        assertThat(panel.warnings()).contains("All 3 sources repeat one report: Reuters.");
        assertThat(panel.types()).containsExactly(new Corroboration.Count("Media", 3));
        assertThat(panel.grades()).containsEntry(Reliability.B, 2).containsEntry(Reliability.C, 1);
    }

    @Test
    void only_state_media_of_a_party_and_a_single_source_are_named() {
        long incident = publishedIncidentCiting(
                source("TASS", "https://tass.example/1", null, null, SourceType.STATE_MEDIA, "RU", Reliability.D));

        Corroboration panel = asReader(incident);

        assertThat(panel.warnings()).containsExactly("Single source: only one published source supports it.",
                "Only state media of a party to it (Russia).",
                "No source is graded A to C: each is not usually reliable, unreliable, or cannot be judged.");
        assertThat(panel.types()).containsExactly(new Corroboration.Count("State media of a party to it (Russia)", 1));
    }

    @Test
    void state_media_of_a_state_not_party_to_the_incident_is_not_state_media_of_a_party() {
        long incident = publishedIncidentCiting(
                source("Xinhua", "https://xinhua.example/1", null, null, SourceType.STATE_MEDIA, "CN", Reliability.C),
                source("Yonhap", "https://yonhap.example/1", null, "NIS briefing", SourceType.NEWS_ARTICLE, null, Reliability.B));

        Corroboration panel = asReader(incident);

        assertThat(panel.origins()).isEqualTo(2);
        assertThat(panel.warnings()).isEmpty();
        assertThat(panel.types()).extracting(Corroboration.Count::label)
                .containsExactly("Media", "State media of a state not party to it (China)");
        assertThat(panel.originCounts()).extracting(Corroboration.Count::label).containsExactlyInAnyOrder("Xinhua", "NIS briefing");
    }

    @Test
    void the_counts_follow_publication_of_a_cited_source_and_only_published_sources_count() {
        long published = source("Site A", "https://a.example/2", null, null, SourceType.NEWS_ARTICLE, null, Reliability.B);
        long draft = CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> data.draftSource("Site B", "https://b.example/2", "Draft report"));
        long incident = draftIncident(List.of(published, draft));
        publish(org.sanctionsmonitor.incident.Incident.TYPE, incident);
        assertThat(kept(incident)).containsExactly(1, 1, 1);
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(incidents.corroboration(incident).orElseThrow().unpublished()).isEqualTo(1);
        }

        publish(Source.TYPE, draft);

        assertThat(kept(incident)).containsExactly(2, 2, 2);
        assertThat(asReader(incident).origins()).isEqualTo(2);
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(incidents.list(filter(OriginsFilter.TWO_OR_MORE), org.springframework.data.domain.PageRequest.of(0, 500)))
                    .extracting(IncidentRow::id).contains(incident);
        }
    }

    @Test
    void the_corroboration_filter_can_use_the_index_of_the_kept_counts() {
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        String plan = String.join("\n", jdbc.sql("""
                EXPLAIN SELECT count(*) FROM visible_incidents(false) i
                WHERE EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id AND e.origins >= 2)""")
                .query(String.class).list());
        assertThat(plan).containsAnyOf("incident_evidence_pkey", "incident_evidence_origins_idx");
    }

    private record Counted(int sources, int outlets, int origins) {
    }

    /** Per published incident, its published sources, outlets and origins, counted here in Java from the raw rows. */
    private Map<Long, Counted> countedFromRawRows() {
        Map<Long, List<String[]>> rows = new HashMap<>();
        jdbc.sql("SELECT id FROM incident WHERE workflow_state = 'PUBLISHED'").query(Long.class).list()
                .forEach(id -> rows.put(id, new ArrayList<>()));
        jdbc.sql("""
                SELECT l.incident_id, s.outlet, s.originating_outlet, s.origin FROM incident_source l JOIN source s ON s.id = l.source_id
                WHERE s.workflow_state = 'PUBLISHED'""")
                .query((rs, n) -> {
                    List<String[]> sources = rows.get(rs.getLong(1));
                    if (sources != null) {
                        sources.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                    return null;
                }).list();
        Map<Long, Counted> counted = new HashMap<>();
        rows.forEach((id, sources) -> {
            Set<String> outlets = new HashSet<>();
            Set<String> origins = new HashSet<>();
            for (String[] source : sources) {
                outlets.add(key(source[0]));
                String origin = source[2] != null && !source[2].isBlank() ? source[2]
                        : source[1] != null && !source[1].isBlank() ? source[1] : source[0];
                origins.add(key(origin.replaceAll("\\([^)]*\\)", "")));
            }
            counted.put(id, new Counted(sources.size(), outlets.size(), origins.size()));
        });
        return counted;
    }

    private static String key(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static IncidentFilter filter(OriginsFilter origins) {
        return new IncidentFilter(null, null, null, null, null, null, null, null, null, null, origins);
    }

    private Corroboration asReader(long incident) {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            return incidents.corroboration(incident).orElseThrow();
        }
    }

    private List<Integer> kept(long incident) {
        return jdbc.sql("SELECT ARRAY[sources, outlets, origins] FROM incident_evidence WHERE incident_id = :id").param("id", incident)
                .query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).single();
    }

    private long source(String outlet, String url, String originatingOutlet, String origin, SourceType type, String stateMediaOf,
            Reliability reliability) {
        long id = data.draftSource(outlet, url, "Report by " + outlet, source -> {
            source.setOriginatingOutlet(originatingOutlet);
            source.setOrigin(origin);
            source.setType(type);
            source.setStateMediaOf(stateMediaOf);
            source.setReliability(reliability);
        });
        publish(Source.TYPE, id);
        return id;
    }

    private long publishedIncidentCiting(long... sources) {
        List<Long> ids = new ArrayList<>();
        for (long source : sources) {
            ids.add(source);
        }
        long incident = draftIncident(ids);
        publish(Incident.TYPE, incident);
        return incident;
    }

    private long draftIncident(List<Long> sources) {
        return data.draftIncident("Shells reported at Rajin", incident -> incident.setSources(sources.stream()
                .map(id -> new IncidentData.SourceData(id, null, null, null)).toList()));
    }

    private void publish(org.sanctionsmonitor.editorial.ItemType type, long id) {
        CurrentUser.runAs("test-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(type, id);
            return id;
        });
    }
}
