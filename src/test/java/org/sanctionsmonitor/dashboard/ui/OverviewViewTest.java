package org.sanctionsmonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.ui.chart.ChartClickEvent;
import com.vaadin.flow.router.QueryParameters;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import java.time.YearMonth;
import org.sanctionsmonitor.incident.IncidentKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class OverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_overview_is_the_landing_page_and_shows_the_key_figures() {
        Object view = Navigation.open("", Object.class);

        assertThat(view).isInstanceOf(OverviewView.class);
        OverviewView overview = (OverviewView) view;
        int violations = count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'VIOLATION'");
        assertThat(overview.figures.getElement().getTextRecursively()).contains(violations + "Violations");
        int sources = count("SELECT count(*) FROM source WHERE workflow_state = 'PUBLISHED'");
        assertThat(overview.figures.getElement().getTextRecursively()).contains(sources + "Sources");
    }

    @Test
    void every_chart_gets_its_option_and_a_table_of_the_same_data() {
        OverviewView view = navigate(OverviewView.class);

        for (var card : new ChartCardAccess[] {new ChartCardAccess(view.months), new ChartCardAccess(view.flows),
                new ChartCardAccess(view.provisions), new ChartCardAccess(view.stances)}) {
            assertThat(card.card().isEmpty()).isFalse();
            assertThat(card.card().getChart().getOption()).isNotNull();
            assertThat(card.card().getTable().getElement().getTextRecursively()).isNotBlank();
        }
        int topProvision = jdbc.sql("""
                SELECT count(DISTINCT ip.incident_id) AS n FROM incident_provision ip JOIN incident i ON i.id = ip.incident_id
                WHERE i.workflow_state = 'PUBLISHED' GROUP BY ip.provision_id ORDER BY n DESC LIMIT 1""").query(Integer.class).single();
        JsonNode firstBar = view.provisions.getChart().getOption().get("series").get(0).get("data").get(0);
        assertThat(firstBar.get("value").asInt()).isEqualTo(topProvision);
    }

    @Test
    void clicking_a_bar_opens_the_incident_list_of_its_month_and_category_with_the_same_count() {
        OverviewView view = navigate(OverviewView.class);
        JsonNode option = view.months.getChart().getOption();
        JsonNode series = option.get("series").get(0);
        int index = 0;
        while (series.get("data").get(index).asInt() == 0) {
            index++;
        }
        int shown = series.get("data").get(index).asInt();
        String month = option.get("xAxis").get("data").get(index).asString();

        // The browser reports where the bar is (series, month) and its height: the bar itself carries no link.
        ComponentUtil.fireEvent(view.months.getChart(), new ChartClickEvent(view.months.getChart(), true,
                month, series.get("name").asString(), 0, index, IntNode.valueOf(shown), null, null));

        assertThat(Navigation.currentView().getClass().getSimpleName()).isEqualTo("IncidentListView");
        IncidentFilter filter = filterOf(Navigation.currentLocation());
        assertThat(filter.kind()).isEqualTo(IncidentKind.VIOLATION);
        assertThat(filter.from()).isEqualTo(YearMonth.parse(month).atDay(1));
        assertThat(filter.to()).isEqualTo(YearMonth.parse(month).atEndOfMonth());
        assertThat(jdbc.sql("SELECT label FROM incident_category WHERE code = ?").param(filter.category()).query(String.class).single())
                .isEqualTo(series.get("name").asString());
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(shown == 1 ? "1 incident" : shown + " incidents");
    }

    @Test
    void clicking_an_empty_month_stays_on_the_overview() {
        OverviewView view = navigate(OverviewView.class);
        JsonNode series = view.months.getChart().getOption().get("series").get(0);

        ComponentUtil.fireEvent(view.months.getChart(), new ChartClickEvent(view.months.getChart(), true,
                "2000-01", series.get("name").asString(), 0, 0, IntNode.valueOf(0), null, null));
        ComponentUtil.fireEvent(view.months.getChart(), new ChartClickEvent(view.months.getChart(), true,
                "2000-01", series.get("name").asString(), 99, 0, IntNode.valueOf(4), null, null));

        assertThat(Navigation.currentView()).isSameAs(view);
    }

    @Test
    void clicking_a_flow_opens_the_incidents_with_that_supplier_and_recipient() {
        OverviewView view = navigate(OverviewView.class);
        JsonNode link = view.flows.getChart().getOption().get("series").get(0).get("links").get(0);

        ComponentUtil.fireEvent(view.flows.getChart(), new ChartClickEvent(view.flows.getChart(), true,
                "link", "Incidents", 0, link.get("filter").asString(), link));

        int shown = link.get("value").asInt();
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(shown == 1 ? "1 incident" : shown + " incidents");
    }

    @Test
    void clicking_a_denials_point_opens_the_timeline_with_the_same_number_of_denials() {
        OverviewView view = navigate(OverviewView.class);
        JsonNode denials = view.stances.getChart().getOption().get("series").get(1);
        assertThat(denials.get("name").asString()).isEqualTo("Denials");
        int index = 0;
        while (denials.get("data").get(index).asInt() == 0) {
            index++;
        }
        int shown = denials.get("data").get(index).asInt();

        ComponentUtil.fireEvent(view.stances.getChart(), new ChartClickEvent(view.stances.getChart(), true,
                "month", "Denials", 1, index, IntNode.valueOf(shown), null, null));

        assertThat(Navigation.currentLocation()).startsWith("timeline?").contains("kinds=DENIAL");
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(shown == 1 ? "1 item" : shown + " items");
    }

    @Test
    void the_allegations_figure_opens_the_timeline_of_every_published_allegation() {
        OverviewView view = navigate(OverviewView.class);
        int allegations = count("SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED'"
                + " AND stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS')");

        String href = view.figures.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c instanceof com.vaadin.flow.component.html.Anchor a && a.getElement().getTextRecursively().endsWith("Allegations"))
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getHref()).findFirst().orElseThrow();
        assertThat(view.figures.getElement().getTextRecursively()).contains(allegations + "Allegations");

        Navigation.open(href, Object.class);

        assertThat($(Span.class).withClassName("result-count").single().getText()).isEqualTo(allegations + " items");
    }

    @Test
    void with_nothing_published_every_chart_shows_its_empty_state() {
        jdbc.sql("UPDATE incident SET workflow_state = 'DRAFT'").update();
        jdbc.sql("UPDATE statement SET workflow_state = 'DRAFT'").update();

        OverviewView view = navigate(OverviewView.class);

        assertThat(view.months.isEmpty()).isTrue();
        assertThat(view.flows.isEmpty()).isTrue();
        assertThat(view.provisions.isEmpty()).isTrue();
        assertThat(view.stances.isEmpty()).isTrue();
        assertThat(view.months.getChart().isVisible()).isFalse();
    }

    private record ChartCardAccess(org.sanctionsmonitor.base.ui.chart.ChartCard card) {
    }

    private static IncidentFilter filterOf(String location) {
        assertThat(location).startsWith("incidents?");
        return IncidentFilter.fromQuery(QueryParameters.fromString(location.substring(location.indexOf('?') + 1)).getParameters());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
