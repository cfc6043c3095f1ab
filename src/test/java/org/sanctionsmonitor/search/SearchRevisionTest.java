package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search follows the published version: a revision pending on a published statement or resolution is not found by
 * readers, and once a reviewer publishes it, its new words (and its new speaker) are found and the old ones no more.
 */
@AppTest
@Transactional
class SearchRevisionTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchTestData data;

    @Autowired
    StatementService statements;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_statements_pending_revision_is_found_only_once_it_is_published_with_its_new_speaker() {
        long peskov = jdbc.sql("SELECT id FROM actor WHERE name = 'Dmitry Peskov'").query(Long.class).single();
        long kim = data.kimYoJong();
        data.publishedStatement(kim, "Praised the friendship with Moscow.", s -> { }); // so that readers may see her
        long id = data.publishedStatement(peskov, "Called the reports about Vostochny shipments fabricated.", s -> { });

        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            StatementData revision = statements.edit(id).orElseThrow();
            revision.setSummary("Called the reports about Quetzalcoatl shipments fabricated.");
            revision.setSpeakers(List.of(new ActorOption(kim, "Kim Yo-jong")));
            statements.save(revision);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pending_revision WHERE item_type = 'STATEMENT' AND item_id = :id").param("id", id)
                .query(Integer.class).single()).isOne();
        assertFoundByReaders("Quetzalcoatl", SearchKind.STATEMENT, id, false);
        assertFoundByReaders("Vostochny shipments", SearchKind.STATEMENT, id, true);
        assertFoundByReaders("Kim Yo-jong", SearchKind.STATEMENT, id, false);
        assertFoundByReaders("Peskov", SearchKind.STATEMENT, id, true);

        publishRevision(Statement.TYPE, id);

        assertFoundByReaders("Quetzalcoatl", SearchKind.STATEMENT, id, true);
        assertFoundByReaders("Vostochny shipments", SearchKind.STATEMENT, id, false);
        assertFoundByReaders("Kim Yo-jong", SearchKind.STATEMENT, id, true);
        assertFoundByReaders("Peskov", SearchKind.STATEMENT, id, false);
    }

    @Test
    void a_provisions_pending_revision_is_found_only_once_it_is_published() {
        long id = jdbc.sql("SELECT id FROM resolution WHERE number = 1718").query(Long.class).single();
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            ResolutionData revision = resolutions.edit(id).orElseThrow();
            List<ResolutionData.ProvisionData> provisions = new ArrayList<>(revision.getProvisions());
            ResolutionData.ProvisionData first = provisions.getFirst();
            provisions.set(0, new ResolutionData.ProvisionData(first.id(), first.label(), first.measureType(),
                    first.summary() + " Quetzalcoatl clause.", first.binding(), first.verification(), first.verificationNote(),
                    first.periods()));
            revision.setProvisions(provisions);
            resolutions.save(revision);
        }
        assertFoundByReaders("Quetzalcoatl", SearchKind.RESOLUTION, id, false);

        publishRevision(Resolution.TYPE, id);

        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            List<SearchHit> hits = search.hits(SearchQuery.of("Quetzalcoatl"), SearchKind.RESOLUTION, 0, 10);
            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.location()).isEqualTo("resolutions/1718");
                assertThat(hit.snippet().parts()).contains(new Highlighted.Part("Quetzalcoatl", true));
            });
        }
    }

    private void publishRevision(ItemType type, long id) {
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            review.submit(type, id, version(type, id));
        }
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(type, id, version(type, id));
        }
    }

    private long version(ItemType type, long id) {
        String table = type.equals(Statement.TYPE) ? "statement" : "resolution";
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private void assertFoundByReaders(String words, SearchKind kind, long id, boolean found) {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            List<Long> ids = search.hits(SearchQuery.of(words).withKinds(Set.of(kind)), kind, 0, 100).stream().map(SearchHit::id).toList();
            if (kind == SearchKind.RESOLUTION) {
                ids = search.hits(SearchQuery.of(words), kind, 0, 100).stream()
                        .map(hit -> jdbc.sql("SELECT id FROM resolution WHERE number = :n").param("n",
                                Integer.parseInt(hit.location().substring("resolutions/".length()))).query(Long.class).single()).toList();
            }
            assertThat(ids.contains(id)).as(words + (found ? " finds " : " does not find ") + id + " in " + ids).isEqualTo(found);
        }
    }
}
