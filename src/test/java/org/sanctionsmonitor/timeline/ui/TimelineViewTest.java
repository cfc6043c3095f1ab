package org.sanctionsmonitor.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_shared_url_restores_every_filter_and_the_list_matches() {
        TimelineView view = Navigation.open("timeline?country=KP&category=BALLISTIC_MISSILES&kinds=VIOLATION,DENIAL"
                + "&from=2023-01-01&to=2025-12-31", TimelineView.class);

        assertThat(view.country.getValue().code()).isEqualTo("KP");
        assertThat(view.category.getValue().code()).isEqualTo("BALLISTIC_MISSILES");
        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(TimelineKind.VIOLATION, TimelineKind.DENIAL);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        long violations = jdbc.sql("""
                SELECT count(*) FROM incident i WHERE i.kind = 'VIOLATION' AND i.category = 'BALLISTIC_MISSILES'
                AND i.date_to >= DATE '2023-01-01' AND i.date_from <= DATE '2025-12-31'
                AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'KP')""").query(Long.class).single();
        assertThat(test(view.list).size()).isGreaterThanOrEqualTo((int) violations);
        assertThat(violations).isPositive();
        assertThat(view.count.getText()).isEqualTo(test(view.list).size() + " items");
        assertThat(view.chart.getChart().getOption().get("yAxis").get("data")).hasSize(2);
    }

    @Test
    void choosing_a_filter_puts_it_in_the_url() {
        TimelineView view = navigate(TimelineView.class);

        test(view.category).selectItem("Drones");

        assertThat(Navigation.currentLocation()).isEqualTo("timeline?category=DRONES");
    }

    @Test
    void zooming_the_chart_narrows_the_list_to_the_visible_range() {
        TimelineView view = navigate(TimelineView.class);
        int all = test(view.list).size();

        view.zoomed(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));

        assertThat(test(view.list).size()).isLessThan(all).isPositive();
        for (int row = 0; row < test(view.list).size(); row++) {
            var item = test(view.list).getRow(row);
            assertThat(item.dateTo()).isAfterOrEqualTo(LocalDate.of(2023, 10, 1));
            assertThat(item.dateFrom()).isBeforeOrEqualTo(LocalDate.of(2023, 10, 31));
        }
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2023, 10, 1));
    }

    @Test
    void when_nothing_matches_the_chart_shows_its_empty_state() {
        TimelineView view = Navigation.open("timeline?from=1990-01-01&to=1990-12-31", TimelineView.class);

        assertThat(view.chart.isEmpty()).isTrue();
        assertThat(view.count.getText()).isEqualTo("0 items");
    }
}
