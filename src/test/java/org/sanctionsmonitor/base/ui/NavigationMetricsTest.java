package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Each navigation's server time is recorded by the page's route template, never by the address it was opened at. */
@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class NavigationMetricsTest extends SpringBrowserlessTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void opening_two_incidents_counts_two_navigations_of_the_route_incidents_id() {
        long before = count("incidents/:id");
        long[] ids = jdbc.sql("SELECT id FROM published_incidents() ORDER BY id LIMIT 2").query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();

        Navigation.open("incidents/" + ids[0], Object.class);
        roundTrip();
        Navigation.open("incidents/" + ids[1], Object.class);
        roundTrip();

        assertThat(count("incidents/:id")).isEqualTo(before + 2);
        assertThat(meters.find(NavigationMetrics.TIMER).timers()).extracting(timer -> timer.getId().getTag("route"))
                .noneMatch(route -> route.matches(".*\\d.*"));
    }

    @Test
    void an_address_that_shows_the_not_found_page_counts_for_that_page() {
        long before = count("NotFoundView");

        Navigation.open("incidents/not-a-number", Object.class);
        roundTrip();

        assertThat(count("NotFoundView")).isEqualTo(before + 1);
    }

    private long count(String route) {
        Timer timer = meters.find(NavigationMetrics.TIMER).tag("route", route).timer();
        return timer == null ? 0 : timer.count();
    }
}
