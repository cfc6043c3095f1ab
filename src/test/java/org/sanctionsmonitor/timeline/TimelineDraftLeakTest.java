package org.sanctionsmonitor.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leak the hardening probe found (issue 8, item 4): an editor adds a country to a published incident, and the
 * timeline filtered by that country showed readers the incident's statements while the incident itself was hidden.
 * The change waits as a pending revision; until it is published, the country filter must not know about it.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineDraftLeakTest {

    private static final Set<TimelineKind> STATEMENTS = Set.of(TimelineKind.ALLEGATION, TimelineKind.DENIAL);

    @Autowired
    TimelineService timeline;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    record Sample(long statement, long incident, LocalDate from, LocalDate to, String country, String party) {
    }

    @Test
    void a_country_an_editor_adds_to_a_published_incident_shows_readers_none_of_its_statements_until_it_is_published() {
        Sample sample = sample();
        String location = Pages.incident(sample.incident());
        // Control: the statement is on the timeline through a country already party to its incident.
        assertThat(statementsAbout(sample.party(), sample)).as("through a party it already has").contains(location);
        assertThat(statementsAbout(sample.country(), sample)).as("before the edit").doesNotContain(location);

        long version = CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> {
            IncidentData data = incidents.edit(sample.incident()).orElseThrow();
            List<IncidentData.PartyData> parties = new ArrayList<>(data.getParties());
            PartyRole role = java.util.Arrays.stream(PartyRole.values()).filter(r -> r.fits(data.getKind())).findFirst().orElseThrow();
            parties.add(new IncidentData.PartyData(sample.country(), role));
            data.setParties(parties);
            incidents.save(data);
            return incidents.status(sample.incident()).orElseThrow().version();
        });

        assertThat(statementsAbout(sample.country(), sample)).as("readers, while the change is a draft").doesNotContain(location);
        assertThat(CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> statementsAbout(sample.country(), sample)))
                .as("editors too: the timeline shows what is published").doesNotContain(location);

        CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> {
            review.submit(Incident.TYPE, sample.incident(), version);
            return null;
        });
        assertThat(statementsAbout(sample.country(), sample)).as("while the change is in review").doesNotContain(location);
        CurrentUser.runAs("leak-reviewer", Role.ADMIN, () -> {
            review.approve(Incident.TYPE, sample.incident(), incidents.status(sample.incident()).orElseThrow().version());
            return null;
        });
        assertThat(statementsAbout(sample.country(), sample)).as("once the change is published").contains(location);
    }

    /**
     * A published allegation or denial about a published incident; a country that neither is party to the incident
     * nor counts for the statement; and one that is party to it.
     */
    private Sample sample() {
        return jdbc.sql("""
                SELECT st.id AS statement, i.id AS incident, st.dated_on, st.dated_to,
                       (SELECT c.code FROM country c WHERE c.code NOT IN (SELECT country_code FROM incident_party WHERE incident_id = i.id)
                          AND c.code NOT IN (SELECT country_code FROM statement_country WHERE statement_id = st.id)
                        ORDER BY c.code LIMIT 1) AS country,
                       (SELECT min(country_code) FROM incident_party WHERE incident_id = i.id) AS party
                FROM published_statements() st JOIN published_incidents() i ON i.id = st.incident_id
                WHERE stance_side(st.stance) IN ('ALLEGATION', 'DENIAL') AND st.dated_on IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM pending_revision p WHERE p.item_id = i.id)
                ORDER BY st.id LIMIT 1""")
                .query((rs, n) -> new Sample(rs.getLong("statement"), rs.getLong("incident"), rs.getObject("dated_on", LocalDate.class),
                        rs.getObject("dated_to", LocalDate.class), rs.getString("country"), rs.getString("party")))
                .single();
    }

    /** The pages the timeline's statements open, filtered by this country, around the statement's date. */
    private List<String> statementsAbout(String country, Sample sample) {
        TimelineFilter filter = new TimelineFilter(country, null, null, null, STATEMENTS, sample.from(), sample.to());
        return timeline.window(filter).items().stream().map(TimelineItem::location).toList();
    }
}
