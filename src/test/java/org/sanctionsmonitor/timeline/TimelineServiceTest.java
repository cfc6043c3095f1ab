package org.sanctionsmonitor.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.sanctionsmonitor.base.DatePrecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The timeline's items against independent SQL, per kind and under filters, on demo and generated data. */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineServiceTest {

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_unfiltered_timeline_holds_every_published_item_of_each_kind() {
        assertKindCounts(TimelineFilter.NONE, "TRUE", "TRUE", "TRUE", "TRUE");
    }

    @Test
    void a_country_category_and_date_filter_narrows_incidents_and_statements_alike_on_generated_data() {
        GeneratedData.insert(jdbc, 300, 19);
        TimelineFilter filter = new TimelineFilter("RU", null, null, "DRONES", Set.of(),
                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));

        assertKindCounts(filter,
                "i.category = 'DRONES' AND i.date_to >= DATE '2021-01-01' AND i.date_from <= DATE '2023-12-31'"
                        + " AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'RU')",
                "s.said_on BETWEEN DATE '2021-01-01' AND DATE '2023-12-31' AND ((EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = s.id AND a.country_code = 'RU') OR EXISTS (SELECT 1 FROM statement_signatory g WHERE g.statement_id = s.id AND g.country_code = 'RU')) OR s.incident_id IN"
                        + " (SELECT incident_id FROM incident_party WHERE country_code = 'RU'))"
                        + " AND s.incident_id IN (SELECT id FROM incident WHERE category = 'DRONES' AND workflow_state = 'PUBLISHED')",
                "r.adopted_on BETWEEN DATE '2021-01-01' AND DATE '2023-12-31'",
                "pp.in_force_until BETWEEN DATE '2021-01-01' AND DATE '2023-12-31'");
    }

    @Test
    void a_regime_filter_keeps_its_resolutions_and_the_incidents_citing_them() {
        TimelineFilter filter = new TimelineFilter(null, "IRAN", null, null, Set.of(), null, null);

        String iran = "(SELECT r2.id FROM resolution r2 JOIN sanctions_regime g ON g.id = r2.regime_id WHERE g.code = 'IRAN')";
        assertKindCounts(filter,
                "i.id IN (SELECT ip.incident_id FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id WHERE p.resolution_id IN " + iran + ")",
                "s.incident_id IN (SELECT i.id FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN (SELECT ip.incident_id"
                        + " FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id WHERE p.resolution_id IN " + iran + "))",
                "r.id IN " + iran, "pr.resolution_id IN " + iran);
    }

    @Test
    void only_the_chosen_kinds_are_returned() {
        TimelineFilter filter = new TimelineFilter(null, null, null, null, Set.of(TimelineKind.EXPIRY), null, null);

        var items = timeline.items(filter).items();

        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.kind()).isEqualTo(TimelineKind.EXPIRY));
        assertThat(items).anySatisfy(i -> {
            assertThat(i.title()).isEqualTo("S/RES/2231 Annex B para 4 lapses");
            assertThat(i.dateFrom()).isEqualTo(LocalDate.of(2023, 10, 18));
        });
    }

    @Test
    void an_item_known_to_the_month_keeps_its_month_long_range() {
        GeneratedData.insert(jdbc, 60, 23);

        assertThat(timeline.items(TimelineFilter.NONE).items()).filteredOn(i -> i.precision() == DatePrecision.MONTH)
                .isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.dateFrom().getDayOfMonth()).isEqualTo(1);
                    assertThat(i.dateTo()).isEqualTo(i.dateFrom().plusMonths(1).minusDays(1));
                });
    }

    private void assertKindCounts(TimelineFilter filter, String incidents, String statements, String adoptions, String expiries) {
        Map<TimelineKind, Long> actual = timeline.items(filter).items().stream()
                .collect(Collectors.groupingBy(TimelineItem::kind, Collectors.counting()));
        String published = "SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND ";
        assertThat(actual.getOrDefault(TimelineKind.VIOLATION, 0L)).isEqualTo(count(published + "i.kind = 'VIOLATION' AND " + incidents));
        assertThat(actual.getOrDefault(TimelineKind.EVENT, 0L)).isEqualTo(count(published + "i.kind = 'EVENT' AND " + incidents));
        String said = "SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND ";
        assertThat(actual.getOrDefault(TimelineKind.ALLEGATION, 0L))
                .isEqualTo(count(said + "s.stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS') AND " + statements));
        assertThat(actual.getOrDefault(TimelineKind.DENIAL, 0L))
                .isEqualTo(count(said + "s.stance IN ('DENIES', 'DECLINES_TO_COMMENT') AND " + statements));
        assertThat(actual.getOrDefault(TimelineKind.ADOPTION, 0L)).isEqualTo(count("SELECT count(*) FROM resolution r WHERE " + adoptions));
        assertThat(actual.getOrDefault(TimelineKind.EXPIRY, 0L)).isEqualTo(count("""
                SELECT count(*) FROM provision_period pp JOIN provision pr ON pr.id = pp.provision_id
                WHERE pp.in_force_until IS NOT NULL AND\s""" + expiries));
        assertThat(actual.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
