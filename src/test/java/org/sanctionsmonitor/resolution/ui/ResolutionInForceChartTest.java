package org.sanctionsmonitor.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.ui.chart.ChartCard;
import org.sanctionsmonitor.base.ui.chart.ChartClickEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ResolutionInForceChartTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_2231_page_draws_annex_b_para_4_in_force_until_it_lapsed_with_its_count() {
        navigate("resolutions/2231", ResolutionView.class);
        ChartCard card = $(ChartCard.class).withClassName("in-force-chart").single();
        JsonNode option = card.getChart().getOption();

        int citing = jdbc.sql("""
                SELECT count(*) FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id
                JOIN resolution r ON r.id = p.resolution_id WHERE r.number = 2231 AND p.label = 'Annex B para 4'""")
                .query(Integer.class).single();
        int lane = -1;
        for (int i = 0; i < option.get("yAxis").get("data").size(); i++) {
            if (option.get("yAxis").get("data").get(i).asString().equals("Annex B para 4 (" + citing + ")")) {
                lane = i;
            }
        }
        assertThat(lane).isNotNegative();
        final int paraLane = lane;
        assertThat(option.get("series").get(0).get("data")).anySatisfy(item -> {
            assertThat(item.get("value").get(0).asInt()).isEqualTo(paraLane);
            assertThat(item.get("value").get(2).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2023, 10, 18)));
        });
    }

    @Test
    void clicking_a_provisions_window_opens_the_incidents_citing_it() {
        navigate("resolutions/1718", ResolutionView.class);
        ChartCard card = $(ChartCard.class).withClassName("in-force-chart").single();
        JsonNode window = null;
        for (JsonNode item : card.getChart().getOption().get("series").get(0).get("data")) {
            if (item.has("filter") && item.get("filter").asString().startsWith("incidents?provision=")) {
                window = item;
                break;
            }
        }
        assertThat(window).isNotNull();
        long provision = Long.parseLong(window.get("filter").asString().substring("incidents?provision=".length()));

        ComponentUtil.fireEvent(card.getChart(), new ChartClickEvent(card.getChart(), true, "window", null, 0,
                window.get("filter").asString(), window));

        int citing = jdbc.sql("SELECT count(*) FROM incident_provision WHERE provision_id = :id").param("id", provision)
                .query(Integer.class).single();
        assertThat(Navigation.currentLocation()).isEqualTo("incidents?provision=" + provision);
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(citing == 1 ? "1 incident" : citing + " incidents");
    }
}
