package org.sanctionsmonitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Every location {@link Pages} builds is a page of the application. */
@AppTest
@WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
class PagesTest extends SpringBrowserlessTest {

    @Test
    void every_location_resolves_to_a_route() {
        List<String> locations = List.of(Pages.OVERVIEW, Pages.TIMELINE, Pages.COUNTRIES, Pages.INCIDENTS, Pages.NEW_INCIDENT,
                Pages.SOURCES, Pages.NEW_SOURCE, Pages.NEW_STATEMENT, Pages.RESOLUTIONS, Pages.NEW_RESOLUTION, Pages.ACTORS, Pages.REVIEW,
                Pages.WHATS_NEW, Pages.SAVED_VIEWS,
                Pages.incident(12), Pages.incidentEditor(12), Pages.source(3), Pages.sourceEditor(3), Pages.statementEditor(7),
                Pages.resolution(1718), Pages.resolutionEditor(1718), Pages.country("KP"),
                Pages.SEARCH, Pages.STATEMENTS, Pages.SOURCE_GUIDE, Pages.statement(7), Pages.actor(3));

        for (String location : locations) {
            assertThat(RouteConfiguration.forApplicationScope().getRoute(location)).as(location).isPresent();
        }
        assertThat(RouteConfiguration.forApplicationScope().getRoute("no/such/page")).isEmpty();
    }

    @Test
    void query_values_are_encoded_and_blank_ones_left_out() {
        assertThat(Pages.withQuery(Pages.INCIDENTS, Map.of("q", "Shahed 136 & more"))).isEqualTo("incidents?q=Shahed%20136%20%26%20more");
        assertThat(Pages.withQuery(Pages.INCIDENTS, Map.of("q", " "))).isEqualTo("incidents");
        assertThat(Pages.search("김여정 <b>")).isEqualTo("search?q=%EA%B9%80%EC%97%AC%EC%A0%95%20%3Cb%3E");
    }
}
