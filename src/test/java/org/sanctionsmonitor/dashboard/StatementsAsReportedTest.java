package org.sanctionsmonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Statements as they are reported (issue 9): who counts for which country, joint statements, dates, neutral reports. */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class StatementsAsReportedTest {

    @Autowired
    StatementService statements;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    CountryDashboardService countries;

    @Autowired
    DashboardService dashboard;

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_statement_by_a_known_speaker_counts_for_the_speakers_country_without_the_editor_repeating_it() {
        int before = denials("RU");

        publish(statement(Stance.DENIES, data -> data.setSpeakers(List.of(actor("Dmitry Peskov")))));

        assertThat(denials("RU")).isEqualTo(before + 1);
    }

    @Test
    void a_joint_statement_counts_on_the_dossier_of_every_signatory() {
        int us = allegations("US");
        int jp = allegations("JP");
        int nz = allegations("NZ");

        publish(statement(Stance.CONDEMNS, data -> {
            data.setNewSpeakerName("Joint statement of 48 governments and the European Union");
            data.setNewSpeakerKind(org.sanctionsmonitor.statement.ActorKind.ORGANISATION);
            data.setSignatories(List.of("US", "JP", "NZ"));
        }));

        assertThat(allegations("US")).isEqualTo(us + 1);
        assertThat(allegations("JP")).isEqualTo(jp + 1);
        assertThat(allegations("NZ")).isEqualTo(nz + 1);
    }

    @Test
    void a_neutral_report_counts_neither_as_an_allegation_nor_as_a_denial() {
        var before = dashboard.keyFigures();

        publish(statement(Stance.REPORTS, data -> data.setSpeakers(List.of(actor("Dmitry Peskov")))));

        var after = dashboard.keyFigures();
        assertThat(after.allegations()).isEqualTo(before.allegations());
        assertThat(after.denials()).isEqualTo(before.denials());
    }

    @Test
    void a_statement_known_to_the_month_spans_the_month_and_an_undated_one_stands_on_the_day_it_was_reported() {
        publish(statement(Stance.DENIES, data -> {
            data.setSpeakers(List.of(actor("Dmitry Peskov")));
            data.setSaidPrecision(SaidPrecision.MONTH);
            data.setSaidOn(LocalDate.of(2031, 3, 17));
            data.setSummary("Denied it some time in March.");
        }));
        publish(statement(Stance.DENIES, data -> {
            data.setSpeakers(List.of(actor("Dmitry Peskov")));
            data.setSaidPrecision(SaidPrecision.UNDATED);
            data.setSaidOn(null);
            data.setReportedOn(LocalDate.of(2031, 5, 2));
            data.setSummary("Denied it, date not reported.");
        }));

        List<TimelineItem> items = timeline.window(new TimelineFilter(null, null, null, null, Set.of(TimelineKind.DENIAL),
                LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31))).items();

        assertThat(items).extracting(TimelineItem::dateFrom, TimelineItem::dateTo, TimelineItem::dateText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), "Mar 2031"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 2), "2 May 2031"));
    }

    @Test
    void an_undated_statement_needs_the_day_it_was_reported() {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            StatementData data = draft(Stance.DENIES);
            data.setSpeakers(List.of(actor("Dmitry Peskov")));
            data.setSaidPrecision(SaidPrecision.UNDATED);

            assertThatThrownBy(() -> statements.save(data)).isInstanceOfSatisfying(ConstraintViolationException.class,
                    e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString()).contains("reportedOn"));
        }
    }

    @Test
    void an_event_names_the_countries_it_concerns_and_never_a_supplier() {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            IncidentData event = IncidentTestData.valid();
            event.setKind(IncidentKind.EVENT);
            assertThatThrownBy(() -> incidents.save(event)).isInstanceOfSatisfying(ConstraintViolationException.class,
                    e -> assertThat(e.getConstraintViolations()).anySatisfy(v -> assertThat(v.getMessage())
                            .contains("participant, host or subject")));

            event.setParties(List.of(new IncidentData.PartyData("KP", PartyRole.HOST), new IncidentData.PartyData("RU", PartyRole.PARTICIPANT)));
            assertThat(incidents.save(event)).isPositive();
        }
    }

    @Test
    void supplier_and_recipient_figures_count_alleged_violations_only() {
        var flowsBefore = dashboard.flows();
        var kpBefore = countries.dossier("KP").orElseThrow().counts();
        // An event that an older version let an editor give a supplier and a recipient.
        long event = jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence,
                                      workflow_state, created_by, updated_by)
                VALUES ('EVENT', 'Summit', 'DIPLOMATIC', DATE '2025-01-01', DATE '2025-01-01', 'DAY', 'ALLEGED', 'LOW',
                        'PUBLISHED', 'editor', 'editor') RETURNING id""").query(Long.class).single();
        jdbc.sql("INSERT INTO incident_party (incident_id, country_code, role) VALUES (:id, 'KP', 'SUPPLIER'), (:id, 'RU', 'RECIPIENT')")
                .param("id", event).update();

        assertThat(dashboard.flows()).isEqualTo(flowsBefore);
        assertThat(countries.dossier("KP").orElseThrow().counts().supplier()).isEqualTo(kpBefore.supplier());
    }

    private int denials(String country) {
        return countries.dossier(country).orElseThrow().denials();
    }

    private int allegations(String country) {
        return countries.dossier(country).orElseThrow().allegations();
    }

    private ActorOption actor(String name) {
        return new ActorOption(jdbc.sql("SELECT id FROM actor WHERE name = :name").param("name", name).query(Long.class).single(), name);
    }

    private static StatementData draft(Stance stance) {
        StatementData data = new StatementData();
        data.setSaidOn(LocalDate.of(2025, 11, 5));
        data.setStance(stance);
        data.setSummary("Said something about it.");
        return data;
    }

    private long statement(Stance stance, Consumer<StatementData> change) {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            StatementData data = draft(stance);
            change.accept(data);
            return statements.save(data);
        }
    }

    private void publish(long statement) {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            review.publishWithoutReview(Statement.TYPE, statement);
        }
    }
}
